package io.vpcplan.generate.cfn;

import io.vpcplan.generate.Names;
import io.vpcplan.model.Origin;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One workload stack per account and region with VPCs: every VPC of that account/region (brownfield ones excepted). */
final class VpcStacks {
  private VpcStacks() {}

  static List<Stack> of(Ctx ctx) {
    Map<String, List<Vpc>> groups = new TreeMap<>();
    for (Vpc v : ctx.network.vpcs()) {
      if (v.origin() == Origin.EXISTING || v.cidrs().isEmpty()) continue;
      groups.computeIfAbsent(ctx.accountFolder(v.account()) + "\u0000" + v.region(), k -> new ArrayList<>()).add(v);
    }
    List<Stack> out = new ArrayList<>();
    for (List<Vpc> vpcs : groups.values()) {
      vpcs.sort((a, b) -> a.id().compareTo(b.id()));
      Vpc first = vpcs.get(0);
      String account = first.account();
      String region = first.region();
      String name = ctx.stackName(account, region, Stack.Stage.VPCS.kind);
      // built when printed: at 10,000 VPCs all the templates at once are hundreds of MB of maps
      out.add(Stack.lazy(Stack.Stage.VPCS, name, Ctx.path(ctx.accountFolder(account), region, Stack.Stage.VPCS.kind),
          account, region, () -> template(ctx, vpcs, account, region)));
    }
    return out;
  }

  private static Template template(Ctx ctx, List<Vpc> vpcs, String account, String region) {
    Template t = new Template("vpcplan " + ctx.options.planName() + ": VPCs of account " + ctx.accountFolder(account)
        + " in " + region + " (" + String.join(", ", vpcs.stream().map(Vpc::name).toList()) + ")");
    for (Vpc v : vpcs) {
      TgwAttachment a = ctx.attachmentByVpc.get(v.id());
      if (a != null) declareTgw(ctx, t, a.tgwId());
    }
    for (Vpc v : vpcs) new VpcWriter(ctx, t, v).write();
    PeeringStacks.accepterRole(ctx, t, account, region);
    return t;
  }

  /** The parameter a VPC stack takes a transit gateway's id through. */
  static String tgwParam(Ctx ctx, String tgwId) {
    return Names.logicalId(tgwId) + "Id";
  }

  private static void declareTgw(Ctx ctx, Template t, String tgwId) {
    TransitGateway tgw = ctx.tgwsById.get(tgwId);
    String param = tgwParam(ctx, tgwId);
    if (t.hasParameter(param)) return;
    t.input(param, "Transit gateway " + tgw.id() + " (shared by the Network account through RAM)",
        ctx.stackName(tgw.account(), tgw.region(), Stack.Stage.TRANSIT.kind), TransitStacks.tgwLogical(tgw) + "Id");
  }
}
