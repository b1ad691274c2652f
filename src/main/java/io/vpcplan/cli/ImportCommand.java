package io.vpcplan.cli;

import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.source.Loaded;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.inventory.InventoryWriter;
import io.vpcplan.inventory.SourceFindings;
import io.vpcplan.io.StagedFolder;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vpcplan import SOURCE --out DIR}: read a network and write it as describe-* JSON in the
 * aws_configs layout. Live AWS reading plugs in as a mixin with its own options (--profile,
 * --regions, --accounts, --role-name, --endpoint-url): add the field here and let
 * {@link #read()} use it when its options are given, instead of SOURCE.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written (or nothing to write)", "1:some account-regions could not be read (--live), or a file could not "
        + "be written; an earlier import in DIR is left as it was when nothing could be read or written",
        "2:usage error or unreadable input"},
    description = {"Write a network as DIR/aws_configs/<account>/<region>/*.json (describe-* JSON).",
        "SOURCE: an aws_configs folder, a describe-* JSON file, or an LZA network-config.yaml; or --live to read AWS "
            + "accounts through the SDK (the same as snapshot). What the importer found in the SOURCE is kept in "
            + "DIR/vpcplan-source-findings.json, so that validating DIR gives the same findings."})
public final class ImportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin EstateOptions src;

  @Parameters(arity = "0..1", paramLabel = "SOURCE", description = "What to read.")
  Path source;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder to write aws_configs/ into.")
  Path out;

  @Option(names = "--force", description = "Replace the JSON files of an existing DIR/aws_configs.")
  boolean force;

  @Option(names = "--live", description = "Read live AWS accounts through the SDK (the same as 'vpcplan snapshot').")
  boolean liveRead;

  @Mixin LiveOptions live;

  @Override
  public Integer call() throws IOException {
    if (liveRead) {
      // live: the snapshot is written as AWS printed it, not re-encoded from the model
      if (source != null) throw new InputException(Location.NONE, "SOURCE", "give either a SOURCE or --live, not both");
      prepareCheck(out.resolve("aws_configs"));
      // staged: a snapshot that fails (no credentials, no endpoint) leaves an earlier import in DIR as it was
      try (StagedFolder staged = StagedFolder.open(out)) {
        io.vpcplan.aws.SnapshotResult r = LiveRead.into(staged.dir(), live, spec.commandLine().getErr());
        staged.commit(() -> prepare(out.resolve("aws_configs")));
        spec.commandLine().getErr().println("wrote " + out.resolve("aws_configs"));
        return r.allOk() ? ExitCodes.OK : ExitCodes.FAILED;
      }
    }
    live.refuseWithoutLive();
    prepareCheck(out.resolve("aws_configs"));
    Loaded inv = read();
    Network net = inv.network();
    if (net.vpcs().isEmpty() && net.transitGateways().isEmpty() && net.peerings().isEmpty()) {
      spec.commandLine().getErr().println("nothing written: " + source + " holds no VPCs, transit gateways or peerings "
          + "(run 'vpcplan validate " + source + "' to see what was read)");
      return ExitCodes.OK;
    }
    int files;
    try (StagedFolder staged = StagedFolder.open(out)) {
      files = InventoryWriter.write(net, staged.dir());
      SourceFindings.write(staged.dir(), inv.findings());
      staged.commit(() -> prepare(out.resolve("aws_configs")));
    }
    PrintWriter o = spec.commandLine().getErr();
    o.println("wrote " + files + " files to " + out.resolve("aws_configs") + ": " + inv.counts().describe() + ", "
        + count(net.transitGateways().size(), "transit gateway") + ", " + count(net.peerings().size(), "peering"));
    long bad = inv.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    PrintWriter err = spec.commandLine().getErr();
    for (Finding f : inv.findings()) {
      if (f.severity() == Severity.ERROR) err.println("warning: skipped: " + f.location() + ": " + f.message());
    }
    if (bad > 0) err.println("warning: " + bad + " input elements could not be read; run 'vpcplan validate' for details");
    return ExitCodes.OK;
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  /** The network to write. A live-AWS mixin adds its branch here. */
  Loaded read() {
    if (source == null) {
      throw new InputException(Location.NONE, "SOURCE", "give what to import: an aws_configs folder, a describe-* JSON "
          + "file or an LZA network-config.yaml, or --live to read AWS accounts");
    }
    src.check();
    return SourcePipeline.load(new io.vpcplan.source.SourceRequest(List.of(source), src.account, src.region, src.settings,
        io.vpcplan.source.Topologies.RECOMMENDED, false, null));
  }

  /** Refuses a non-empty DIR/aws_configs before anything is read (without --force). */
  private void prepareCheck(Path awsConfigs) throws IOException {
    List<Path> existing = force ? List.of() : jsonFiles(awsConfigs);
    if (!existing.isEmpty()) {
      throw new InputException(Location.of(awsConfigs.toString()), "--out", "already holds "
          + existing.size() + " JSON files; choose another folder or add --force to replace them");
    }
  }

  private static List<Path> jsonFiles(Path awsConfigs) throws IOException {
    if (!Files.isDirectory(awsConfigs)) return List.of();
    try (Stream<Path> s = Files.walk(awsConfigs)) {
      return s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json")).sorted().toList();
    }
  }

  /** With --force, the JSON files of an earlier import go (prepareCheck has refused them otherwise). */
  private static void prepare(Path awsConfigs) {
    try {
      for (Path p : jsonFiles(awsConfigs)) Files.delete(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(new io.vpcplan.io.FileProblems.CannotWriteException(awsConfigs, e));
    }
  }
}
