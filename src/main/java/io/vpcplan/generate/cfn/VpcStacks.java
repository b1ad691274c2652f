package io.vpcplan.generate.cfn;

import io.vpcplan.generate.Names;
import io.vpcplan.model.Origin;
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
      Template t = new Template("vpcplan " + ctx.options.planName() + ": VPCs of account " + ctx.accountFolder(account)
          + " in " + region + " (" + String.join(", ", vpcs.stream().map(Vpc::name).toList()) + ")");
      for (Vpc v : vpcs) {
        ctx.attachmentByVpc.computeIfPresent(v.id(), (k, a) -> {
          declareTgw(ctx, t, a.tgwId());
          return a;
        });
      }
      for (Vpc v : vpcs) new VpcWriter(ctx, t, v).write();
      PeeringStacks.accepterRole(ctx, t, account, region);
      String name = ctx.stackName(account, region, Stack.Stage.VPCS.kind);
      out.add(new Stack(Stack.Stage.VPCS, name, Ctx.path(ctx.accountFolder(account), region, Stack.Stage.VPCS.kind),
          account, region, t));
    }
    return out;
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
