package io.vpcplan.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** Entry point. {@link #run} takes its streams so tests never touch System.out. */
public final class Main {
  private Main() {}

  /** Arguments that only print the root's usage or version: no subcommand needs to be built for them. */
  private static final Set<String> ROOT_ONLY = Set.of("--help", "-h", "--version", "-V");

  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h")) && System.console() == null) {
      String usage = RootUsage.text(); // not a terminal: picocli would wrap at 80 columns, as the stored text is
      if (usage != null) {
        System.out.print(usage);
        System.out.flush();
        System.exit(ExitCodes.OK);
      }
    }
    EarlyEngine.startIfWanted(args);
    EarlyDesign.startIfWanted(args);
    EarlySources.startIfWanted(args);
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return run(args, out, err, true); // before the subcommands' annotations are read: none is needed
    }
    boolean light = args.length == 0 || args.length == 1 && ROOT_ONLY.contains(args[0])
        || VpcplanCommand.NAMES.contains(args[0]);
    return run(args, out, err, light);
  }

  /**
   * {@code light}: only the subcommand named by the first argument is built, alone: once picocli
   * has gone into a subcommand it never looks at the others. With no subcommand named, the others
   * are stand-ins carrying their name and description, which is all the root's usage and picocli's
   * suggestions show (MainLightPathTest checks both paths print the same bytes).
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, boolean light) {
    if (light && args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      out.println(new VersionProvider().getVersion()[0]); // what picocli prints, without loading picocli
      out.flush();
      return ExitCodes.OK;
    }
    CommandLine cl = new CommandLine(new VpcplanCommand());
    int named = light && args.length > 0 ? VpcplanCommand.NAMES.indexOf(args[0]) : -1;
    // the named one alone: reading the others' annotations (and making stand-ins) took 30 - 80 ms
    if (named >= 0) {
      cl.addSubcommand(VpcplanCommand.SUBCOMMANDS.get(named));
    } else {
      for (Class<?> c : VpcplanCommand.SUBCOMMANDS) {
        Command a = c.getAnnotation(Command.class);
        if (light) cl.addSubcommand(standIn(a));
        else cl.addSubcommand(c);
      }
    }
    cl.setUsageHelpAutoWidth(true); // wrap help to the terminal, never at a fixed column mid-sentence
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(ErrorHandler::onParameterError);
    return cl.execute(args);
  }

  private static CommandSpec standIn(Command a) {
    CommandSpec s = CommandSpec.create().name(a.name()).aliases(a.aliases());
    s.usageMessage().description(a.description()).header(a.header()).hidden(a.hidden());
    return s;
  }
}
