package io.vpcplan.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vpcplan.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command counts the same accounts, VPCs and subnets for the same SOURCE: plan, compare,
 * reach, validate, diagram and report, for every design and every sample estate (the commands
 * once disagreed: 52 vs 55 VPCs, 43 vs 44 accounts, 9 vs 8 VPCs).
 */
class CountsConsistencyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern VPCS = Pattern.compile("(\\d[\\d,]*) VPCs?\\b");

  @TempDir Path tmp;

  static Stream<String> sources() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("designs"))) {
      s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> out.add(p.toString()));
    }
    out.add("samples/aws_configs-clean");
    out.add("samples/aws_configs-conflicts");
    out.add("samples/lza/network-config.yaml");
    out.add("samples/aws_configs-hybrid");
    out.add("samples/lza-hybrid/network-config.yaml");
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("sources")
  void everyCommandCountsTheSame(String source) throws IOException {
    boolean design = source.startsWith("designs/");
    JsonNode validate = json("validate", source, "--format", "json").get("summary");
    int vpcs = validate.get("vpcs").asInt();
    int subnets = validate.get("subnets").asInt();
    int accounts = validate.get("accounts").asInt();
    assertThat(vpcs).as("validate of %s counts VPCs", source).isPositive();

    JsonNode reach = json("reach", source, "--format", "json");
    assertThat(reach.get("vpcs").asInt()).as("reach VPCs").isEqualTo(vpcs);
    assertThat(reach.get("subnets").asInt()).as("reach subnets").isEqualTo(subnets);
    assertThat(reach.get("accounts").asInt()).as("reach accounts").isEqualTo(accounts);

    if (design) {
      JsonNode plan = json("plan", source, "--dry-run", "--format", "json").get("summary");
      assertThat(plan.get("vpcs").asInt()).as("plan VPCs").isEqualTo(vpcs);
      assertThat(plan.get("subnets").asInt()).as("plan subnets").isEqualTo(subnets);
      assertThat(json("compare", source, "--format", "json").get("vpcs").asInt()).as("compare VPCs").isEqualTo(vpcs);
    }
    assertThat(drawnVpcs("diagram", source, tmp.resolve("d.dot"))).as("diagram VPCs").isEqualTo(vpcs);
    assertThat(drawnVpcs("report", source, tmp.resolve("r.html"))).as("report VPCs").isEqualTo(vpcs);
    String html = Files.readString(tmp.resolve("r.html"));
    assertThat(html).contains("<li><b>" + String.format("%,d", accounts) + "</b>accounts</li>")
        .contains("<li><b>" + String.format("%,d", vpcs) + "</b>VPCs</li>")
        .contains("<li><b>" + String.format("%,d", subnets) + "</b>subnets</li>");
  }

  private static JsonNode json(String... args) throws IOException {
    CliRunner.Result r = CliRunner.run(args);
    assertThat(r.code()).as("%s: %s", String.join(" ", args), r.err()).isIn(0, 1);
    return JSON.readTree(r.out());
  }

  /** The "(N VPCs" of the confirmation line diagram and report print on stderr. */
  private static int drawnVpcs(String command, String source, Path out) {
    CliRunner.Result r = CliRunner.run(command, source, "-o", out.toString());
    assertThat(r.code()).as("%s %s: %s", command, source, r.err()).isZero();
    Matcher m = VPCS.matcher(r.err());
    assertThat(m.find()).as("%s says how many VPCs it drew: %s", command, r.err()).isTrue();
    return Integer.parseInt(m.group(1).replace(",", ""));
  }
}
