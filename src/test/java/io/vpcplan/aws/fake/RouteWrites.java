package io.vpcplan.aws.fake;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** VPC route tables, their associations and routes; tags on any EC2 resource. */
final class RouteWrites {
  private final State state;
  private final Render render;
  private final Ec2Reads reads;

  RouteWrites(State state, Render render, Ec2Reads reads) {
    this.state = state;
    this.render = render;
    this.reads = reads;
  }

  void register(Map<String, Function<Query, String>> h) {
    h.put("CreateRouteTable", this::createTable);
    h.put("DeleteRouteTable", this::deleteTable);
    h.put("AssociateRouteTable", this::associate);
    h.put("DisassociateRouteTable", this::disassociate);
    h.put("ReplaceRouteTableAssociation", this::replaceAssociation);
    h.put("CreateRoute", this::createRoute);
    h.put("DeleteRoute", this::deleteRoute);
    h.put("CreateTags", this::createTags);
    h.put("DeleteTags", this::deleteTags);
  }

  static boolean isMain(Res table) {
    return table.rows2.stream().anyMatch(a -> !a.containsKey("subnetId"));
  }

  private String createTable(Query q) {
    Res vpc = state.owned("vpc", q.require("VpcId"), q.account(), q.region());
    Map<String, String> tags = q.tagSpec("route-table");
    Res t = state.add("rtb-", "route-table", q.account(), q.region());
    t.set("route-table-id", t.id).set("vpc-id", vpc.id).tags.putAll(tags);
    Xml x = new Xml(q.action()).open("routeTable");
    render.routeTable(x, t);
    return x.close().el("clientToken", q.get("ClientToken")).done();
  }

  private String deleteTable(Query q) {
    Res t = state.owned("route-table", q.require("RouteTableId"), q.account(), q.region());
    if (!t.rows2.isEmpty()) {
      throw ApiError.bad("DependencyViolation", "The routeTable '" + t.id + "' has dependencies and cannot be deleted.");
    }
    state.remove(t);
    return new Xml(q.action()).el("return", "true").done();
  }

  private String associate(Query q) {
    Res t = state.owned("route-table", q.require("RouteTableId"), q.account(), q.region());
    Res s = state.owned("subnet", q.require("SubnetId"), q.account(), q.region());
    if (!s.attr("vpc-id").equals(t.attr("vpc-id"))) {
      throw ApiError.invalid("route table " + t.id + " and subnet " + s.id + " belong to different networks");
    }
    for (Res other : state.all("route-table")) {
      for (Map<String, String> a : other.rows2) {
        if (s.id.equals(a.get("subnetId"))) {
          throw ApiError.bad("Resource.AlreadyAssociated", "the specified association for route table " + other.id
              + " conflicts with an existing association");
        }
      }
    }
    String id = state.nextId("rtbassoc-");
    t.rows2.add(VpcWrites.row("associationId", id, "subnetId", s.id));
    return new Xml(q.action()).el("associationId", id).open("associationState").el("state", "associated").done();
  }

  private String disassociate(Query q) {
    String id = q.require("AssociationId");
    for (Res t : state.all("route-table", r -> r.account.equals(q.account()) && r.region.equals(q.region()))) {
      for (Map<String, String> a : List.copyOf(t.rows2)) {
        if (!id.equals(a.get("associationId"))) continue;
        if (!a.containsKey("subnetId")) throw ApiError.invalid("cannot disassociate the main route table association " + id);
        t.rows2.remove(a);
        return new Xml(q.action()).el("return", "true").done();
      }
    }
    throw ApiError.bad("InvalidAssociationID.NotFound", "The association ID '" + id + "' does not exist");
  }

  /** Moves a subnet's (or the main) association to another table of the same VPC under a new association id. */
  private String replaceAssociation(Query q) {
    String id = q.require("AssociationId");
    Res to = state.owned("route-table", q.require("RouteTableId"), q.account(), q.region());
    for (Res t : state.all("route-table", r -> r.account.equals(q.account()) && r.region.equals(q.region()))) {
      for (Map<String, String> a : List.copyOf(t.rows2)) {
        if (!id.equals(a.get("associationId"))) continue;
        if (!t.attr("vpc-id").equals(to.attr("vpc-id"))) {
          throw ApiError.invalid("route table " + to.id + " and association " + id + " belong to different networks");
        }
        t.rows2.remove(a);
        String moved = state.nextId("rtbassoc-");
        java.util.Map<String, String> row = new java.util.LinkedHashMap<>(a);
        row.put("associationId", moved);
        to.rows2.add(row);
        return new Xml(q.action()).el("newAssociationId", moved).open("associationState").el("state", "associated").done();
      }
    }
    throw ApiError.bad("InvalidAssociationID.NotFound", "The association ID '" + id + "' does not exist");
  }

  private String createRoute(Query q) {
    Res t = state.owned("route-table", q.require("RouteTableId"), q.account(), q.region());
    String dest = q.get("DestinationCidrBlock");
    String dest6 = q.get("DestinationIpv6CidrBlock");
    if (dest == null && dest6 == null) throw ApiError.missing("DestinationCidrBlock");
    String key = dest != null ? "destinationCidrBlock" : "destinationIpv6CidrBlock";
    String cidr = q.cidr(dest != null ? "DestinationCidrBlock" : "DestinationIpv6CidrBlock").toString();
    String gw = q.get("GatewayId");
    String tgw = q.get("TransitGatewayId");
    String pcx = q.get("VpcPeeringConnectionId");
    String nat = q.get("NatGatewayId");
    if (java.util.stream.Stream.of(gw, tgw, pcx, nat).filter(x -> x != null).count() != 1) {
      throw ApiError.bad("InvalidParameterCombination", "name exactly one target: GatewayId, TransitGatewayId,"
          + " VpcPeeringConnectionId or NatGatewayId (this fake supports no other targets)");
    }
    if (nat != null) {
      Res n = state.byId.get(nat);
      if (n == null || !n.type.equals(Nats.NAT) || !n.account.equals(q.account()) || !n.region.equals(q.region())
          || !n.live() || n.state().equals("failed") || !t.attr("vpc-id").equals(n.attr("vpc-id"))) {
        throw ApiError.bad("InvalidNatGatewayID.NotFound", "The natGateway ID '" + nat + "' does not exist in "
            + t.attr("vpc-id"));
      }
    } else if (pcx != null) {
      // a route to a peering not yet active is accepted and is a blackhole until it is (as in EC2)
      Res p = new VpcPeerings(state).visible(pcx, q.account(), q.region());
      String vpc = t.attr("vpc-id");
      if (!p.live() || !(vpc.equals(p.attr("requester-vpc-info.vpc-id")) || vpc.equals(p.attr("accepter-vpc-info.vpc-id")))) {
        throw ApiError.bad("InvalidVpcPeeringConnectionID.NotFound", "The vpcPeeringConnection ID '" + pcx
            + "' does not exist or does not connect " + vpc);
      }
    } else if (gw != null) {
      Res g = state.owned("internet-gateway", gw, q.account(), q.region());
      if (!t.attr("vpc-id").equals(g.attr("attachment.vpc-id"))) {
        throw ApiError.invalid("route table " + t.id + " and network gateway " + gw + " belong to different networks");
      }
    } else {
      Res g = state.get("transit-gateway", tgw);
      boolean attached = !state.all("transit-gateway-attachment", a -> a.live() && tgw.equals(a.attr("transit-gateway-id"))
          && t.attr("vpc-id").equals(a.attr("vpc-id"))).isEmpty();
      if (!reads.tgwVisible(g, q.account(), q.region()) || !attached) {
        throw ApiError.bad("InvalidTransitGatewayID.NotFound", "The transitGateway ID '" + tgw + "' does not exist"
            + " or is not attached to " + t.attr("vpc-id"));
      }
    }
    Res vpc = state.byId.get(t.attr("vpc-id"));
    boolean local = vpc.rows.stream().anyMatch(c -> c.get("cidrBlock").equals(cidr))
        || vpc.rows2.stream().anyMatch(c -> c.get("ipv6CidrBlock").equals(cidr));
    if (local || t.rows.stream().anyMatch(r -> cidr.equals(r.get(key)))) {
      throw ApiError.bad("RouteAlreadyExists", "The route identified by " + cidr + " already exists.");
    }
    t.rows.add(VpcWrites.row(key, cidr, "gatewayId", gw, "transitGatewayId", tgw, "vpcPeeringConnectionId", pcx,
        "natGatewayId", nat));
    return new Xml(q.action()).el("return", "true").done();
  }

  private String deleteRoute(Query q) {
    Res t = state.owned("route-table", q.require("RouteTableId"), q.account(), q.region());
    String dest = q.get("DestinationCidrBlock") != null ? q.get("DestinationCidrBlock") : q.require("DestinationIpv6CidrBlock");
    boolean gone = t.rows.removeIf(r -> dest.equals(r.get("destinationCidrBlock"))
        || dest.equals(r.get("destinationIpv6CidrBlock")));
    if (!gone) throw ApiError.bad("InvalidRoute.NotFound", "no route with destination-cidr-block " + dest + " in " + t.id);
    return new Xml(q.action()).el("return", "true").done();
  }

  private Res taggable(Query q, String id) {
    Res r = state.byId.get(id);
    if (r == null || r.type.equals("resource-share")) throw ApiError.bad("InvalidID", "The ID '" + id + "' is not valid");
    boolean mine = r.account.equals(q.account()) && r.region.equals(q.region());
    if (!mine) throw State.notFound(r.type, id);
    return r;
  }

  private String createTags(Query q) {
    List<String> ids = q.list("ResourceId");
    if (ids.isEmpty()) throw ApiError.missing("ResourceId");
    Map<String, String> tags = q.tags("Tag");
    ids.forEach(id -> taggable(q, id));
    ids.forEach(id -> taggable(q, id).tags.putAll(tags));
    return new Xml(q.action()).el("return", "true").done();
  }

  private String deleteTags(Query q) {
    List<String> ids = q.list("ResourceId");
    if (ids.isEmpty()) throw ApiError.missing("ResourceId");
    ids.forEach(id -> taggable(q, id));
    boolean any = q.get("Tag.1.Key") != null;
    for (String id : ids) {
      Res r = taggable(q, id);
      if (!any) {
        r.tags.clear();
        continue;
      }
      for (int i = 1; q.get("Tag." + i + ".Key") != null; i++) {
        String k = q.get("Tag." + i + ".Key");
        String v = q.get("Tag." + i + ".Value");
        if (v == null || v.equals(r.tags.get(k))) r.tags.remove(k);
      }
    }
    return new Xml(q.action()).el("return", "true").done();
  }
}
