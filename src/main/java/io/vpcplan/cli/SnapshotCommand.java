package io.vpcplan.cli;

import io.vpcplan.aws.LiveConfig;
import io.vpcplan.aws.LiveSnapshot;
import io.vpcplan.aws.RegionOutcome;
import io.vpcplan.aws.SnapshotResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "snapshot", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Snapshot live AWS accounts (SDK) into aws_configs/ JSON files, to validate offline.",
        "Reads VPCs, subnets, route tables, transit gateways (with route tables, routes, associations, propagations), "
            + "peerings and endpoints from live AWS accounts into DIR/aws_configs/<account>/<region>/*.json, as "
            + "`aws ec2 describe-*` prints them, to validate offline."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every account-region was read", "1:some were not (the rest are written), or none could be",
        "2:usage error"})
public final class SnapshotCommand implements Callable<Integer> {
  enum Format { table, json, yaml }

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder to write aws_configs/ into.")
  Path out;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "Report per account-region: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin LiveOptions live;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    LiveConfig config = live.toConfig();
    PrintWriter stdout = spec.commandLine().getOut();
    SnapshotResult result = new LiveSnapshot(config, ProgressBar.forTerminal(spec.commandLine().getErr())).run(out);
    if (format == Format.json) {
      stdout.print(SnapshotReport.json(result));
    } else if (format == Format.yaml) {
      try {
        stdout.print(io.vpcplan.io.JsonText.yaml(new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(SnapshotReport.json(result))));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    } else {
      stdout.print(SnapshotReport.table(result));
    }
    stdout.flush();
    PrintWriter err = spec.commandLine().getErr();
    long failed = result.count(RegionOutcome.Status.FAILED);
    if (!result.outcomes().isEmpty() && failed == result.outcomes().size()) {
      err.println("error: nothing was written: no account-region could be read (see the table); fix the credentials or "
          + "permissions named there and run again");
    } else if (result.outcomes().isEmpty()) {
      err.println("error: nothing was written: no account-region to read; check --accounts and --regions");
    } else {
      err.println("wrote " + result.configsDir() + " (" + (result.outcomes().size() - failed) + " of "
          + result.outcomes().size() + " account-regions)");
    }
    return result.allOk() ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
