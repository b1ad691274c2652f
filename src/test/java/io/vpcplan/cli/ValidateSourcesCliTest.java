package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate through the source pipeline: what --min-severity hid, describe folders read together, LZA with --set. */
class ValidateSourcesCliTest {
  private static final String CONFLICTS = "samples/aws_configs-conflicts";
  private static final Path SPLIT = Path.of("src/test/resources/cli-cases/split-estate");

  @TempDir Path dir;

  @Test
  void theTableSaysHowManyFindingsMinSeverityHid() {
    CliRunner.Result r = CliRunner.run("validate", CONFLICTS, "--min-severity", "error");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).containsPattern("\\d+ errors?, 0 warnings, 0 info \\((\\d+) more below --min-severity error")
        .doesNotContain("WARNING ");
  }

  @Test
  void theJsonSummaryCountsWhatMinSeverityHid() throws Exception {
    JsonNode hidden = summary(CliRunner.run("validate", CONFLICTS, "--min-severity", "error", "--format", "json"));
    JsonNode all = summary(CliRunner.run("validate", CONFLICTS, "--format", "json"));
    assertThat(hidden.get("belowMinSeverity").asInt()).isPositive();
    assertThat(all.get("belowMinSeverity").asInt()).isZero();
    assertThat(hidden.get("warnings").asInt()).isZero();
    assertThat(hidden.get("belowMinSeverity").asInt())
        .isEqualTo(all.get("warnings").asInt() + all.get("info").asInt());
  }

  @Test
  void aVpcInOneFolderAndItsSubnetsInAnotherAreReadTogether() {
    // subnets first: the folder that names the VPC comes second and must still be found
    CliRunner.Result r = CliRunner.run("validate", SPLIT.resolve("subnets").toString(), SPLIT.resolve("vpcs").toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).startsWith("Checked 1 account, 1 VPC, 2 subnets")
        .doesNotContain("DANGLING_REFERENCE")
        .contains("ERROR SUBNET_OUTSIDE_VPC (1)")
        .contains("subnet subnet-05d2a7c1e86f3b94a of vpc-0a3f9c1d27e84b615 (555555555555/eu-west-1/ledger) 10.61.4.0/22");
  }

  @Test
  void theSubnetsFolderAloneHasADanglingVpc() {
    // the other side of the test above: without the VPC folder the reference is dangling
    CliRunner.Result r = CliRunner.run("validate", SPLIT.resolve("subnets").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("DANGLING_REFERENCE").contains("vpc-0a3f9c1d27e84b615");
  }

  @Test
  void theOtherEngineersMergeCasesThroughTheCli() {
    CliRunner.Result r = CliRunner.run("validate", "src/test/resources/merge-cases/a", "src/test/resources/merge-cases/b",
        "--format", "json");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("\"SUBNET_OUTSIDE_VPC\"");
    // its only dangling references are peerings to accounts outside the export, never the subnets' VPC
    for (String line : r.out().split("\n")) {
      if (line.contains("subnet-0f000000000000")) assertThat(line).doesNotContain("not in any Vpcs file");
    }
    assertThat(r.out()).doesNotContain("refer to VPC vpc-0f00000000000001");
  }

  @Test
  void theLzaSampleValidatesWithoutAUsageError() {
    CliRunner.Result r = CliRunner.run("validate", "samples/lza/network-config.yaml");
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    assertThat(r.out()).startsWith("Checked ");
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void anUnresolvedPlaceholderIsAFindingAndSetResolvesIt() throws Exception {
    Path net = lzaWithPlaceholder();
    CliRunner.Result open = CliRunner.run("validate", net.toString());
    assertThat(open.code()).as(open.err()).isIn(0, 1);
    assertThat(open.out()).contains("UNRESOLVED_PLACEHOLDER").contains("{{ Foo }}").contains("--set Foo=VALUE");
    assertThat(open.err()).doesNotContain("Exception");

    CliRunner.Result bar = CliRunner.run("validate", net.toString(), "--set", "Foo=bar");
    assertThat(bar.code()).as(bar.err()).isIn(0, 1);
    assertThat(bar.out()).doesNotContain("UNRESOLVED_PLACEHOLDER").contains("'bar'");

    CliRunner.Result cidr = CliRunner.run("validate", net.toString(), "--set", "Foo=10.16.0.0/16");
    assertThat(cidr.code()).as(cidr.out()).isZero();
    assertThat(cidr.out()).doesNotContain("UNRESOLVED_PLACEHOLDER").doesNotContain("ERROR ");
  }

  /** The LZA sample with its companions, the egress CIDR turned into {{ Foo }}, which nothing defines. */
  private Path lzaWithPlaceholder() throws Exception {
    try (Stream<Path> s = Files.list(Path.of("samples/lza"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList()) Files.copy(p, dir.resolve(p.getFileName()));
    }
    Path net = dir.resolve("network-config.yaml");
    String text = Files.readString(net);
    assertThat(text).contains("'{{ EgressCidr }}'");
    Files.writeString(net, text.replace("'{{ EgressCidr }}'", "'{{ Foo }}'"));
    return net;
  }

  private static JsonNode summary(CliRunner.Result r) throws Exception {
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    return new ObjectMapper().readTree(r.out()).get("summary");
  }
}
