package io.vpcplan.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.generate.cfn.CloudFormationGenerator;
import io.vpcplan.generate.lza.LzaGenerator;
import io.vpcplan.generate.terraform.TerraformGenerator;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Network;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hybrid AWS side in every target, on hybrid-dc with its VPN made static (so the TGW gets
 * static routes to the VPN attachment too): what each target can express is written, and the DX
 * allowed prefixes are exactly the plan's.
 */
class HybridGenerateTest {
  @TempDir Path dir;
  Network n;

  @BeforeEach
  void plan() throws IOException {
    n = load(false);
    assertThat(n.hybrid().vpnConnections()).singleElement().matches(v -> v.staticRoutesOnly());
  }

  /** hybrid-dc with a static VPN; {@code vpnOnly}: without the DX link, so the TGW routes statically to the VPN. */
  private Network load(boolean vpnOnly) throws IOException {
    String design = Files.readString(Path.of("designs/hybrid-dc.yaml")).replace("customerGatewayIp: 203.0.113.10}",
        "customerGatewayIp: 203.0.113.10, static: true}");
    if (vpnOnly) design = design.replace("      - {type: dx, region: us-east-1, bandwidth: 10Gbps}\n", "");
    assertThat(design).contains("static: true");
    if (vpnOnly) assertThat(design).doesNotContain("type: dx");
    Path p = dir.resolve(vpnOnly ? "vpn-only.yaml" : "hybrid-static.yaml");
    Files.writeString(p, design);
    return SourcePipeline.load(SourceRequest.of(List.of(p))).network();
  }

  private Map<String, String> files(Generator g) {
    return files(g, n);
  }

  private static Map<String, String> files(Generator g, Network network) {
    return g.generate(network, new GenerateOptions("hybrid-static", false)).files();
  }

  @Test
  void cloudFormationPutsTheVpnInTheTransitStackAndTheDxStepsInTheOrder() {
    Map<String, String> f = files(new CloudFormationGenerator());
    String transit = f.get("network/us-east-1/transit.yaml");
    assertThat(transit).contains("Type: AWS::EC2::CustomerGateway").contains("Type: AWS::EC2::VPNConnection")
        .contains("StaticRoutesOnly: true").contains("TransitGatewayId:\n        Ref: TgwUsEast1");
    assertThat(f.get("network/eu-west-1/transit.yaml")).doesNotContain("VPNConnection");
    String order = f.get("deployment-order.yaml");
    for (DxGateway.Association a : n.hybrid().dxGateways().get(0).associations()) {
      String cidrs = String.join(" ", a.allowedPrefixes().stream().map(c -> "cidr=" + c).toList());
      assertThat(order).contains("--add-allowed-prefixes-to-direct-connect-gateway " + cidrs + "\"");
    }
    assertThat(f.get("network/us-east-1/tgw-routing.yaml")).contains("Name=resource-id,Values=<output VpnDc1UsEast1Id");
  }

  @Test
  void terraformCreatesTheVpnAndDxAndWiresTheTablesToThem() {
    Map<String, String> f = files(new TerraformGenerator());
    String onPrem = f.get("network/on_premises.tf");
    assertThat(onPrem).contains("resource \"aws_customer_gateway\" \"cgw_dc1_us_east_1\"")
        .contains("static_routes_only  = true").contains("transit_gateway_id  = aws_ec2_transit_gateway.tgw_us_east_1.id")
        .contains("associated_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id");
    for (DxGateway.Association a : n.hybrid().dxGateways().get(0).associations()) {
      String list = String.join(", ", a.allowedPrefixes().stream().map(c -> "\"" + c + "\"").toList());
      assertThat(onPrem).contains("allowed_prefixes      = [" + list + "]");
    }
    String tgw = f.get("network/transit_gateway_us_east_1.tf");
    assertThat(tgw).contains("aws_vpn_connection.vpn_dc1_us_east_1.transit_gateway_attachment_id")
        .contains("data.aws_ec2_transit_gateway_dx_gateway_attachment.tgw_attach_dxgw_dc1_us_east_1.id");
    assertThat(f.get("network/variables.tf")).doesNotContain("vpn_dc1").doesNotContain("dxgw_dc1");
  }

  /** Without DX, a static VPN gets TGW static routes: each target names the VPN attachment it creates. */
  @Test
  void staticRoutesToTheVpnNameTheCreatedAttachment() throws IOException {
    Network vpnOnly = load(true);
    String tgw = files(new TerraformGenerator(), vpnOnly).get("network/transit_gateway_us_east_1.tf");
    assertThat(tgw).containsPattern("resource \"aws_ec2_transit_gateway_route\"[^}]*"
        + "aws_vpn_connection\\.vpn_dc1_us_east_1\\.transit_gateway_attachment_id");
    Map<String, String> lza = files(new LzaGenerator(), vpnOnly);
    assertThat(lza.get(LzaGenerator.CONFIG)).contains("staticRoutesOnly: true").contains("vpnConnectionName: dc1-us-east-1");
    assertThat(lza.get("README.md")).doesNotContain("is not written: LZA can target only");
  }
}
