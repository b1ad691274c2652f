package io.vpcplan.cli;

import picocli.CommandLine.Command;

@Command(
    name = "vpcplan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Plans, compares, validates and draws AWS multi-account VPC networks.",
    subcommands = {PlanCommand.class, CompareCommand.class, ReachCommand.class, ValidateCommand.class,
        ImportCommand.class, SnapshotCommand.class, DiagramCommand.class, ReportCommand.class},
    sortOptions = false)
public final class VpcplanCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
