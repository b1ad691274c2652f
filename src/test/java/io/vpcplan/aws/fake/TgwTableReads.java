package io.vpcplan.aws.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one TGW route table holds: routes (static and propagated), associations, propagations. */
final class TgwTableReads {
  /** Where an attachment keeps its route-table association (a peering's other side: "peer-" + this). */
  static final String ASSOC = "association.transit-gateway-route-table-id";
  private final State state;

  TgwTableReads(State state) {
    this.state = state;
  }

  private Res table(Query q) {
    return state.owned("transit-gateway-route-table", q.require("TransitGatewayRouteTableId"), q.account(), q.region());
  }

  /** Static routes win over propagated ones to the same destination, as in AWS. */
  static Map<String, Map<String, String>> routes(State state, Res rt) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (String attId : rt.ids) {
      Res a = state.byId.get(attId);
      if (a == null || !a.state().equals("available") || !"vpc".equals(a.attr("resource-type"))) continue;
      Res vpc = state.byId.get(a.attr("vpc-id"));
      if (vpc == null) continue;
      List<String> cidrs = new ArrayList<>();
      vpc.rows.forEach(c -> cidrs.add(c.get("cidrBlock")));
      vpc.rows2.forEach(c -> cidrs.add(c.get("ipv6CidrBlock")));
      for (String c : cidrs) {
        out.put(c, Map.of("destinationCidrBlock", c, "type", "propagated", "state", "active", "attachmentId", attId));
      }
    }
    for (Map<String, String> s : rt.rows) {
      Map<String, String> route = new LinkedHashMap<>(s);
      route.put("type", "static");
      Res a = s.containsKey("attachmentId") ? state.byId.get(s.get("attachmentId")) : null;
      route.put("state", a != null && a.live() ? "active" : "blackhole");
      out.put(s.get("destinationCidrBlock"), route);
    }
    return out;
  }

  String routes(Query q) {
    Res rt = table(q);
    if (q.get("Filter.1.Name") == null) throw ApiError.missing("Filter");
    var filters = q.filters(Set.of("state", "type", "route-search.exact-match", "attachment.transit-gateway-attachment-id",
        "attachment.resource-id", "attachment.resource-type"));
    Xml x = new Xml(q.action()).open("routeSet");
    for (Map<String, String> r : routes(state, rt).values()) {
      Res a = r.containsKey("attachmentId") ? state.byId.get(r.get("attachmentId")) : null;
      Map<String, List<String>> v = new LinkedHashMap<>();
      v.put("state", List.of(r.get("state")));
      v.put("type", List.of(r.get("type")));
      v.put("route-search.exact-match", List.of(r.get("destinationCidrBlock")));
      v.put("attachment.transit-gateway-attachment-id", a == null ? List.of() : List.of(a.id));
      v.put("attachment.resource-id", a == null ? List.of() : List.of(resourceId(a, q.account(), q.region())));
      v.put("attachment.resource-type", a == null ? List.of() : List.of(a.attr("resource-type")));
      if (!Query.matches(filters, Map.of(), v::get)) continue;
      x.open("item").el("destinationCidrBlock", r.get("destinationCidrBlock")).open("transitGatewayAttachments");
      if (a != null) attachmentRef(x.open("item"), a, q).close();
      x.close().el("type", r.get("type")).el("state", r.get("state")).close();
    }
    return x.close().el("additionalRoutesAvailable", "false").done();
  }

  String associations(Query q) {
    Res rt = table(q);
    Ec2Reads.page(q);
    var filters = q.filters(Set.of("resource-id", "resource-type", "transit-gateway-attachment-id"));
    Xml x = new Xml(q.action()).open("associations");
    for (Res a : state.all("transit-gateway-attachment",
        a -> rt.id.equals(a.attr(ASSOC)) || rt.id.equals(a.attr("peer-" + ASSOC)))) {
      if (!Query.matches(filters, Map.of(), n -> ref(a, q).get(n))) continue;
      attachmentRef(x.open("item"), a, q).el("state", "associated").close();
    }
    return x.close().done();
  }

  String propagations(Query q) {
    Res rt = table(q);
    Ec2Reads.page(q);
    var filters = q.filters(Set.of("resource-id", "resource-type", "transit-gateway-attachment-id", "state"));
    Xml x = new Xml(q.action()).open("transitGatewayRouteTablePropagations");
    for (String id : rt.ids) {
      Res a = state.byId.get(id);
      if (a == null) continue;
      Map<String, List<String>> v = new LinkedHashMap<>(ref(a, q));
      v.put("state", List.of("enabled"));
      if (!Query.matches(filters, Map.of(), v::get)) continue;
      attachmentRef(x.open("item"), a, q).el("state", "enabled").close();
    }
    return x.close().done();
  }

  private static Map<String, List<String>> ref(Res a, Query q) {
    return Map.of("resource-id", List.of(resourceId(a, q.account(), q.region())),
        "resource-type", List.of(a.attr("resource-type")), "transit-gateway-attachment-id", List.of(a.id));
  }

  private static Xml attachmentRef(Xml x, Res a, Query q) {
    return x.el("transitGatewayAttachmentId", a.id).el("resourceId", resourceId(a, q.account(), q.region()))
        .el("resourceType", a.attr("resource-type"));
  }

  /** A VPC attachment's VPC; a peering's TGW on the other side from the caller. */
  static String resourceId(Res a, String account, String region) {
    if (!"peering".equals(a.attr("resource-type"))) return a.attr("resource-id");
    return Render.isAccepter(a, account, region) ? a.attr("transit-gateway-id") : a.attr("peer-transit-gateway-id");
  }
}
