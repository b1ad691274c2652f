package io.vpcplan.generate.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.model.Network;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The structural and security checks hold on every generated template, and each fails on a broken one. */
class CfnChecksTest {
  static Stream<Arguments> cases() {
    return CfnFixtures.designs().stream().flatMap(d -> Stream.of(Arguments.of(d, false), Arguments.of(d, true)));
  }

  @ParameterizedTest(name = "{0} ipam={1}")
  @MethodSource("cases")
  void everyTemplatePasses(String design, boolean ipam) {
    Network n = CfnFixtures.network(design, ipam);
    Map<String, String> files = new CloudFormationGenerator().generate(n, new GenerateOptions(design, ipam)).files();
    files.forEach((path, text) -> {
      if (path.equals("deployment-order.yaml")) return;
      JsonNode t = CfnFixtures.tree(text);
      assertThat(t.path("Resources").size()).as(path).isPositive();
      assertThat(CfnChecks.all(t, n)).as(path).isEmpty();
    });
  }

  private static ObjectNode template(String design, String path) {
    return (ObjectNode) CfnFixtures.tree(CfnFixtures.generate(design, false).files().get(path));
  }

  private static ObjectNode props(ObjectNode t, String resource) {
    return (ObjectNode) t.path("Resources").path(resource).path("Properties");
  }

  @Test
  void aDanglingRefFails() {
    ObjectNode t = template("startup", "dev/us-east-1/vpcs.yaml");
    assertThat(CfnChecks.references(t)).isEmpty();
    props(t, "AppPublicASubnet").putObject("VpcId").put("Ref", "NoSuchVpc");
    assertThat(CfnChecks.references(t)).singleElement().asString().contains("NoSuchVpc");
    props(t, "AppPublicBSubnet").putObject("VpcId").putArray("Fn::GetAtt").add("Nothing").add("VpcId");
    assertThat(CfnChecks.references(t)).hasSize(2);
  }

  @Test
  void aTgwWithDefaultAssociationFails() {
    ObjectNode t = template("conn-segmented-hub", "network/us-east-1/transit.yaml");
    assertThat(CfnChecks.secureTgws(t)).isEmpty();
    props(t, "TgwUsEast1").put("DefaultRouteTableAssociation", "enable");
    props(t, "TgwUsEast1").remove("AutoAcceptSharedAttachments");
    assertThat(CfnChecks.secureTgws(t)).hasSize(2);
  }

  @Test
  void aShareOpenToExternalPrincipalsFails() {
    ObjectNode t = template("conn-segmented-hub", "network/us-east-1/transit.yaml");
    assertThat(CfnChecks.resources(t, "AWS::RAM::ResourceShare")).isNotEmpty();
    assertThat(CfnChecks.closedShares(t)).isEmpty();
    String share = CfnChecks.resources(t, "AWS::RAM::ResourceShare").keySet().iterator().next();
    props(t, share).remove("AllowExternalPrincipals"); // CloudFormation then defaults to true
    assertThat(CfnChecks.closedShares(t)).hasSize(1);
  }

  @Test
  void anInternetRouteFromAPrivateTableFails() {
    Network n = CfnFixtures.network("startup", false);
    ObjectNode t = template("startup", "dev/us-east-1/vpcs.yaml");
    assertThat(CfnChecks.noInternetFromPrivate(t, n)).isEmpty();
    ObjectNode route = props(t, "AppWorkloadUsEast1aRouteTableTo0x0x0x0m0");
    route.remove("NatGatewayId");
    route.putObject("GatewayId").put("Ref", "AppInternetGateway");
    assertThat(CfnChecks.noInternetFromPrivate(t, n)).isNotEmpty().allMatch(s -> s.contains("private subnet"));
  }

  @Test
  void anAttachmentSubnetUsedByAWorkloadFails() {
    Network n = CfnFixtures.network("conn-segmented-hub", false);
    ObjectNode t = template("conn-segmented-hub", "prod/us-east-1/vpcs.yaml");
    assertThat(CfnChecks.attachmentSubnetsExclusive(t, n)).isEmpty();
    String nat = CfnChecks.resources(t, "AWS::EC2::NatGateway").keySet().stream().findFirst().orElse(null);
    String subnet = CfnChecks.resources(t, "AWS::EC2::Subnet").keySet().stream().filter(s -> s.contains("TgwAttach")).findFirst().orElseThrow();
    if (nat != null) {
      props(t, nat).putObject("SubnetId").put("Ref", subnet);
    } else {
      String table = CfnChecks.resources(t, "AWS::EC2::RouteTable").keySet().iterator().next();
      ((ObjectNode) t.path("Resources")).putObject("Broken").put("Type", "AWS::EC2::NetworkInterface")
          .putObject("Properties").putObject("SubnetId").put("Ref", subnet);
      assertThat(table).isNotEmpty();
    }
    assertThat(CfnChecks.attachmentSubnetsExclusive(t, n)).hasSize(1);
  }

  @Test
  void aWorkloadSubnetInTheAttachmentTableFails() {
    Network n = CfnFixtures.network("conn-segmented-hub", false);
    ObjectNode t = template("conn-segmented-hub", "prod/us-east-1/vpcs.yaml");
    String assoc = CfnChecks.resources(t, "AWS::EC2::SubnetRouteTableAssociation").keySet().stream()
        .filter(a -> !a.contains("TgwAttach")).findFirst().orElseThrow();
    String attachTable = CfnChecks.resources(t, "AWS::EC2::RouteTable").keySet().stream()
        .filter(a -> a.contains("TgwAttach")).findFirst().orElseThrow();
    props(t, assoc).putObject("RouteTableId").put("Ref", attachTable);
    assertThat(CfnChecks.attachmentSubnetsExclusive(t, n)).singleElement().asString().contains("share it with workload");
  }

  @Test
  void anIpv6SubnetCreatedBeforeItsBlockFails() {
    ObjectNode t = (ObjectNode) CfnFixtures.tree(CfnFixtures.generate("enterprise", false).files()
        .get("search-prod/us-east-1/vpcs.yaml"));
    assertThat(CfnChecks.ipv6SubnetsWaitForTheirBlock(t)).isEmpty();
    ((ObjectNode) t.path("Resources").path("SearchAppASubnet")).remove("DependsOn");
    assertThat(CfnChecks.ipv6SubnetsWaitForTheirBlock(t)).singleElement().asString().contains("SearchAppASubnet");
  }
}
