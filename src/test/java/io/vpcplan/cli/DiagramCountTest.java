package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A view that draws part of a network says how many VPCs it drew, and its legend agrees with validate. */
class DiagramCountTest {
  @TempDir Path tmp;

  @Test
  void anAccountViewCountsTheAccountsVpcsOnly() {
    CliRunner.Result r = CliRunner.run("diagram", "designs/startup.yaml", "--view", "account", "prod", "-o",
        tmp.resolve("p.dot").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("(dot, 1 of 4 VPCs)");
  }

  @Test
  void theConflictsLegendCountsVpcPairsAsValidateDoes() throws Exception {
    CliRunner.Result r = CliRunner.run("diagram", "samples/aws_configs-conflicts", "--view", "conflicts", "-o",
        tmp.resolve("c.dot").toString());
    assertThat(r.code()).as(r.err()).isZero();
    Matcher m = Pattern.compile("(\\d+) overlapping pairs? among (\\d+) VPCs").matcher(Files.readString(tmp.resolve("c.dot")));
    assertThat(m.find()).isTrue();
    assertThat(r.err()).contains("(dot, " + m.group(2) + " of 14 VPCs)");
    JsonNode v = new ObjectMapper().readTree(CliRunner.run("validate", "samples/aws_configs-conflicts", "--format", "json").out());
    Set<String> pairs = new HashSet<>();
    Set<String> vpcs = new HashSet<>();
    for (JsonNode f : v.get("findings")) {
      if (!f.get("code").asText().equals("VPC_CIDR_OVERLAP")) continue;
      String a = f.get("resources").get(0).get("id").asText();
      String b = f.get("resources").get(1).get("id").asText();
      pairs.add(a.compareTo(b) < 0 ? a + " " + b : b + " " + a);
      vpcs.add(a);
      vpcs.add(b);
    }
    assertThat(Integer.parseInt(m.group(1))).isEqualTo(pairs.size());
    assertThat(Integer.parseInt(m.group(2))).isEqualTo(vpcs.size());
  }
}
