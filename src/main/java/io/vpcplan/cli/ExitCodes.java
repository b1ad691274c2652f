package io.vpcplan.cli;

/** Exit codes, the same for every subcommand. */
public final class ExitCodes {
  private ExitCodes() {}

  public static final int OK = 0;
  /** Findings of error severity, or a run that failed (e.g. a plan that cannot be satisfied). */
  public static final int FAILED = 1;
  /** Usage errors and unreadable input. */
  public static final int USAGE = 2;
}
