package io.vpcplan.change;

import static io.vpcplan.change.Actual.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/** The routes of an owned route table (registered already), and the associations of owned subnets (whichever table they are in). */
final class RouteTableHaves {
  private final ActualReader reader;
  private final RegionDocs r;
  private final JsonNode t;

  RouteTableHaves(ActualReader reader, RegionDocs r, JsonNode t) {
    this.reader = reader;
    this.r = r;
    this.t = t;
  }

  void read() {
    String id = text(t, "RouteTableId");
    String tableKey = reader.key(id);
    String table = tableKey != null ? tableKey : "aws:" + id;
    for (JsonNode a : t.path("Associations")) {
      String subnet = reader.key(text(a, "SubnetId"));
      String state = text(a.path("AssociationState"), "State");
      if (subnet == null || ActualReader.gone(state) || state.equals("disassociated")) continue;
      reader.add(new Have(Kind.ROUTE_TABLE_ASSOCIATION, "assoc/" + subnet, text(a, "RouteTableAssociationId"),
          r.account(), r.region(), Map.of("table", table, "subnet", subnet), Map.of(), state));
    }
    if (tableKey == null) return;
    for (JsonNode route : t.path("Routes")) {
      String dest = text(route, "DestinationCidrBlock");
      if (dest.isEmpty() || "CreateRouteTable".equals(text(route, "Origin"))) continue;
      Map<String, String> p = new TreeMap<>();
      p.put("table", tableKey);
      p.put("tableAwsId", id);
      p.put("destination", dest);
      if (!text(route, "TransitGatewayId").isEmpty()) p.put("transitGateway", reader.refOf(text(route, "TransitGatewayId")));
      else if (!text(route, "GatewayId").isEmpty()) p.put("gateway", reader.refOf(text(route, "GatewayId")));
      else if (!text(route, "VpcPeeringConnectionId").isEmpty()) {
        p.put("peering", reader.refOf(text(route, "VpcPeeringConnectionId")));
      } else if (!text(route, "NatGatewayId").isEmpty()) p.put("natGateway", reader.refOf(text(route, "NatGatewayId")));
      else p.put("target", "aws:" + firstTarget(route));
      reader.add(new Have(Kind.ROUTE, "route/" + tableKey + "/" + dest, tableKey + "/" + dest, r.account(), r.region(),
          p, Map.of(), text(route, "State")));
    }
  }

  private static String firstTarget(JsonNode route) {
    for (String f : new String[] {"NatGatewayId", "VpcPeeringConnectionId", "NetworkInterfaceId", "InstanceId",
        "EgressOnlyInternetGatewayId", "CarrierGatewayId", "LocalGatewayId", "CoreNetworkArn"}) {
      if (!text(route, f).isEmpty()) return text(route, f);
    }
    return "unknown";
  }
}
