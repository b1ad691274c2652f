package io.vpcplan.cli;

import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads {@code --view account NAME} as one value: takes a second word only after "account". */
public final class ViewConsumer implements IParameterConsumer {
  @Override
  public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec spec) {
    if (args.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--view needs a value: overview, segments, account NAME or conflicts");
    }
    String view = args.pop();
    if (view.equalsIgnoreCase("account")) {
      if (args.isEmpty() || args.peek().startsWith("-")) {
        throw new ParameterException(spec.commandLine(), "--view account needs an account name, e.g. --view account payments-prod");
      }
      view = view + " " + args.pop();
    }
    argSpec.setValue(view);
  }
}
