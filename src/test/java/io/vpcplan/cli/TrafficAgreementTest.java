package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --traffic means the same in every command: on conn-segmented-hub the intents' 4,000 GB/month
 * between dns and web make `hybrid` (a TGW plus one peering) the cheapest; a traffic file without
 * that flow makes it `tgw-hub`. compare, reach, diagram and generate must all follow (apply and
 * iam-policy read the design through the same pipeline; their traffic file is checked below).
 */
class TrafficAgreementTest {
  private static final String DESIGN = "designs/conn-segmented-hub.yaml";
  private static final Pattern CHOSEN = Pattern.compile("\"design\" : \"([a-z-]+)\"");

  @TempDir Path dir;

  private Path traffic() throws IOException {
    return Files.writeString(dir.resolve("traffic.yaml"),
        "flows:\n  - {from: prod/us-east-1/payments, to: sandbox, gbPerMonth: 20}\n");
  }

  private static List<String> with(List<String> args, String... more) {
    List<String> l = new ArrayList<>(args);
    l.addAll(List.of(more));
    return l;
  }

  private static CliRunner.Result run(List<String> args) {
    CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
    assertThat(r.code()).as(args + ": " + r.err()).isZero();
    return r;
  }

  private static String recommended(List<String> extra) {
    Matcher m = CHOSEN.matcher(run(with(List.of("compare", DESIGN, "--format", "json"), extra.toArray(String[]::new))).out());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private void agree(List<String> extra, String expected, boolean peering) throws IOException {
    String[] x = extra.toArray(String[]::new);
    assertThat(recommended(extra)).isEqualTo(expected);
    assertThat(run(with(List.of("reach", DESIGN, "--format", "json"), x)).out()).contains("\"topology\" : \"" + expected + "\"");
    String dot = run(with(List.of("diagram", DESIGN, "--format", "dot", "-o", "-"), x)).out();
    assertThat(dot.contains("VPC peering")).as("diagram draws a VPC peering").isEqualTo(peering);
    Path out = dir.resolve("cfn-" + expected);
    run(with(List.of("generate", DESIGN, "--target", "cloudformation", "-o", out.toString()), x));
    assertThat(Files.exists(out.resolve("network/us-east-1/peerings.yaml"))).as("generated peering stack").isEqualTo(peering);
  }

  @Test
  void withoutATrafficFileEveryCommandTakesTheIntentsTraffic() throws IOException {
    agree(List.of(), "hybrid", true);
  }

  @Test
  void aTrafficFileChangesTheChoiceAlikeInEveryCommand() throws IOException {
    agree(List.of("--traffic", traffic().toString()), "tgw-hub", false);
  }

  @Test
  void trafficWithoutADesignIsAUsageError() throws IOException {
    CliRunner.Result r = CliRunner.run("validate", "samples/aws_configs-conflicts", "--traffic", traffic().toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: --traffic:").contains("no SOURCE is a design").contains("drop --traffic");
  }

  @Test
  void aBadTrafficFileIsLocatedInEveryCommand() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "flows:\n  - {from: paymentz, to: sandbox, gbPerMonth: 1}\n");
    for (String cmd : new String[] {"compare", "reach", "iam-policy"}) {
      CliRunner.Result r = CliRunner.run(cmd, DESIGN, "--traffic", bad.toString());
      assertThat(r.code()).as(cmd).isEqualTo(2);
      assertThat(r.err()).as(cmd).contains("bad.yaml:2:").contains("did you mean");
    }
  }
}
