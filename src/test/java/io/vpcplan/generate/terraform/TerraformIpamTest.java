package io.vpcplan.generate.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.Names;
import io.vpcplan.ipam.IpamPlan;
import io.vpcplan.model.Network;
import io.vpcplan.model.IpamAllocation;
import io.vpcplan.model.Vpc;
import io.vpcplan.source.Loaded;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** --ipam: pools in the Network account, shared in the organisation; VPCs allocate; subnets keep their place. */
class TerraformIpamTest {
  // a resource whose cidr_block line is followed by ipv4_ipam_pool_id: a block asked of a pool
  private static final Pattern BLOCK = Pattern.compile(
      "resource \"(aws_vpc|aws_vpc_ipv4_cidr_block_association)\" \"(\\w+)\" \\{[^}]*?cidr_block\\s*= \"([^\"]+)\"\\n\\s*ipv4_ipam_pool_id");

  static Stream<String> designs() throws IOException {
    return TfDesigns.names();
  }

  static Network ipamNetwork(String design) {
    Loaded l = SourcePipeline.load(SourceRequest.of(List.of(Path.of("designs", design + ".yaml"))));
    return IpamPlan.apply(l.network(), l.planned().orElseThrow().plan());
  }

  static Map<String, String> files(Network n, String design, boolean ipam) {
    return new TerraformGenerator().generate(n, new GenerateOptions(design, ipam)).files();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void referencesResolveAndSecurityHolds(String design) {
    Network n = ipamNetwork(design);
    Map<String, String> files = files(n, design, true);
    assertThat(TfCheck.unresolved(files)).isEmpty();
    assertThat(TfCheck.security(files, TerraformChecksTest.publicSubnets(n))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void everyAllocationAsksItsPoolForThePlannedBlock(String design) {
    Network n = ipamNetwork(design);
    String all = String.join("\n", files(n, design, true).values());
    assertThat(all).doesNotContain("ipv4_netmask_length").doesNotContainPattern("cidrsubnet\\(aws_vpc\\.\\w+\\.cidr_block");
    Matcher m = BLOCK.matcher(all);
    Map<String, String> pinned = new java.util.HashMap<>();
    while (m.find()) pinned.put(m.group(1) + " " + m.group(2), m.group(3));
    int seen = 0;
    for (Vpc v : n.vpcs()) {
      for (IpamAllocation a : v.ipamAllocations()) {
        String type = a.cidr().equals(v.ipv4().get(0)) ? "aws_vpc " + Names.snake(v.id())
            : "aws_vpc_ipv4_cidr_block_association " + Names.snake(v.id() + "/" + a.cidr());
        assertThat(pinned).as(design + " " + type).containsEntry(type, a.cidr().toString());
        seen++;
      }
    }
    assertThat(pinned).hasSize(seen);
  }

  @Test
  void memberVpcsAllocateFromASharedPoolAndTheShareStaysInTheOrganisation() {
    Map<String, String> f = files(ipamNetwork("tiny"), "tiny", true);
    String ipam = f.get("shared/ipam.tf"); // tiny names no network account: its first account with VPCs
    assertThat(ipam).contains("resource \"aws_vpc_ipam\" \"this\"", "region_name = \"eu-central-1\"",
        "source_ipam_pool_id = aws_vpc_ipam_pool.main.id", "allow_external_principals = false",
        "resource_arn       = aws_vpc_ipam_pool.main_eu_central_1_default.arn", "principal          = \"300000000004\"",
        "depends_on = [aws_vpc_ipam_pool_cidr.main_10_10_0_0_16]");
    String prod = f.get("prod/vpc_eu_central_1_app.tf");
    assertThat(prod).containsPattern("cidr_block +?= \"10\\.10\\.\\d+\\.0/23\"\n +ipv4_ipam_pool_id += var.ipam_pool_id_main_eu_central_1_default")
        .doesNotContain("ipv4_netmask_length");
    assertThat(f.get("prod/variables.tf")).contains("variable \"ipam_pool_id_main_eu_central_1_default\"");
    assertThat(f.get("shared/outputs.tf")).contains("output \"ipam_pool_id_main_eu_central_1_default\"");
  }

  @Test
  void withoutTheFlagPoolsInTheNetworkChangeNothing() {
    Network n = ipamNetwork("tiny");
    assertThat(files(n, "tiny", false)).isEqualTo(TfDesigns.files("tiny"));
  }
}
