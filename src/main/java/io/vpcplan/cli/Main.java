package io.vpcplan.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point. {@link #run} takes its streams so tests never touch System.out. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new VpcplanCommand());
    cl.setUsageHelpAutoWidth(true); // wrap help to the terminal, never at a fixed column mid-sentence
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(ErrorHandler::onParameterError);
    return cl.execute(args);
  }
}
