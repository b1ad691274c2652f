package io.vpcplan.aws.fake;

import java.util.Map;
import java.util.function.Function;

/** Associations, propagations and static routes of TGW route tables. */
final class TgwRouting {
  private final State state;

  TgwRouting(State state) {
    this.state = state;
  }

  void register(Map<String, Function<Query, String>> h) {
    h.put("AssociateTransitGatewayRouteTable", this::associate);
    h.put("DisassociateTransitGatewayRouteTable", this::disassociate);
    h.put("EnableTransitGatewayRouteTablePropagation", this::enable);
    h.put("DisableTransitGatewayRouteTablePropagation", this::disable);
    h.put("CreateTransitGatewayRoute", this::createRoute);
    h.put("DeleteTransitGatewayRoute", this::deleteRoute);
  }

  /** Forgets a deleted attachment's association and propagations (its static routes go blackhole). */
  static void detach(State state, Res a) {
    a.set(TgwTableReads.ASSOC, null).set("peer-" + TgwTableReads.ASSOC, null);
    state.all("transit-gateway-route-table").forEach(rt -> rt.ids.remove(a.id));
  }

  private Res table(Query q) {
    Res rt = state.owned("transit-gateway-route-table", q.require("TransitGatewayRouteTableId"), q.account(), q.region());
    if (!rt.live()) throw ApiError.bad("IncorrectState", "route table " + rt.id + " is in invalid state " + rt.state());
    return rt;
  }

  /** The attachment, which must be on the table's TGW; returns the key its association lives under. */
  private String side(Res rt, Res a) {
    String tgw = rt.attr("transit-gateway-id");
    if (tgw.equals(a.attr("transit-gateway-id"))) return TgwTableReads.ASSOC;
    if (tgw.equals(a.attr("peer-transit-gateway-id"))) return "peer-" + TgwTableReads.ASSOC;
    throw State.notFound(a.type, a.id);
  }

  private Res attachment(Query q, Res rt, boolean mustBeAvailable) {
    Res a = state.get("transit-gateway-attachment", q.require("TransitGatewayAttachmentId"));
    side(rt, a);
    if (mustBeAvailable && !a.state().equals("available")) {
      throw ApiError.bad("IncorrectState", "attachment " + a.id + " is in invalid state " + a.state());
    }
    return a;
  }

  private Xml ref(Query q, String element, Res rt, Res a, String st) {
    return new Xml(q.action()).open(element).el("transitGatewayRouteTableId", rt.id)
        .el("transitGatewayAttachmentId", a.id).el("resourceId", TgwTableReads.resourceId(a, q.account(), q.region()))
        .el("resourceType", a.attr("resource-type")).el("state", st);
  }

  private String associate(Query q) {
    Res rt = table(q);
    Res a = attachment(q, rt, true);
    String key = side(rt, a);
    if (a.attr(key) != null) {
      throw ApiError.bad("Resource.AlreadyAssociated", "Transit Gateway Attachment " + a.id
          + " is already associated to a route table.");
    }
    a.set(key, rt.id);
    return ref(q, "association", rt, a, "associating").done();
  }

  private String disassociate(Query q) {
    Res rt = table(q);
    Res a = attachment(q, rt, false);
    String key = side(rt, a);
    if (!rt.id.equals(a.attr(key))) {
      throw ApiError.bad("InvalidAssociation.NotFound", "attachment " + a.id + " is not associated with " + rt.id);
    }
    a.set(key, null);
    return ref(q, "association", rt, a, "disassociating").done();
  }

  private String enable(Query q) {
    Res rt = table(q);
    Res a = attachment(q, rt, true);
    if (rt.ids.contains(a.id)) {
      throw ApiError.bad("TransitGatewayRouteTablePropagation.Duplicate", "propagation of " + a.id + " to " + rt.id
          + " already exists");
    }
    rt.ids.add(a.id);
    return ref(q, "propagation", rt, a, "enabling").done();
  }

  private String disable(Query q) {
    Res rt = table(q);
    Res a = attachment(q, rt, false);
    if (!rt.ids.remove(a.id)) {
      throw ApiError.bad("TransitGatewayRouteTablePropagation.NotFound", "no propagation of " + a.id + " to " + rt.id);
    }
    return ref(q, "propagation", rt, a, "disabling").done();
  }

  private String createRoute(Query q) {
    Res rt = table(q);
    String dest = q.cidr("DestinationCidrBlock").toString();
    boolean blackhole = q.flag("Blackhole");
    String attId = q.get("TransitGatewayAttachmentId");
    if (blackhole == (attId != null)) {
      throw ApiError.bad("InvalidParameterCombination", "name either TransitGatewayAttachmentId or Blackhole=true");
    }
    Res a = blackhole ? null : attachment(q, rt, false);
    if (rt.rows.stream().anyMatch(r -> dest.equals(r.get("destinationCidrBlock")))) {
      throw ApiError.bad("RouteAlreadyExists", "Route " + dest + " already exists in Transit Gateway Route Table " + rt.id);
    }
    rt.rows.add(VpcWrites.row("destinationCidrBlock", dest, "attachmentId", a == null ? null : a.id));
    return route(q, dest, a, blackhole ? "blackhole" : "active");
  }

  private String deleteRoute(Query q) {
    Res rt = table(q);
    String dest = q.require("DestinationCidrBlock");
    Map<String, String> found = rt.rows.stream().filter(r -> dest.equals(r.get("destinationCidrBlock"))).findFirst()
        .orElseThrow(() -> ApiError.bad("InvalidRoute.NotFound", "No route with destination-cidr-block " + dest
            + " in Transit Gateway Route Table " + rt.id));
    rt.rows.remove(found);
    Res a = found.containsKey("attachmentId") ? state.byId.get(found.get("attachmentId")) : null;
    return route(q, dest, a, "deleted");
  }

  private String route(Query q, String dest, Res a, String st) {
    Xml x = new Xml(q.action()).open("route").el("destinationCidrBlock", dest).open("transitGatewayAttachments");
    if (a != null) {
      x.open("item").el("resourceId", TgwTableReads.resourceId(a, q.account(), q.region()))
          .el("transitGatewayAttachmentId", a.id).el("resourceType", a.attr("resource-type")).close();
    }
    return x.close().el("type", "static").el("state", st).done();
  }
}
