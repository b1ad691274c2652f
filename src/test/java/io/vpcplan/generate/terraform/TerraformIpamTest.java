package io.vpcplan.generate.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.Names;
import io.vpcplan.ipam.IpamPlan;
import io.vpcplan.model.Network;
import io.vpcplan.model.Subnet;
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
  private static final Pattern CIDRSUBNET = Pattern.compile("cidrsubnet\\(aws_vpc\\.(\\w+)\\.cidr_block, (\\d+), (\\d+)\\)");

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
  void subnetsLandOnTheirPlannedCidrInsideThePlannedBlock(String design) {
    Network n = ipamNetwork(design);
    String all = String.join("\n", files(n, design, true).values());
    Map<String, Vpc> vpcs = new java.util.HashMap<>();
    n.vpcs().forEach(v -> vpcs.put(Names.snake(v.id()), v));
    Matcher m = Pattern.compile("resource \"aws_subnet\" \"(\\w+)\" \\{[^}]*?cidr_block\\s*= (cidrsubnet\\([^\\n]*\\))").matcher(all);
    int seen = 0;
    while (m.find()) {
      Matcher c = CIDRSUBNET.matcher(m.group(2));
      assertThat(c.matches()).as(m.group(2)).isTrue();
      Vpc v = vpcs.get(c.group(1));
      Cidr block = v.ipv4().get(0);
      Subnet s = v.subnets().stream().filter(x -> Names.snake(x.key()).equals(m.group(1))).findFirst().orElseThrow();
      assertThat(block.subnet(block.length() + Integer.parseInt(c.group(2)), Long.parseLong(c.group(3))))
          .as(m.group(1)).isEqualTo(s.cidr());
      seen++;
    }
    if (!n.ipamPools().isEmpty() && n.vpcs().stream().anyMatch(v -> !v.ipamAllocations().isEmpty() && !v.subnets().isEmpty())) {
      assertThat(seen).isPositive();
    }
  }

  @Test
  void memberVpcsAllocateFromASharedPoolAndTheShareStaysInTheOrganisation() {
    Map<String, String> f = files(ipamNetwork("tiny"), "tiny", true);
    String ipam = f.get("dev/ipam.tf");
    assertThat(ipam).contains("resource \"aws_vpc_ipam\" \"this\"", "region_name = \"eu-central-1\"",
        "source_ipam_pool_id = aws_vpc_ipam_pool.main.id", "allow_external_principals = false",
        "resource_arn       = aws_vpc_ipam_pool.main_eu_central_1_default.arn", "principal          = \"300000000004\"",
        "depends_on = [aws_vpc_ipam_pool_cidr.main_10_10_0_0_16]");
    String prod = f.get("prod/vpc_eu_central_1_app.tf");
    assertThat(prod).contains("ipv4_ipam_pool_id    = var.ipam_pool_id_main_eu_central_1_default",
        "ipv4_netmask_length  = 23").doesNotContain("cidr_block           = \"");
    assertThat(f.get("prod/variables.tf")).contains("variable \"ipam_pool_id_main_eu_central_1_default\"");
    assertThat(f.get("dev/outputs.tf")).contains("output \"ipam_pool_id_main_eu_central_1_default\"");
  }

  @Test
  void withoutTheFlagPoolsInTheNetworkChangeNothing() {
    Network n = ipamNetwork("tiny");
    assertThat(files(n, "tiny", false)).isEqualTo(TfDesigns.files("tiny"));
  }
}
