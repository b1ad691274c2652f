package io.vpcplan.cli;

import picocli.CommandLine.Option;

/** --account/--region: where a single describe-* file belongs (folders say it for a directory). */
public final class SingleFileOptions {
  @Option(names = "--account", paramLabel = "ACCOUNT", description = "Account of a single describe-* JSON file.")
  public String account;

  @Option(names = "--region", paramLabel = "REGION", description = "Region of a single describe-* JSON file.")
  public String region;
}
