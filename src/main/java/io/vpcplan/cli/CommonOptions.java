package io.vpcplan.cli;

import picocli.CommandLine.Option;

/** Options every subcommand takes. */
public final class CommonOptions {
  @Option(names = "--debug", description = "Print stack traces for errors.")
  public boolean debug;
}
