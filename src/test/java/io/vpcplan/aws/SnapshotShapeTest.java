package io.vpcplan.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract with the describe-* importer: the snapshot, parsed back, has the AWS CLI's keys and
 * member names (PascalCase), one top-level key per file, and the TGW route-table files carry
 * their table id.
 */
class SnapshotShapeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path out;
  private static Path hub;

  @BeforeAll
  static void snapshot() throws IOException {
    try (FakeAws fake = Scenarios.ESTATE.fake()) {
      new LiveSnapshot(Scenarios.ESTATE.config(fake), null).run(out);
    }
    hub = out.resolve("aws_configs/111111111111/us-east-1");
  }

  private static JsonNode items(String file, String key) throws IOException {
    JsonNode root = JSON.readTree(hub.resolve(file).toFile());
    assertThat(fieldNames(root)).as(file + " top-level keys").containsExactly(key);
    assertThat(root.get(key).isArray()).isTrue();
    assertThat(root.get(key).size()).as(file + " items").isPositive();
    return root.get(key);
  }

  @Test
  void everyFileHasExactlyTheTopLevelKeyOfItsCall() throws IOException {
    for (Ec2Call call : Ec2Calls.ALL) {
      JsonNode root = JSON.readTree(hub.resolve(call.file()).toFile());
      assertThat(fieldNames(root)).as(call.file()).containsExactly(call.key());
    }
    assertThat(Ec2Calls.ALL).extracting(Ec2Call::key).containsExactly("Vpcs", "Subnets", "RouteTables",
        "TransitGateways", "TransitGatewayAttachments", "TransitGatewayVpcAttachments", "TransitGatewayRouteTables",
        "TransitGatewayRouteTableRoutes", "TransitGatewayRouteTableAssociations",
        "TransitGatewayRouteTablePropagations", "VpcPeeringConnections", "VpcEndpoints", "ServiceConfigurations",
        "PrefixLists", "PrefixListEntries", "VpnConnections", "CustomerGateways", "VpnGateways");
    for (DxCall call : DxCalls.ALL) {
      JsonNode root = JSON.readTree(hub.resolve(call.file()).toFile());
      assertThat(fieldNames(root)).as(call.file()).containsExactly(call.key());
    }
  }

  @Test
  void vpcsCarryTheirCidrAssociationsOwnerStateAndTags() throws IOException {
    for (JsonNode v : items("vpcs.json", "Vpcs")) {
      assertThat(fieldNames(v)).contains("VpcId", "CidrBlock", "CidrBlockAssociationSet", "OwnerId", "State", "Tags");
      for (JsonNode a : v.get("CidrBlockAssociationSet")) {
        assertThat(a.path("CidrBlock").isTextual()).isTrue();
        assertThat(a.path("CidrBlockState").path("State").isTextual()).isTrue();
      }
      for (JsonNode t : v.get("Tags")) assertThat(fieldNames(t)).containsExactly("Key", "Value");
    }
    JsonNode hubVpc = find(items("vpcs.json", "Vpcs"), "VpcId", "vpc-0aaa000000000000a");
    JsonNode v6 = hubVpc.get("Ipv6CidrBlockAssociationSet").get(0);
    assertThat(v6.get("Ipv6CidrBlock").asText()).isEqualTo("2600:1f18:abcd:1200::/56");
    assertThat(v6.get("Ipv6CidrBlockState").get("State").asText()).isEqualTo("associated");
    assertThat(hubVpc.get("IsDefault").isBoolean()).isTrue();
  }

  @Test
  void subnetsCarryVpcCidrZoneStateAndOwner() throws IOException {
    for (JsonNode s : items("subnets.json", "Subnets")) {
      assertThat(fieldNames(s)).contains("SubnetId", "VpcId", "CidrBlock", "AvailabilityZone", "AvailabilityZoneId",
          "State", "OwnerId");
      assertThat(s.get("AvailableIpAddressCount").isIntegralNumber()).isTrue();
    }
  }

  @Test
  void aDualStackSubnetReadsBackWithItsIpv6BlockAndChecksClean() {
    io.vpcplan.model.Network n = io.vpcplan.inventory.AwsConfigs.readDirectory(out).network();
    io.vpcplan.model.Vpc v = n.vpcs().stream().filter(x -> x.id().equals("vpc-0aaa000000000000a")).findFirst().orElseThrow();
    assertThat(v.subnets()).filteredOn(s -> s.id().equals("subnet-0a01")).singleElement()
        .satisfies(s -> assertThat(s.ipv6()).hasToString("2600:1f18:abcd:1200::/64"));
    assertThat(io.vpcplan.analysis.Validator.validate(n)).extracting(f -> f.code().name())
        .doesNotContain("SUBNET_SIZE", "SUBNET_OUTSIDE_VPC", "SUBNET_OVERLAP");
  }

  /**
   * A route to a customer-managed prefix list: the snapshot fetches that list's entries (each tagged
   * with its PrefixListId; none for AWS's own S3 list), and the importer makes one route per entry.
   */
  @Test
  void prefixListEntriesAreFetchedAndTheirRoutesFollowed() throws IOException {
    JsonNode entries = items("managed-prefix-list-entries.json", "PrefixListEntries");
    assertThat(entries.findValuesAsText("PrefixListId")).containsOnly("pl-0onprem0000000001");
    assertThat(entries.findValuesAsText("Cidr")).containsExactly("172.16.0.0/12", "192.168.0.0/16");
    var inv = io.vpcplan.inventory.AwsConfigs.readDirectory(out);
    assertThat(inv.findings()).noneMatch(f -> f.message().contains("prefix list"));
    assertThat(inv.network().vpcs()).flatExtracting(v -> v.routeTables()).flatExtracting(t -> t.routes())
        .filteredOn(r -> r.targetType() == io.vpcplan.model.RouteTarget.TRANSIT_GATEWAY)
        .extracting(r -> r.destination().toString()).contains("192.168.0.0/16", "172.16.0.0/12");
  }

  @Test
  void routeTablesCarryRoutesAndAssociations() throws IOException {
    for (JsonNode rt : items("route-tables.json", "RouteTables")) {
      assertThat(fieldNames(rt)).contains("RouteTableId", "VpcId", "Routes", "Associations");
    }
    JsonNode routes = find(items("route-tables.json", "RouteTables"), "RouteTableId", "rtb-0a02").get("Routes");
    assertThat(routes).anySatisfy(r -> assertThat(r.path("TransitGatewayId").asText()).isEqualTo("tgw-0123456789abcdef0"));
    assertThat(routes).anySatisfy(r -> assertThat(r.path("State").asText()).isEqualTo("blackhole"));
    assertThat(routes).anySatisfy(r -> assertThat(r.has("DestinationIpv6CidrBlock")).isTrue());
  }

  @Test
  void peeringsCarryBothSidesAndStatusCode() throws IOException {
    for (JsonNode p : items("vpc-peering-connections.json", "VpcPeeringConnections")) {
      assertThat(fieldNames(p)).contains("VpcPeeringConnectionId", "AccepterVpcInfo", "RequesterVpcInfo", "Status");
      assertThat(fieldNames(p.get("AccepterVpcInfo"))).contains("VpcId", "OwnerId", "CidrBlock", "Region");
      assertThat(p.get("Status").get("Code").isTextual()).isTrue();
    }
  }

  @Test
  void transitGatewayFilesCarryTheirIdsAndTheTableIdOnEveryRouteAssociationAndPropagation() throws IOException {
    assertThat(fieldNames(items("transit-gateways.json", "TransitGateways").get(0)))
        .contains("TransitGatewayId", "OwnerId", "State", "Options");
    assertThat(fieldNames(items("transit-gateway-attachments.json", "TransitGatewayAttachments").get(0)))
        .contains("TransitGatewayAttachmentId", "TransitGatewayId", "ResourceType", "ResourceId", "ResourceOwnerId",
            "State", "Association");
    assertThat(fieldNames(items("transit-gateway-vpc-attachments.json", "TransitGatewayVpcAttachments").get(0)))
        .contains("TransitGatewayAttachmentId", "VpcId", "SubnetIds", "Options");
    assertThat(fieldNames(items("transit-gateway-route-tables.json", "TransitGatewayRouteTables").get(0)))
        .contains("TransitGatewayRouteTableId", "TransitGatewayId", "State");
    for (String[] f : new String[][] {
        {"transit-gateway-route-table-routes.json", "TransitGatewayRouteTableRoutes", "Type"},
        {"transit-gateway-route-table-associations.json", "TransitGatewayRouteTableAssociations", "TransitGatewayAttachmentId"},
        {"transit-gateway-route-table-propagations.json", "TransitGatewayRouteTablePropagations", "TransitGatewayAttachmentId"}}) {
      for (JsonNode item : items(f[0], f[1])) {
        assertThat(fieldNames(item)).as(f[0]).startsWith("TransitGatewayRouteTableId").contains(f[2], "State");
      }
    }
  }

  @Test
  void endpointsAndServicesCarryTheirIds() throws IOException {
    assertThat(fieldNames(items("vpc-endpoints.json", "VpcEndpoints").get(0)))
        .contains("VpcEndpointId", "VpcEndpointType", "VpcId", "ServiceName", "State", "SubnetIds");
    assertThat(fieldNames(items("vpc-endpoint-service-configurations.json", "ServiceConfigurations").get(0)))
        .contains("ServiceId", "ServiceName", "ServiceState", "AvailabilityZones");
  }

  /** EC2's members are PascalCase; Direct Connect's CLI prints lower camel case. */
  @Test
  void everyMemberNameIsPascalCaseAsTheCliPrintsIt() throws IOException {
    List<String> bad = new ArrayList<>();
    List<String> dx = DxCalls.ALL.stream().map(DxCall::file).toList();
    try (Stream<Path> files = Files.walk(out.resolve("aws_configs"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        boolean lower = dx.contains(f.getFileName().toString());
        collectBadNames(JSON.readTree(f.toFile()), f.getFileName() + ":", bad, lower);
      }
    }
    assertThat(bad).isEmpty();
  }

  private static void collectBadNames(JsonNode n, String where, List<String> bad, boolean lower) {
    if (n.isObject()) {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        if (Character.isUpperCase(e.getKey().charAt(0)) == lower) bad.add(where + e.getKey());
        collectBadNames(e.getValue(), where, bad, lower);
      }
    } else if (n.isArray()) {
      n.forEach(c -> collectBadNames(c, where, bad, lower));
    }
  }

  private static JsonNode find(JsonNode arr, String key, String value) {
    for (JsonNode n : arr) if (n.path(key).asText().equals(value)) return n;
    throw new AssertionError(key + "=" + value + " not found");
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
