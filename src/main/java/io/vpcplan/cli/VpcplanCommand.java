package io.vpcplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "vpcplan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Plans, compares, validates and draws AWS multi-account VPC networks.",
    subcommands = {PlanCommand.class, CompareCommand.class, ReachCommand.class, ValidateCommand.class,
        ImportCommand.class, SnapshotCommand.class, DiagramCommand.class, ReportCommand.class, GenerateCommand.class},
    usageHelpAutoWidth = true,
    sortOptions = false)
public final class VpcplanCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** No command given: a usage error, like git or the AWS CLI (usage on stderr, exit 2). */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().println("error: give a command, e.g. 'vpcplan plan designs/startup.yaml'");
    return ExitCodes.USAGE;
  }
}
