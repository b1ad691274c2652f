package io.vpcplan.aws.fake;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Transit gateways, their route tables and VPC attachments. Peerings are in {@link TgwPeering}. */
final class TgwWrites {
  private final State state;
  private final Render render;
  private final Ec2Reads reads;

  TgwWrites(State state, Render render, Ec2Reads reads) {
    this.state = state;
    this.render = render;
    this.reads = reads;
  }

  void register(Map<String, Function<Query, String>> h) {
    h.put("CreateTransitGateway", this::createTgw);
    h.put("DeleteTransitGateway", this::deleteTgw);
    h.put("CreateTransitGatewayRouteTable", this::createTable);
    h.put("DeleteTransitGatewayRouteTable", this::deleteTable);
    h.put("CreateTransitGatewayVpcAttachment", this::createAttachment);
    h.put("AcceptTransitGatewayVpcAttachment", this::acceptAttachment);
    h.put("DeleteTransitGatewayVpcAttachment", this::deleteAttachment);
    new TgwRouting(state).register(h);
  }

  private String createTgw(Query q) {
    Map<String, String> tags = q.tagSpec("transit-gateway");
    Res t = state.add("tgw-", "transit-gateway", q.account(), q.region());
    t.set("transit-gateway-id", t.id).set("owner-id", q.account()).set("description", q.get("Description"))
        .set("transit-gateway-arn", "arn:aws:ec2:" + q.region() + ":" + q.account() + ":transit-gateway/" + t.id)
        .set("options.amazon-side-asn", q.or("Options.AmazonSideAsn", "64512"))
        .set("options.auto-accept-shared-attachments", q.or("Options.AutoAcceptSharedAttachments", "disable"))
        .set("options.default-route-table-association", q.or("Options.DefaultRouteTableAssociation", "enable"))
        .set("options.default-route-table-propagation", q.or("Options.DefaultRouteTablePropagation", "enable"))
        .set("options.vpn-ecmp-support", q.or("Options.VpnEcmpSupport", "enable"))
        .set("options.dns-support", q.or("Options.DnsSupport", "enable"))
        .set("options.security-group-referencing-support", q.or("Options.SecurityGroupReferencingSupport", "disable"))
        .set("options.multicast-support", q.or("Options.MulticastSupport", "disable"));
    t.tags.putAll(tags);
    boolean assoc = t.attr("options.default-route-table-association").equals("enable");
    boolean prop = t.attr("options.default-route-table-propagation").equals("enable");
    if (assoc || prop) {
      // AWS makes the default route table itself, untagged.
      Res rt = newTable(t);
      rt.set("default-association-route-table", String.valueOf(assoc))
          .set("default-propagation-route-table", String.valueOf(prop));
      if (assoc) t.set("options.association-default-route-table-id", rt.id);
      if (prop) t.set("options.propagation-default-route-table-id", rt.id);
    }
    t.lifecycle("pending", "available", state.pendingDescribes, null);
    Xml x = new Xml(q.action()).open("transitGateway");
    render.tgw(x, t);
    return x.done();
  }

  private Res newTable(Res tgw) {
    Res rt = state.add("tgw-rtb-", "transit-gateway-route-table", tgw.account, tgw.region);
    rt.set("transit-gateway-route-table-id", rt.id).set("transit-gateway-id", tgw.id).set("state", "available")
        .set("default-association-route-table", "false").set("default-propagation-route-table", "false");
    return rt;
  }

  private Res available(Query q, String tgwId) {
    Res t = state.owned("transit-gateway", tgwId, q.account(), q.region());
    if (!t.state().equals("available")) {
      throw ApiError.bad("IncorrectState", "tgw " + t.id + " is in invalid state " + t.state());
    }
    return t;
  }

  private String deleteTgw(Query q) {
    Res t = state.owned("transit-gateway", q.require("TransitGatewayId"), q.account(), q.region());
    boolean attached = !state.all("transit-gateway-attachment", a -> a.live() && (t.id.equals(a.attr("transit-gateway-id"))
        || t.id.equals(a.attr("peer-transit-gateway-id")))).isEmpty();
    if (attached) throw ApiError.bad("IncorrectState", "tgw " + t.id + " has non-deleted attachments");
    state.all("transit-gateway-route-table", r -> t.id.equals(r.attr("transit-gateway-id")))
        .forEach(r -> r.set("state", "deleted"));
    t.set("state", "deleted");
    Xml x = new Xml(q.action()).open("transitGateway");
    render.tgw(x, t);
    return x.done();
  }

  private String createTable(Query q) {
    Res t = available(q, q.require("TransitGatewayId"));
    Map<String, String> tags = q.tagSpec("transit-gateway-route-table");
    Res rt = newTable(t);
    rt.tags.putAll(tags);
    Xml x = new Xml(q.action()).open("transitGatewayRouteTable");
    render.tgwRouteTable(x, rt);
    return x.done();
  }

  private String deleteTable(Query q) {
    Res rt = state.owned("transit-gateway-route-table", q.require("TransitGatewayRouteTableId"), q.account(), q.region());
    boolean associated = !state.all("transit-gateway-attachment", a -> rt.id.equals(a.attr(TgwTableReads.ASSOC))
        || rt.id.equals(a.attr("peer-" + TgwTableReads.ASSOC))).isEmpty();
    if (associated) throw ApiError.bad("IncorrectState", "route table " + rt.id + " has associations");
    rt.set("state", "deleted");
    rt.ids.clear();
    rt.rows.clear();
    Xml x = new Xml(q.action()).open("transitGatewayRouteTable");
    render.tgwRouteTable(x, rt);
    return x.done();
  }

  private String createAttachment(Query q) {
    Res vpc = state.owned("vpc", q.require("VpcId"), q.account(), q.region());
    Res tgw = state.get("transit-gateway", q.require("TransitGatewayId"));
    if (!reads.tgwVisible(tgw, q.account(), q.region())) throw State.notFound("transit-gateway", tgw.id);
    if (!tgw.state().equals("available")) {
      throw ApiError.bad("IncorrectState", "tgw " + tgw.id + " is in invalid state " + tgw.state());
    }
    List<String> subnets = q.list("SubnetIds");
    if (subnets.isEmpty()) throw ApiError.missing("SubnetIds");
    java.util.Set<String> zones = new java.util.HashSet<>();
    for (String id : subnets) {
      Res s = state.owned("subnet", id, q.account(), q.region());
      if (!vpc.id.equals(s.attr("vpc-id"))) throw ApiError.invalid("subnet " + id + " is not in " + vpc.id);
      if (!zones.add(s.attr("availability-zone"))) {
        throw ApiError.bad("DuplicateSubnetsInSameZone", "subnets " + subnets + " include two in "
            + s.attr("availability-zone"));
      }
    }
    boolean duplicate = !state.all("transit-gateway-attachment", a -> a.live() && vpc.id.equals(a.attr("vpc-id"))
        && tgw.id.equals(a.attr("transit-gateway-id"))).isEmpty();
    if (duplicate) {
      throw ApiError.bad("DuplicateTransitGatewayAttachment", tgw.id + " already has an attachment to " + vpc.id);
    }
    Map<String, String> tags = q.tagSpec("transit-gateway-attachment");
    Res a = state.add("tgw-attach-", "transit-gateway-attachment", q.account(), q.region());
    a.set("transit-gateway-attachment-id", a.id).set("transit-gateway-id", tgw.id).set("transit-gateway-owner-id", tgw.account)
        .set("resource-type", "vpc").set("resource-id", vpc.id).set("resource-owner-id", q.account()).set("vpc-id", vpc.id)
        .set("options.dns-support", q.or("Options.DnsSupport", "enable"))
        .set("options.ipv6-support", q.or("Options.Ipv6Support", "disable"))
        .set("options.appliance-mode-support", q.or("Options.ApplianceModeSupport", "disable"))
        .set("options.security-group-referencing-support", q.or("Options.SecurityGroupReferencingSupport", "enable"));
    a.ids.addAll(subnets);
    a.tags.putAll(tags);
    boolean needsAcceptance = !tgw.account.equals(q.account())
        && tgw.attr("options.auto-accept-shared-attachments").equals("disable");
    a.lifecycle("pending", needsAcceptance ? "pendingAcceptance" : "available", state.pendingDescribes,
        needsAcceptance ? null : () -> defaults(tgw, a));
    Xml x = new Xml(q.action()).open("transitGatewayVpcAttachment");
    render.vpcAttachment(x, a);
    return x.done();
  }

  /** An available attachment joins the TGW's default route tables, where those are on. */
  private void defaults(Res tgw, Res a) {
    String assoc = tgw.attr("options.association-default-route-table-id");
    if (tgw.attr("options.default-route-table-association").equals("enable") && assoc != null) {
      a.set(TgwTableReads.ASSOC, assoc);
    }
    String prop = tgw.attr("options.propagation-default-route-table-id");
    if (tgw.attr("options.default-route-table-propagation").equals("enable") && prop != null) {
      state.byId.get(prop).ids.add(a.id);
    }
  }

  private String acceptAttachment(Query q) {
    Res a = state.get("transit-gateway-attachment", q.require("TransitGatewayAttachmentId"));
    if (!q.account().equals(a.attr("transit-gateway-owner-id")) || !a.region.equals(q.region())
        || !"vpc".equals(a.attr("resource-type"))) {
      throw State.notFound("transit-gateway-attachment", a.id);
    }
    if (!a.state().equals("pendingAcceptance")) {
      throw ApiError.bad("IncorrectState", "attachment " + a.id + " is in invalid state " + a.state());
    }
    Res tgw = state.byId.get(a.attr("transit-gateway-id"));
    a.lifecycle("pending", "available", state.pendingDescribes, () -> defaults(tgw, a));
    Xml x = new Xml(q.action()).open("transitGatewayVpcAttachment");
    render.vpcAttachment(x, a);
    return x.done();
  }

  private String deleteAttachment(Query q) {
    Res a = state.get("transit-gateway-attachment", q.require("TransitGatewayAttachmentId"));
    boolean mayDelete = a.region.equals(q.region())
        && (a.account.equals(q.account()) || q.account().equals(a.attr("transit-gateway-owner-id")));
    if (!mayDelete || !"vpc".equals(a.attr("resource-type"))) throw State.notFound(a.type, a.id);
    if (!a.live()) throw ApiError.bad("IncorrectState", "attachment " + a.id + " is in invalid state " + a.state());
    TgwRouting.detach(state, a);
    a.set("state", "deleted");
    Xml x = new Xml(q.action()).open("transitGatewayVpcAttachment");
    render.vpcAttachment(x, a);
    return x.done();
  }
}
