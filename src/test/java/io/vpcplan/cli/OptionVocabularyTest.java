package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Each command's help lists only what it takes, with true defaults, and one option name means one thing everywhere. */
class OptionVocabularyTest {
  private static final Map<String, CommandLine> COMMANDS = commands();

  private static Map<String, CommandLine> commands() {
    CommandLine cl = new CommandLine(new VpcplanCommand());
    VpcplanCommand.SUBCOMMANDS.forEach(cl::addSubcommand);
    return cl.getSubcommands();
  }

  /** Help text with its wrapping undone, so a phrase is found whatever the width. */
  private static String help(String cmd) {
    return CliRunner.run(cmd, "--help").out().replaceAll("\\s+", " ");
  }

  private static OptionSpec option(String command, String name) {
    return COMMANDS.get(command).getCommandSpec().findOption(name);
  }

  @Test
  void applyOffersNoAccountsAndSaysItsRegionsComeFromTheDesign() {
    String help = help("apply");
    assertThat(help).doesNotContain("--accounts").doesNotContain("the configured region").doesNotContain("'all'")
        .contains("--regions=REGION").contains("the design's regions").contains("--role-name=ROLE");
    CliRunner.Result r = CliRunner.run("apply", "designs/tiny.yaml", "--accounts", "111111111111");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option").contains("--accounts");
    // negative control: the commands that choose accounts keep them, with their own default
    for (String cmd : new String[] {"snapshot", "validate", "import"}) {
      assertThat(help(cmd)).as(cmd).contains("--accounts=ACCOUNT").contains("the configured region");
    }
  }

  @Test
  void applySharesTheLiveVocabulary() {
    for (String name : new String[] {"--profile", "--external-id", "--endpoint-url", "--sts-endpoint-url", "--parallelism",
        "--max-attempts", "--retry-delay-ms"}) {
      OptionSpec a = option("apply", name);
      OptionSpec s = option("snapshot", name);
      assertThat(a).as(name).isNotNull();
      assertThat(a.description()).as(name).containsExactly(s.description());
      assertThat(a.defaultValue()).as(name).isEqualTo(s.defaultValue());
    }
  }

  @Test
  void importOffersNoTopologyOrTrafficForItReadsNoDesign() {
    String help = help("import");
    assertThat(help).doesNotContain("--topology").doesNotContain("--traffic").contains("--account=ACCOUNT").contains("--set=");
    CliRunner.Result r = CliRunner.run("import", "samples/aws_configs-conflicts", "-o", "unused", "--topology", "tgw-hub");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option").contains("--topology");
  }

  @Test
  void everyCommandThatConnectsADesignTakesTrafficWithOneMeaning() {
    String compare = String.join(" ", option("compare", "--traffic").description());
    for (String cmd : new String[] {"reach", "generate", "diagram", "report", "validate", "apply", "iam-policy"}) {
      OptionSpec t = option(cmd, "--traffic");
      assertThat(t).as(cmd).isNotNull();
      assertThat(String.join(" ", t.description())).as(cmd).isEqualTo(compare);
      assertThat(option(cmd, "--topology")).as(cmd).isNotNull();
    }
    // negative control: what reads no design offers neither
    for (String cmd : new String[] {"import", "snapshot"}) {
      assertThat(option(cmd, "--traffic")).as(cmd).isNull();
      assertThat(option(cmd, "--topology")).as(cmd).isNull();
    }
  }
}
