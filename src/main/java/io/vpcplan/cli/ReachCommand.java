package io.vpcplan.cli;

import io.vpcplan.io.JsonText;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import io.vpcplan.source.Loaded;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.topology.Path;
import io.vpcplan.topology.ReachReport;
import io.vpcplan.topology.Reachability;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reach", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Prove which VPCs reach which, and report leaks and gaps against the intent.",
        "Longest-prefix match through VPC route tables, peerings and TGW route tables (associations, propagations, "
            + "static and blackhole routes), compared with the segment rules and intents. Reports leaks (reachable, not "
            + "intended) and gaps (intended, not reachable) with their paths. A design gets the topology `compare` recommends unless --topology says otherwise; an estate keeps its routing."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:routing matches the intent exactly", "1:leaks or gaps found, or the output file could not be written", "2:usage error or unreadable input"})
public final class ReachCommand implements Callable<Integer> {
  enum Format { table, json, yaml }

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "A design (planned first; its lock file is read, "
      + "never written), an aws_configs folder, a describe-* JSON file or an LZA network-config.yaml; several are merged.")
  List<java.nio.file.Path> sources;

  @Option(names = "--from", paramLabel = "VPC|SITE", description = "Source VPC (account/region/name, account/name or a unique name) or on-premises site (onprem/NAME, or NAME when no VPC has it); with --to, print the paths.")
  String from;

  @Option(names = "--to", paramLabel = "VPC|SITE", description = "Destination VPC or site, named like --from.")
  String to;

  @Option(names = "--matrix", description = "Print the VPC × VPC matrix.")
  boolean matrix;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, or json/yaml when -o names a .json/.yaml file).", defaultValue = "table")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
  java.nio.file.Path out;

  @Mixin SourceOptions src;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    format = OutFormat.resolve(spec, format, out, Format.class); // -o x.json: json, unless --format says otherwise
    if ((from == null) != (to == null)) {
      throw new InputException(Location.NONE, from == null ? "--from" : "--to", "give --from and --to together");
    }
    if (matrix && from != null) {
      throw new InputException(Location.NONE, "--matrix", "prints every pair, --from/--to one pair's paths; give one of them");
    }
    Loaded in = SourcePipeline.load(src.request(sources));
    Network n = in.network();
    ReachRef a = from == null ? null : ReachRef.resolve(n, from, "--from");
    ReachRef b = to == null ? null : ReachRef.resolve(n, to, "--to");
    if (a != null && a.id().equals(b.id())) {
      throw new InputException(Location.NONE, "--to", "'" + to + "' is the same " + (a.site() ? "site" : "VPC")
          + " as --from (" + a.label() + "); name two different ends");
    }
    if (a != null && a.site() && b.site()) {
      throw new InputException(Location.NONE, "--to", "both ends are on-premises sites (" + a.label() + ", " + b.label()
          + "); reach proves paths through AWS, so name a VPC on one side");
    }
    ReachReport r = Reachability.analyze(n);
    List<Path> paths = null;
    boolean pairBad = false;
    if (a != null) {
      paths = Reachability.trace(n, a.id(), b.id());
      ReachReport.Status st = r.matrix().status(a.id(), b.id());
      boolean want = r.matrix().intended(a.id(), b.id());
      pairBad = want ? st != ReachReport.Status.FULL : st != ReachReport.Status.NONE;
    }
    String name = in.topology();
    StringBuilder sb = new StringBuilder();
    if (format != Format.table) {
      Object tree = ReachOutput.tree(name, in.counts(), r, paths);
      sb.append(format == Format.json ? JsonText.json(tree) : JsonText.yaml(tree));
    } else if (a != null) {
      sb.append(ReachOutput.paths(a.id(), b.id(), r.matrix().intended(a.id(), b.id()), paths));
    } else {
      sb.append(ReachOutput.summary(name, in.counts(), r)).append(ReachOutput.findings(r));
      if (matrix) sb.append(ReachOutput.matrix(r));
    }
    if (out != null) {
      PlanCommand.writeOut(out, sb.toString());
      spec.commandLine().getErr().println("wrote reachability (" + format + ") to " + out);
    } else {
      PrintWriter o = spec.commandLine().getOut();
      o.print(sb);
      o.flush();
    }
    SourceNote.print(spec.commandLine().getErr(), in);
    boolean bad = a != null ? pairBad : !r.clean();
    return bad ? ExitCodes.FAILED : ExitCodes.OK;
  }
}
