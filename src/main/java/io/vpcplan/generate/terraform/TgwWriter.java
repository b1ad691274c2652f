package io.vpcplan.generate.terraform;

import io.vpcplan.generate.Names;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A transit gateway in its owner's module: default association, propagation and auto-accept off;
 * one route table per segment; accepters for attachments from other accounts; associations,
 * propagations and static routes (blackholes included); peering with the TGWs of other regions.
 */
final class TgwWriter {
  private TgwWriter() {}

  static Res tgwRes(TransitGateway t) {
    return new Res("aws_ec2_transit_gateway", Names.snake(t.id()), Set.of());
  }

  static Res vpcAccepterRes(TgwAttachment a, Ref input) {
    return new Res("aws_ec2_transit_gateway_vpc_attachment_accepter", Names.snake(a.id()), input.gates());
  }

  static Res peeringRes(TgwAttachment a) {
    return new Res("aws_ec2_transit_gateway_peering_attachment", Names.snake(a.id()), Set.of());
  }

  static Res peeringAccepterRes(TgwAttachment a) {
    return new Res("aws_ec2_transit_gateway_peering_attachment_accepter", Names.snake(a.id()), Set.of());
  }

  static String file(TransitGateway t) {
    return "transit_gateway_" + Names.snake(t.region()) + ".tf";
  }

  static void write(Context ctx, TransitGateway t) {
    Module m = ctx.module(t.account());
    String file = file(t);
    Res tgw = tgwRes(t);
    Hcl.Builder b = m.resource(tgw, t.region()).str("description", t.name().isEmpty() ? t.id() : t.name());
    if (t.asn() > 0) b.raw("amazon_side_asn", Long.toString(t.asn()));
    b.str("auto_accept_shared_attachments", "disable").str("default_route_table_association", "disable")
        .str("default_route_table_propagation", "disable").str("dns_support", "enable").str("vpn_ecmp_support", "enable");
    m.add(file, b.tags(Tags.of(m.planName, t.id(), t.name().isEmpty() ? t.id() : t.name())).build());
    m.output("transit_gateway_id_" + Names.snake(t.id()), "transit gateway " + t.id() + " (" + t.region() + ")",
        tgw.outputValue("id"));
    m.creates.add("transit gateway " + t.id() + " (" + t.region() + ", ASN " + t.asn() + ")");
    if (t.defaultAssociation() || t.defaultPropagation() || t.autoAccept()) {
      m.manual.add("transit gateway " + t.id() + " had default association/propagation or auto-accept on; generated off");
    }
    for (TgwAttachment a : t.attachments()) attachment(ctx, m, t, a, file);
    Map<String, Hcl.Expr> tables = new LinkedHashMap<>();
    for (TgwRouteTable rt : t.routeTables()) {
      Res r = new Res("aws_ec2_transit_gateway_route_table", Names.snake(rt.id()), Set.of());
      m.add(file, m.resource(r, t.region()).raw("transit_gateway_id", tgw.ref("id").expr())
          .tags(Tags.of(m.planName, rt.id(), (t.name().isEmpty() ? t.id() : t.name()) + "-" + rt.name())).build());
      tables.put(rt.name().isEmpty() ? rt.id() : rt.name(), Hcl.raw(r.outputValue("id")));
      for (String id : rt.associations()) link(ctx, m, t, rt, r, id, "aws_ec2_transit_gateway_route_table_association", file);
      for (String id : rt.propagations()) link(ctx, m, t, rt, r, id, "aws_ec2_transit_gateway_route_table_propagation", file);
      for (TgwRoute route : rt.routes()) route(ctx, m, t, rt, r, route, file);
    }
    if (!tables.isEmpty()) {
      m.output("transit_gateway_route_table_ids_" + Names.snake(t.id()), "route tables of " + t.id() + " by name",
          new Hcl.MapOf(tables));
    }
  }

  private static void attachment(Context ctx, Module m, TransitGateway t, TgwAttachment a, String file) {
    if (a.type() == AttachmentType.PEERING) {
      Optional<TransitGateway> peer = ctx.tgw(a.resourceId());
      if (peer.isEmpty() || !peer.get().account().equals(t.account())) {
        m.manual.add("peering attachment " + a.id() + " to " + a.resourceId() + ": the peer is not in this account; "
            + "create and accept it by hand, then set tgw_attachment_id_" + Names.snake(a.id()));
        return;
      }
      if (t.id().compareTo(peer.get().id()) > 0) return; // the other side writes the pair
      Res req = peeringRes(a);
      m.add(file, m.resource(req, t.region()).raw("transit_gateway_id", tgwRes(t).ref("id").expr())
          .raw("peer_transit_gateway_id", tgwRes(peer.get()).ref("id").expr())
          .str("peer_region", peer.get().region())
          .tags(Tags.of(m.planName, a.id(), t.region() + "-" + peer.get().region())).build());
      m.add(TgwWriter.file(peer.get()), m.resource(peeringAccepterRes(a), peer.get().region())
          .raw("transit_gateway_attachment_id", req.ref("id").expr())
          .tags(Tags.of(m.planName, a.id(), peer.get().region() + "-" + t.region())).build());
      m.creates.add("peering of transit gateways " + t.id() + " and " + peer.get().id());
      return;
    }
    Optional<Vpc> v = a.type() == AttachmentType.VPC ? ctx.vpc(a.resourceId()) : Optional.empty();
    if (v.isEmpty() || !Context.created(v.get()) || v.get().account().equals(t.account())) return;
    Ref in = ctx.attachmentInput(m, a, v.get().account());
    m.add(file, m.resource(vpcAccepterRes(a, in), t.region()).raw("transit_gateway_attachment_id", in.expr()).blank()
        .raw("transit_gateway_default_route_table_association", "false")
        .raw("transit_gateway_default_route_table_propagation", "false")
        .tags(Tags.of(m.planName, a.id(), v.get().account() + "-" + VpcWriter.label(v.get()))).build());
    m.creates.add("acceptance of the attachment of " + v.get().displayName());
  }

  private static Ref attachmentRef(Context ctx, Module m, TransitGateway t, String id) {
    Optional<TgwAttachment> a = ctx.attachment(t, id);
    if (a.isPresent()) return ctx.attachmentId(m, t, a.get());
    return m.input("tgw_attachment_id_" + Names.snake(id), "transit gateway attachment " + id,
        Context.known(id, "tgw-attach-"), null);
  }

  private static void link(Context ctx, Module m, TransitGateway t, TgwRouteTable rt, Res table, String attId,
      String type, String file) {
    Ref att = attachmentRef(ctx, m, t, attId);
    Res r = new Res(type, Names.snake(rt.id() + "/" + attId), att.gates());
    m.add(file, m.resource(r, t.region()).raw("transit_gateway_attachment_id", att.expr())
        .raw("transit_gateway_route_table_id", table.ref("id").expr()).build());
  }

  private static void route(Context ctx, Module m, TransitGateway t, TgwRouteTable rt, Res table, TgwRoute route,
      String file) {
    String dest = route.destination().length() == 0 ? "default" : route.destination().toString();
    Ref att = route.blackhole() ? null : attachmentRef(ctx, m, t, route.attachmentId());
    Res r = new Res("aws_ec2_transit_gateway_route", Names.snake(rt.id() + "/" + dest), Ref.union(att));
    Hcl.Builder b = m.resource(r, t.region()).str("destination_cidr_block", route.destination().toString());
    if (att == null) b.raw("blackhole", "true");
    else b.raw("transit_gateway_attachment_id", att.expr());
    m.add(file, b.raw("transit_gateway_route_table_id", table.ref("id").expr()).build());
  }
}
