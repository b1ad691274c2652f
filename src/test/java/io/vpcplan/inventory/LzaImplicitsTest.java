package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Network;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import io.vpcplan.topology.Reachability;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What LZA leaves implicit and the importer must fill in: local routes, the TGW a transitGateway
 * route means, attachment subnets and TGW peerings; and an import written as describe-* keeps them.
 */
class LzaImplicitsTest {
  static final Path CASE = Path.of("src/test/resources/lza-cases/tgw-peering/network-config.yaml");
  static final String EAST = "App/us-east-1/App-East";
  static final String WEST = "App/us-west-2/App-West";

  @TempDir Path tmp;

  @Test
  void vpcTablesGetTheirLocalRoutesFirst() {
    Vpc v = LzaImporter.read(CASE).network().vpc(EAST).orElseThrow();
    for (var t : v.routeTables()) {
      Route first = t.routes().get(0);
      assertThat(first.targetType()).as(t.name()).isEqualTo(RouteTarget.LOCAL);
      assertThat(first.destination().toString()).isEqualTo("10.10.0.0/16");
    }
  }

  @Test
  void aTransitGatewayRouteTargetsTheTgwById() {
    Vpc v = LzaImporter.read(CASE).network().vpc(EAST).orElseThrow();
    assertThat(v.routeTables().get(0).routes()).filteredOn(r -> r.targetType() == RouteTarget.TRANSIT_GATEWAY)
        .extracting(Route::target).containsExactly("Network/us-east-1/East");
  }

  @Test
  void attachmentSubnetsAreTgwAttachmentSubnets() {
    Vpc v = LzaImporter.read(CASE).network().vpc(EAST).orElseThrow();
    assertThat(v.subnets()).extracting(Subnet::name, Subnet::purpose)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("App-East-A", Purpose.WORKLOAD),
            org.assertj.core.groups.Tuple.tuple("App-East-Tgw-A", Purpose.TGW_ATTACHMENT));
  }

  @Test
  void aTgwPeeringIsAnAttachmentOnBothSidesAssociatedAsNamed() {
    Inventory inv = LzaImporter.read(CASE);
    peered(inv.network());
    assertThat(inv.findings()).filteredOn(f -> f.code() == Code.DANGLING_REFERENCE).extracting(Finding::message)
        .singleElement().satisfies(m -> assertThat(m).startsWith("TGW peering East-Nowhere names transit gateway "
            + "Network/us-west-2/Nowhere, which transitGateways does not define"));
    assertThat(inv.findings()).filteredOn(f -> f.code() == Code.DANGLING_REFERENCE)
        .allSatisfy(f -> assertThat(f.location().line()).isPositive());
  }

  @Test
  void trafficCrossesThePeeringBothWays() {
    reachesBothWays(LzaImporter.read(CASE).network());
  }

  @Test
  void aDuplicatePeeringOrAMissingTableIsAFindingAndTheRestIsRead() throws Exception {
    String extra = """
          - name: East-West
            requester: { transitGatewayName: East, account: Network, region: us-east-1, routeTableAssociations: East-Core }
            accepter: { transitGatewayName: West, account: Network, region: us-west-2, routeTableAssociations: West-Core }
          - name: East-West-2
            requester: { transitGatewayName: East, account: Network, region: us-east-1, routeTableAssociations: East-Cor }
            accepter: { transitGatewayName: West, account: Network, region: us-west-2, routeTableAssociations: West-Core }
        vpcs:
        """;
    Path file = tmp.resolve("network-config.yaml");
    java.nio.file.Files.writeString(file, java.nio.file.Files.readString(CASE).replaceFirst("(?m)^vpcs:\n", extra));
    Inventory inv = LzaImporter.read(file);
    assertThat(inv.findings()).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("duplicate TGW peering 'East-West'"))
        .anySatisfy(m -> assertThat(m).startsWith("TGW peering East-West-2 associates with route table 'East-Cor', which "
            + "transit gateway East does not have").contains("did you mean"));
    TransitGateway east = inv.network().transitGateways().get(0);
    assertThat(east.attachments()).filteredOn(a -> a.type() == AttachmentType.PEERING).extracting(a -> a.id())
        .containsExactly("peering:East-West", "peering:East-West-2");
    assertThat(east.routeTables().get(0).associations()).doesNotContain("peering:East-West-2");
  }

  @Test
  void aListedRouteForTheVpcBlockReplacesTheLocalRoute() throws Exception {
    Path file = tmp.resolve("network-config.yaml");
    java.nio.file.Files.writeString(file, java.nio.file.Files.readString(CASE).replace(
        "{ name: Tgw, destination: 10.0.0.0/8, type: transitGateway, target: East }",
        "{ name: Tgw, destination: 10.0.0.0/8, type: transitGateway, target: East }\n"
            + "          - { name: Fw, destination: 10.10.0.0/16, type: networkInterface, target: eni-0123 }"));
    Vpc v = LzaImporter.read(file).network().vpc(EAST).orElseThrow();
    assertThat(v.routeTables().get(0).routes()).filteredOn(r -> r.destination().toString().equals("10.10.0.0/16"))
        .extracting(Route::targetType).containsExactly(RouteTarget.OTHER);
    assertThat(v.routeTables().get(1).routes()).extracting(Route::targetType).containsExactly(RouteTarget.LOCAL);
  }

  /** Both sides of a TGW peering share one attachment id (as in AWS): writing and reading keeps both. */
  @Test
  void anImportWrittenAsDescribeJsonKeepsThePeeringAndTheLocalRoutes() throws Exception {
    InventoryWriter.write(LzaImporter.read(CASE).network(), tmp);
    Network back = AwsConfigs.readDirectory(tmp).network();
    peered(back);
    assertThat(back.vpc(EAST).orElseThrow().routeTables().get(0).routes().get(0).targetType()).isEqualTo(RouteTarget.LOCAL);
    reachesBothWays(back);
  }

  private static void peered(Network n) {
    for (String side : new String[] {"Network/us-east-1/East|East-Core|Network/us-west-2/West",
        "Network/us-west-2/West|West-Core|Network/us-east-1/East"}) {
      String[] s = side.split("\\|");
      TransitGateway t = n.transitGateways().stream().filter(g -> g.id().equals(s[0])).findFirst().orElseThrow();
      assertThat(t.attachments()).filteredOn(a -> a.type() == AttachmentType.PEERING).singleElement()
          .satisfies(a -> {
            assertThat(a.id()).isEqualTo("peering:East-West");
            assertThat(a.resourceId()).isEqualTo(s[2]);
          });
      TgwRouteTable rt = t.routeTables().stream().filter(r -> r.name().equals(s[1])).findFirst().orElseThrow();
      assertThat(rt.associations()).as(s[0]).contains("peering:East-West");
    }
  }

  private static void reachesBothWays(Network n) {
    // unsegmented VPCs are not in the reach matrix: trace the pairs
    assertThat(Reachability.trace(n, EAST, WEST)).isNotEmpty().allSatisfy(p -> assertThat(p.deliveredTo(WEST)).as(p.hops().toString()).isTrue());
    assertThat(Reachability.trace(n, WEST, EAST)).isNotEmpty().allSatisfy(p -> assertThat(p.deliveredTo(EAST)).as(p.hops().toString()).isTrue());
  }
}
