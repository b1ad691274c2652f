package io.vpcplan.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * The root command. Its subcommands are added by {@link Main} (not listed in the annotation), so
 * that {@code --version} and {@code --help} need not build every subcommand's options.
 */
@Command(
    name = "vpcplan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Plans, compares, validates and draws AWS multi-account VPC networks.",
    usageHelpAutoWidth = true,
    sortOptions = false)
public final class VpcplanCommand implements Callable<Integer> {
  /** The subcommands, in the order the help lists them. */
  static final List<Class<?>> SUBCOMMANDS = List.of(PlanCommand.class, CompareCommand.class, ReachCommand.class,
      ValidateCommand.class, ImportCommand.class, SnapshotCommand.class, DiagramCommand.class, ReportCommand.class,
      GenerateCommand.class, ApplyCommand.class, IamPolicyCommand.class);

  /**
   * Their names, in the same order: a command line is matched to its subcommand without reading
   * eleven classes' annotations (MainLightPathTest checks these are the annotations' names).
   */
  static final List<String> NAMES = List.of("plan", "compare", "reach", "validate", "import", "snapshot", "diagram",
      "report", "generate", "apply", "iam-policy");

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** No command given: a usage error, like git or the AWS CLI (usage on stderr, exit 2). */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().println("error: give a command, e.g. 'vpcplan plan designs/startup.yaml'");
    return ExitCodes.USAGE;
  }
}
