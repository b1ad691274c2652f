package io.vpcplan.cli;

import io.vpcplan.generate.DefaultVpcs;
import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.GeneratedFiles;
import io.vpcplan.generate.Generator;
import io.vpcplan.generate.Generators;
import io.vpcplan.io.FolderWriter;
import io.vpcplan.ipam.IpamPlan;
import io.vpcplan.model.Network;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.Vpc;
import io.vpcplan.source.Loaded;
import io.vpcplan.source.SourcePipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Write the infrastructure of a plan (or of an imported estate) for CloudFormation, Terraform or "
        + "the Landing Zone Accelerator.",
        "The folder is written as a whole: nothing changes unless every file could be written, an unchanged plan "
            + "changes no byte, and files vpcplan did not write are never deleted. A folder holding another plan's (or "
            + "target's) output, or files vpcplan did not write at the paths it would write, is refused unless --force."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:a file could not be written",
        "2:usage error or unreadable input, or DIR holds output that is not this plan's (nothing is changed)"})
public final class GenerateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "A design (planned with its lock file) or an estate "
      + "(aws_configs folder, describe-* JSON, LZA network-config.yaml) to codify as it is.")
  List<Path> sources;

  @Option(names = "--target", required = true, paramLabel = "TARGET",
      description = "cloudformation, terraform or lza.")
  String target;

  @Option(names = "--ipam", description = "VPCs take their CIDRs from AWS VPC IPAM pools that hold exactly the planned ranges.")
  boolean ipam;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder to write into (created if absent).")
  Path out;

  @Option(names = "--force", description = "Replace what DIR holds: another plan's or target's generated output (its files"
      + " this run does not write are removed) and files vpcplan did not write at the paths it writes.")
  boolean force;

  @Mixin SourceOptions src;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Generator g = Generators.named(target).orElseThrow(() -> new InputException(Location.NONE, "--target",
        "unknown target '" + target + "'" + (Generators.names().isEmpty() ? "; no target is available in this build"
            : "; use one of " + String.join(", ", Generators.names()))));
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new InputException(Location.NONE, "-o", out + " is a file; give a folder");
    }
    FolderWriter.Owner owner = new FolderWriter.Owner(g.target(), io.vpcplan.change.Ownership.planName(sources.get(0)));
    refuseOtherOwner(owner); // before the load: a wrong folder is said at once
    Loaded in = SourcePipeline.load(src.request(sources));
    Network network = in.network();
    if (ipam) {
      if (in.planned().isPresent()) {
        network = IpamPlan.apply(network, in.planned().get().plan());
      } else if (network.ipamPools().isEmpty()) {
        throw new InputException(Location.NONE, "--ipam", "needs a design (its pools, region and segment blocks become "
            + "the IPAM pools) or an estate that has IPAM pools (an LZA config with centralNetworkServices.ipams)");
      }
    }
    DefaultVpcs.Split defaults = DefaultVpcs.leaveOutUnused(network);
    network = defaults.network();
    GenerateOptions options = new GenerateOptions(owner.plan(), ipam);
    FolderWriter.Result r;
    try (FolderWriter.Session folder = FolderWriter.open(out, owner, force)) {
      // each file is staged as it is made; nothing is in place before the commit
      g.generate(network, options, (path, content) -> {
        try {
          folder.add(GeneratedFiles.checkPath(path), content);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      r = folder.commit();
    } catch (FolderWriter.WouldOverwriteException e) {
      List<String> p = e.paths();
      throw new InputException(Location.of(out.toString()), "-o", "holds " + p.size() + " file(s) vpcplan did not write at"
          + " paths it would write (" + String.join(", ", p.subList(0, Math.min(5, p.size()))) + (p.size() > 5 ? ", …" : "")
          + "); nothing was changed. Give another folder, or add --force to overwrite them");
    } catch (UncheckedIOException e) {
      throw new io.vpcplan.io.FileProblems.CannotWriteException(out, e.getCause());
    } catch (IOException e) {
      throw new io.vpcplan.io.FileProblems.CannotWriteException(out, e);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("wrote " + target + " for " + in.counts().describe() + " to " + out + ": " + r.written().size()
        + " written, " + r.unchanged().size() + " unchanged, " + r.removed().size() + " removed");
    if (ipam) err.println("IPAM: " + io.vpcplan.generate.NetworkAccount.of(network).describe());
    List<Vpc> left = defaults.leftOut();
    if (!left.isEmpty()) {
      List<String> names = left.stream().limit(5).map(Vpc::displayName).toList();
      err.println("left out " + left.size() + " default VPC(s) that nothing uses (" + String.join(", ", names)
          + (left.size() > 5 ? ", …" : "") + "): AWS makes one in every region, and codified each would be a copy on"
          + " the same range; delete them where unused (LZA: defaultVpc.delete: true)");
    }
    SourceNote.print(err, in);
    return ExitCodes.OK;
  }

  /** Another plan's (or target's) output would be taken for stale and removed: refused unless --force. */
  private void refuseOtherOwner(FolderWriter.Owner owner) throws IOException {
    if (force || !Files.isDirectory(out)) return;
    java.util.Optional<FolderWriter.Owner> there = FolderWriter.owner(out);
    if (there.isEmpty() || there.get().equals(owner)) return;
    int files = FolderWriter.recorded(out).size();
    throw new InputException(Location.of(out.toString()), "-o", "holds " + there.get() + " (" + files + " file(s), listed in "
        + FolderWriter.MANIFEST + "); writing " + owner + " there would remove them. Give another folder, or add --force"
        + " to replace that output");
  }
}
