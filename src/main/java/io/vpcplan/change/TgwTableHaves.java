package io.vpcplan.change;

import static io.vpcplan.change.Actual.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Associations, propagations and static routes of owned TGW route tables, and the acceptance
 * state of owned attachments as the TGW owner sees them.
 */
final class TgwTableHaves {
  private TgwTableHaves() {}

  static void read(ActualReader reader, RegionDocs r) {
    for (JsonNode a : r.list("TransitGatewayRouteTableAssociations")) {
      String att = reader.key(text(a, "TransitGatewayAttachmentId"));
      String state = text(a, "State");
      if (att == null || ActualReader.gone(state) || state.equals("disassociated")) continue;
      reader.add(new Have(Kind.TGW_ASSOCIATION, "tgw-assoc/" + r.region() + "/" + att, text(a, "TransitGatewayAttachmentId"), r.account(),
          r.region(), Map.of("table", reader.refOf(text(a, "TransitGatewayRouteTableId")), "attachment", att,
              "tableAwsId", text(a, "TransitGatewayRouteTableId")), Map.of(),
          state));
    }
    for (JsonNode p : r.list("TransitGatewayRouteTablePropagations")) {
      String table = reader.key(text(p, "TransitGatewayRouteTableId"));
      String att = reader.key(text(p, "TransitGatewayAttachmentId"));
      String state = text(p, "State");
      if (table == null || att == null || state.equals("disabled") || state.equals("disabling")) continue;
      reader.add(new Have(Kind.TGW_PROPAGATION, "tgw-prop/" + table + "/" + att, text(p, "TransitGatewayAttachmentId"), r.account(),
          r.region(), Map.of("table", table, "attachment", att, "tableAwsId", text(p, "TransitGatewayRouteTableId")),
          Map.of(), state));
    }
    for (JsonNode route : r.list("TransitGatewayRouteTableRoutes")) {
      String table = reader.key(text(route, "TransitGatewayRouteTableId"));
      if (table == null || !"static".equals(text(route, "Type"))) continue;
      String dest = text(route, "DestinationCidrBlock");
      Map<String, String> p = new TreeMap<>();
      p.put("table", table);
      p.put("tableAwsId", text(route, "TransitGatewayRouteTableId"));
      p.put("destination", dest);
      String att = "";
      for (JsonNode a : route.path("TransitGatewayAttachments")) att = text(a, "TransitGatewayAttachmentId");
      if (att.isEmpty()) p.put("blackhole", "true");
      else p.put("attachment", reader.refOf(att));
      reader.add(new Have(Kind.TGW_ROUTE, "tgw-route/" + table + "/" + dest, table + "/" + dest, r.account(), r.region(),
          p, Map.of(), text(route, "State")));
    }
  }
}
