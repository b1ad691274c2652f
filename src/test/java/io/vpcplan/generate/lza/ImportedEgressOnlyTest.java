package io.vpcplan.generate.lza;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.generate.cfn.CloudFormationGenerator;
import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.GeneratedFiles;
import io.vpcplan.generate.terraform.TerraformGenerator;
import io.vpcplan.inventory.AwsConfigs;
import io.vpcplan.inventory.LzaImporter;
import io.vpcplan.model.Network;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpcGateways;
import io.vpcplan.model.NatGateways;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An estate's route ::/0 → eigw-… (describe-route-tables EgressOnlyInternetGatewayId, LZA type
 * egressOnlyIgw) is codified as the VPC's own egress-only gateway and its route by every target,
 * not dropped into a README note (the importers had read it as an unknown target).
 */
class ImportedEgressOnlyTest {
  private static final Path ESTATE = Path.of("src/test/resources/realfiles/estate");

  @TempDir Path tmp;

  private static String all(GeneratedFiles f) {
    return String.join("\n", f.files().values());
  }

  @Test
  void describeFilesEgressOnlyRouteIsGeneratedByEveryTarget() throws IOException {
    Network n = AwsConfigs.readDirectory(ESTATE).network();
    Vpc core = n.vpcs().stream().filter(v -> v.id().equals("vpc-0aaa0001")).findFirst().orElseThrow();
    assertThat(core.routeTables().get(0).routes()).anySatisfy(r -> {
      assertThat(r.targetType()).isEqualTo(RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY);
      assertThat(r.target()).isEqualTo("eigw-0abc");
    });
    VpcGateways gw = VpcGateways.of(core, NatGateways.PER_AZ);
    assertThat(gw.routeTables()).flatExtracting(t -> t.routes()).anySatisfy(r -> {
      assertThat(r.targetType()).isEqualTo(RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY);
      assertThat(r.target()).isEqualTo("eigw/vpc-0aaa0001");
    });
    GenerateOptions o = new GenerateOptions("estate", false);
    String cfn = all(new CloudFormationGenerator().generate(n, o));
    assertThat(cfn).contains("Type: AWS::EC2::EgressOnlyInternetGateway").contains("EgressOnlyInternetGatewayId:");
    String tf = all(new TerraformGenerator().generate(n, o));
    assertThat(tf).contains("resource \"aws_egress_only_internet_gateway\"").contains("egress_only_gateway_id");
    assertThat(tf + cfn).doesNotContain("eigw-0abc");
    String lza = new LzaGenerator().generate(n, o).files().get(LzaGenerator.CONFIG);
    assertThat(lza).contains("egressOnlyIgw: true").contains("type: egressOnlyIgw");
    if (Files.exists(LzaSchemaTest.SCHEMA)) {
      LzaSchemaTest.load();
      assertThat(LzaSchemaTest.problems(LzaSchemaTest.YAML.readTree(lza))).isEmpty();
    } else {
      System.out.println("SKIPPED (shared data missing): the LZA schema check of ImportedEgressOnlyTest: "
          + LzaSchemaTest.SCHEMA + " is absent (../shared lives beside the repository)");
    }
    // read back: LZA's egressOnlyIgw route is again a route to the VPC's egress-only gateway
    Path file = Files.writeString(tmp.resolve("network-config.yaml"), lza);
    Network back = LzaImporter.read(file, Map.of()).network();
    assertThat(back.vpcs()).flatExtracting(v -> v.routeTables()).flatExtracting(t -> t.routes())
        .anySatisfy(r -> assertThat(r.targetType()).isEqualTo(RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY));
  }

  /** Negative control: a route to another target of the same VPC does not make an egress-only gateway. */
  @Test
  void noEgressOnlyRouteNoGateway() {
    Network n = AwsConfigs.readDirectory(ESTATE).network();
    for (Vpc v : n.vpcs()) {
      boolean routed = v.routeTables().stream().flatMap(t -> t.routes().stream())
          .anyMatch(r -> r.targetType() == RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY);
      boolean dualStackPrivate = v.cidrs().stream().anyMatch(c -> !c.isV4());
      if (!routed && !dualStackPrivate) {
        assertThat(VpcGateways.of(v, NatGateways.PER_AZ).egressOnlyGateway()).as(v.id()).isEmpty();
      }
    }
  }
}
