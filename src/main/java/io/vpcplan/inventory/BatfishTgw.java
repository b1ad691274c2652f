package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonParser;
import io.vpcplan.model.TgwRoute;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Batfish's own TGW files, which wrap one AWS call per route table:
 * {@code TransitGatewayPropagations.json} holds {"TransitGatewayPropagations": [{"TransitGatewayRouteTableId",
 * "TransitGatewayRouteTablePropagations": [...]}]} (get-transit-gateway-route-table-propagations per
 * table) and {@code TransitGatewayStaticRoutes.json} holds {"TransitGatewayStaticRoutes":
 * [{"TransitGatewayRouteTableId", "Routes": [...]}]} (search-transit-gateway-routes per table).
 */
final class BatfishTgw {
  private BatfishTgw() {}

  static void propagations(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] table = {null};
    List<String> atts = new ArrayList<>();
    Jp.element(p, e, f -> {
      switch (f) {
        case "TransitGatewayRouteTableId" -> table[0] = e.str(p, f);
        case "TransitGatewayRouteTablePropagations" -> Jp.array(p, e, f, i ->
            TgwReaders.member(p, e, f + "[" + i + "]", "enabled", new String[1], atts));
        default -> p.skipChildren();
      }
    });
    if (table[0] == null) e.missing("TransitGatewayRouteTableId");
    if (!e.ok()) {
      out.findings.add(e.finding(table[0]));
      return;
    }
    out.keyedAt.putIfAbsent(table[0], e.at);
    out.tgwPropagations.computeIfAbsent(table[0], k -> new ArrayList<>()).addAll(atts);
  }

  static void staticRoutes(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] table = {null};
    List<TgwRoute> routes = new ArrayList<>();
    List<String> inferred = new ArrayList<>();
    List<PrefixLists.Pending> via = new ArrayList<>(0);
    Jp.element(p, e, f -> {
      switch (f) {
        case "TransitGatewayRouteTableId" -> table[0] = e.str(p, f);
        case "Routes" -> Jp.array(p, e, f, i -> TgwReaders.route(p, e, f + "[" + i + "]", new String[1], routes, inferred, via));
        default -> p.skipChildren();
      }
    });
    if (table[0] == null) e.missing("TransitGatewayRouteTableId");
    if (!e.ok()) {
      out.findings.add(e.finding(table[0]));
      return;
    }
    out.keyedAt.putIfAbsent(table[0], e.at);
    out.tgwRoutes.computeIfAbsent(table[0], k -> new ArrayList<>()).addAll(routes);
    for (PrefixLists.Pending r : via) out.tgwPrefixRoutes.add(r.in(table[0]));
    // Batfish asks for static routes only; a propagated one that slipped in still implies its propagation
    out.tgwPropagations.computeIfAbsent(table[0], k -> new ArrayList<>()).addAll(inferred);
  }
}
