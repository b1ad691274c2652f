package io.vpcplan.cli;

import io.vpcplan.model.InputException;
import io.vpcplan.model.RunFailedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns exceptions into one clear line and an exit code; stack traces only with --debug. */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    boolean debug = parsed != null && debugRequested(parsed);
    if (ex instanceof InputException ie) {
      err.println("error: " + ie.getMessage());
      debugTrace(err, ex, debug);
      return ExitCodes.USAGE;
    }
    if (ex instanceof RunFailedException rf) {
      err.println("error: " + rf.getMessage());
      debugTrace(err, ex, debug);
      return ExitCodes.FAILED;
    }
    io.vpcplan.io.FileProblems.CannotWriteException cannotWrite = cannotWrite(ex);
    if (cannotWrite != null) { // an output that could not be written: the run failed, nothing half-written is left
      err.println("error: " + cannotWrite.getMessage());
      debugTrace(err, ex, debug);
      return ExitCodes.FAILED;
    }
    err.println("error: internal error: " + ex + (debug ? "" : " (run again with --debug for details)"));
    debugTrace(err, ex, debug);
    return ExitCodes.FAILED;
  }

  static int onParameterError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("error: " + ex.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
      err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
    }
    return ExitCodes.USAGE;
  }

  private static io.vpcplan.io.FileProblems.CannotWriteException cannotWrite(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof io.vpcplan.io.FileProblems.CannotWriteException c) return c;
    }
    return null;
  }

  private static boolean debugRequested(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) return true;
    }
    return false;
  }

  private static void debugTrace(PrintWriter err, Exception ex, boolean debug) {
    if (!debug) return;
    StringWriter sw = new StringWriter();
    ex.printStackTrace(new PrintWriter(sw));
    err.print(sw);
  }
}
