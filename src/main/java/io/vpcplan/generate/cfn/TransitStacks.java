package io.vpcplan.generate.cfn;

import static io.vpcplan.generate.cfn.Template.props;
import static io.vpcplan.generate.cfn.Template.ref;

import io.vpcplan.generate.Names;
import io.vpcplan.model.RamShare;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Network account's transit stack per region: the transit gateway with secure defaults (no
 * default route-table association or propagation, no auto-accept), one route table per segment,
 * and the RAM share of the gateway to the accounts whose VPCs attach (external principals off).
 */
final class TransitStacks {
  private TransitStacks() {}

  static String tgwLogical(TransitGateway tgw) {
    return Names.logicalId(tgw.id());
  }

  static String tableLogical(TgwRouteTable rt) {
    return Names.logicalId(rt.id()) + "RouteTable";
  }

  static List<Stack> of(Ctx ctx) {
    Map<String, List<TransitGateway>> groups = new TreeMap<>();
    for (TransitGateway g : ctx.network.transitGateways()) {
      groups.computeIfAbsent(ctx.accountFolder(g.account()) + "\u0000" + g.region(), k -> new ArrayList<>()).add(g);
    }
    List<Stack> out = new ArrayList<>();
    for (List<TransitGateway> tgws : groups.values()) {
      TransitGateway first = tgws.get(0);
      Template t = new Template("vpcplan " + ctx.options.planName() + ": transit gateway(s) of "
          + ctx.accountFolder(first.account()) + " in " + first.region() + ", their route tables and RAM shares");
      for (TransitGateway g : tgws) write(ctx, t, g);
      out.add(new Stack(Stack.Stage.TRANSIT, ctx.stackName(first.account(), first.region(), Stack.Stage.TRANSIT.kind),
          Ctx.path(ctx.accountFolder(first.account()), first.region(), Stack.Stage.TRANSIT.kind), first.account(),
          first.region(), t));
    }
    return out;
  }

  private static void write(Ctx ctx, Template t, TransitGateway g) {
    String id = tgwLogical(g);
    Map<String, String> tags = ctx.accountTags(g.account());
    if (g.defaultAssociation() || g.defaultPropagation() || g.autoAccept()) {
      t.note(g.id() + " has default association/propagation or auto-accept enabled today; this template disables them"
          + " (every attachment is associated and propagated explicitly in the tgw-routing stack)");
    }
    t.resource(id, "AWS::EC2::TransitGateway", props("AmazonSideAsn", g.asn() > 0 ? g.asn() : null,
        "Description", "vpcplan " + ctx.options.planName() + " " + g.id(),
        "AutoAcceptSharedAttachments", "disable", "DefaultRouteTableAssociation", "disable",
        "DefaultRouteTablePropagation", "disable", "DnsSupport", g.dnsSupport() ? "enable" : "disable",
        "VpnEcmpSupport", g.vpnEcmpSupport() ? "enable" : "disable", "MulticastSupport", "disable",
        "Tags", ctx.tags(g.id(), g.name(), tags)));
    t.output(id + "Id", "transit gateway " + g.id(), ref(id));
    for (TgwRouteTable rt : g.routeTables()) {
      String rid = tableLogical(rt);
      t.resource(rid, "AWS::EC2::TransitGatewayRouteTable", props("TransitGatewayId", ref(id),
          "Tags", ctx.tags(rt.id(), rt.name().isEmpty() ? rt.id() : rt.name(), tags)));
      t.output(rid + "Id", "TGW route table " + rt.id(), ref(rid));
    }
    HybridCfn.vpns(ctx, t, g, tags);
    for (RamShare s : ctx.network.ramShares()) {
      if (!s.resourceIds().contains(g.id())) continue;
      List<String> principals = s.principals().stream().map(ctx::accountId).sorted().toList();
      Map<String, Object> arn = Map.of("Fn::Sub", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:transit-gateway/${"
          + id + "}");
      String share = Names.logicalId(s.name());
      t.resource(share.endsWith("Share") ? share : share + "Share", "AWS::RAM::ResourceShare", props("Name", s.name(),
          "AllowExternalPrincipals", false, "ResourceArns", List.of(arn), "Principals", principals,
          "Tags", ctx.tags("ram/" + s.name(), s.name(), tags)));
    }
  }
}
