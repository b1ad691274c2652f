package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --version and --help skip building the subcommands; what they print must not change a byte. */
class MainLightPathTest {
  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "--version", "-V", ""})
  void lightPathPrintsWhatTheFullTreePrints(String arg) {
    String[] args = arg.isEmpty() ? new String[0] : new String[] {arg};
    assertThat(run(args, true)).isEqualTo(run(args, false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"plan --help", "validate --help", "diagram --help", "generate --help", "report --help",
      "validate", "plan --bogus", "validate --format xml x", "plna designs/startup.yaml", "compare --help",
      "reach --help", "import --help", "snapshot --help", "apply --help", "iam-policy --help", "validate plan",
      "validate samples/aws_configs-clean --bogus", "generate validate --target x", "plan designs/startup.yaml compare",
      "diagram designs/nothing.yaml", "reach", "validate --help plan"})
  void onlyTheNamedSubcommandIsBuiltAndNothingElseChanges(String line) {
    String[] args = line.split(" ");
    assertThat(run(args, true)).isEqualTo(run(args, false));
  }

  @org.junit.jupiter.api.Test
  void rootUsageListsEverySubcommand() {
    String help = run(new String[] {"--help"}, true);
    for (Class<?> c : VpcplanCommand.SUBCOMMANDS) {
      String name = c.getAnnotation(picocli.CommandLine.Command.class).name();
      assertThat(help).contains("  " + name + " ");
    }
  }

  @org.junit.jupiter.api.Test
  void namesAreTheSubcommandsAnnotatedNamesInOrder() {
    assertThat(VpcplanCommand.NAMES).hasSameSizeAs(VpcplanCommand.SUBCOMMANDS);
    for (int i = 0; i < VpcplanCommand.NAMES.size(); i++) {
      assertThat(VpcplanCommand.NAMES.get(i))
          .isEqualTo(VpcplanCommand.SUBCOMMANDS.get(i).getAnnotation(picocli.CommandLine.Command.class).name());
    }
  }

  private static String run(String[] args, boolean light) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), light);
    return code + "\n--out--\n" + out + "\n--err--\n" + err;
  }
}
