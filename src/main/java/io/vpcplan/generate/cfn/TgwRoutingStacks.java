package io.vpcplan.generate.cfn;

import static io.vpcplan.generate.cfn.Template.props;
import static io.vpcplan.generate.cfn.Template.ref;

import io.vpcplan.generate.Names;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The TGW account's stacks after the VPCs exist: inter-region peering attachments (created by
 * the gateway whose id sorts first, accepted by hand in the peer region), then per gateway the
 * associations, propagations and static routes (blackholes included) of its route tables.
 */
final class TgwRoutingStacks {
  private TgwRoutingStacks() {}

  static String attParam(String attachmentId) {
    return Names.logicalId(attachmentId) + "Id";
  }

  static List<Stack> peering(Ctx ctx) {
    List<Stack> out = new ArrayList<>();
    Map<String, Template> byStack = new java.util.TreeMap<>();
    Map<String, TransitGateway> owner = new HashMap<>();
    for (TransitGateway g : sorted(ctx)) {
      for (TgwAttachment a : g.attachments()) {
        TransitGateway peer = ctx.tgwsById.get(a.resourceId());
        if (a.type() != AttachmentType.PEERING || peer == null || g.id().compareTo(peer.id()) > 0) continue;
        String stack = ctx.stackName(g.account(), g.region(), Stack.Stage.TGW_PEERING.kind);
        Template t = byStack.computeIfAbsent(stack, k -> new Template("vpcplan " + ctx.options.planName()
            + ": TGW peering attachments requested by " + g.id()));
        owner.putIfAbsent(stack, g);
        String own = VpcStacks.tgwParam(ctx, g.id());
        String other = VpcStacks.tgwParam(ctx, peer.id());
        if (!t.hasParameter(own)) t.input(own, "this region's transit gateway", transit(ctx, g), TransitStacks.tgwLogical(g) + "Id");
        if (!t.hasParameter(other)) t.input(other, "the peer region's transit gateway", transit(ctx, peer), TransitStacks.tgwLogical(peer) + "Id");
        String id = Names.logicalId(a.id());
        t.resource(id, "AWS::EC2::TransitGatewayPeeringAttachment", props("TransitGatewayId", ref(own),
            "PeerTransitGatewayId", ref(other), "PeerAccountId", ctx.accountId(peer.account()), "PeerRegion", peer.region(),
            "Tags", ctx.tags(a.id(), g.region() + "--" + peer.region(), ctx.accountTags(g.account()))));
        t.output(id + "Id", "TGW peering attachment " + a.id(), ref(id));
        t.note(a.id() + " must be accepted in " + peer.region() + " (aws ec2 accept-transit-gateway-peering-attachment"
            + " --region " + peer.region() + ") before the tgw-routing stacks");
      }
    }
    byStack.forEach((name, t) -> {
      TransitGateway g = owner.get(name);
      out.add(new Stack(Stack.Stage.TGW_PEERING, name, Ctx.path(ctx.accountFolder(g.account()), g.region(),
          Stack.Stage.TGW_PEERING.kind), g.account(), g.region(), t));
    });
    return out;
  }

  static List<Stack> routing(Ctx ctx) {
    List<Stack> out = new ArrayList<>();
    for (TransitGateway g : sorted(ctx)) {
      if (g.routeTables().isEmpty()) continue;
      String kind = routingKind(ctx, g);
      out.add(Stack.lazy(Stack.Stage.TGW_ROUTING, ctx.stackName(g.account(), g.region(), kind),
          Ctx.path(ctx.accountFolder(g.account()), g.region(), kind), g.account(), g.region(), () -> routingTemplate(ctx, g)));
    }
    return out;
  }

  private static Template routingTemplate(Ctx ctx, TransitGateway g) {
    Template t = new Template("vpcplan " + ctx.options.planName() + ": associations, propagations and static routes of "
        + g.id());
    Map<String, TgwAttachment> atts = new HashMap<>();
    for (TransitGateway any : ctx.network.transitGateways()) for (TgwAttachment a : any.attachments()) atts.putIfAbsent(a.id(), a);
    for (TgwRouteTable rt : g.routeTables()) {
      String rid = TransitStacks.tableLogical(rt);
      t.input(rid + "Id", "TGW route table " + rt.id(), transit(ctx, g), rid + "Id");
      for (String a : rt.associations()) {
        t.resource(rid + "Association" + Names.logicalId(a), "AWS::EC2::TransitGatewayRouteTableAssociation",
            props("TransitGatewayAttachmentId", ref(attachment(ctx, t, atts.get(a), a)), "TransitGatewayRouteTableId", ref(rid + "Id")));
      }
      for (String a : rt.propagations()) {
        TgwAttachment att = atts.get(a);
        if (att != null && att.type() == AttachmentType.PEERING) {
          t.note("propagation of " + a + " into " + rt.id() + ": AWS does not propagate peering attachments; use static routes");
          continue;
        }
        t.resource(rid + "Propagation" + Names.logicalId(a), "AWS::EC2::TransitGatewayRouteTablePropagation",
            props("TransitGatewayAttachmentId", ref(attachment(ctx, t, att, a)), "TransitGatewayRouteTableId", ref(rid + "Id")));
      }
      for (TgwRoute r : rt.routes()) {
        Map<String, Object> p = props("TransitGatewayRouteTableId", ref(rid + "Id"), "DestinationCidrBlock", r.destination().toString());
        if (r.blackhole()) p.put("Blackhole", true);
        else p.put("TransitGatewayAttachmentId", ref(attachment(ctx, t, atts.get(r.attachmentId()), r.attachmentId())));
        t.resource(rid + "To" + Ctx.cidrWord(r.destination().toString()), "AWS::EC2::TransitGatewayRoute", p);
      }
    }
    return t;
  }

  /** Declares (once) the parameter carrying an attachment's id, naming the stack whose output gives it. */
  private static String attachment(Ctx ctx, Template t, TgwAttachment a, String id) {
    String param = attParam(id);
    if (t.hasParameter(param)) return param;
    Vpc v = ctx.vpcByAttachment.get(id);
    if (a != null && a.type() == AttachmentType.VPC && v != null && v.origin() != io.vpcplan.model.Origin.EXISTING) {
      t.input(param, "VPC attachment of " + v.displayName(), ctx.stackName(v.account(), v.region(), Stack.Stage.VPCS.kind),
          Ctx.vpcPrefix(v) + "TgwAttachmentId");
    } else if (a != null && a.type() == AttachmentType.PEERING) {
      TransitGateway req = requester(ctx, a);
      t.input(param, "TGW peering attachment " + id, ctx.stackName(req.account(), req.region(), Stack.Stage.TGW_PEERING.kind),
          Names.logicalId(id) + "Id");
    } else if (!HybridCfn.attachmentInput(ctx, t, param, a)) {
      t.input(param, "attachment " + id + " (not created by vpcplan)", "", "id of attachment " + id);
    }
    return param;
  }

  /** "tgw-routing", or "tgw-routing-<tgw>" when one account has several gateways in a region. */
  private static String routingKind(Ctx ctx, TransitGateway g) {
    long same = ctx.network.transitGateways().stream()
        .filter(o -> o.account().equals(g.account()) && o.region().equals(g.region())).count();
    return same == 1 ? Stack.Stage.TGW_ROUTING.kind : Stack.Stage.TGW_ROUTING.kind + "-" + Names.snake(g.id()).replace('_', '-');
  }

  private static TransitGateway requester(Ctx ctx, TgwAttachment a) {
    TransitGateway own = ctx.tgwsById.get(a.tgwId());
    TransitGateway peer = ctx.tgwsById.get(a.resourceId());
    return peer != null && peer.id().compareTo(own.id()) < 0 ? peer : own;
  }

  private static String transit(Ctx ctx, TransitGateway g) {
    return ctx.stackName(g.account(), g.region(), Stack.Stage.TRANSIT.kind);
  }

  private static List<TransitGateway> sorted(Ctx ctx) {
    return ctx.network.transitGateways().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
  }
}
