package io.vpcplan.generate.cfn;

import static io.vpcplan.generate.cfn.Template.props;
import static io.vpcplan.generate.cfn.Template.ref;

import io.vpcplan.generate.Names;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpcGateways;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * VPC peerings of mesh designs: the connection and the requester's routes in the requester's
 * account/region ("peerings"), the accepter's routes in the accepter's ("peering-routes"). A
 * cross-account peering is accepted through the role {@value #ROLE} of the accepter's VPC stack.
 */
final class PeeringStacks {
  static final String ROLE = "PeeringAccepterRole";

  private PeeringStacks() {}

  static String pcx(Peering p) {
    return Names.logicalId(p.id());
  }

  static boolean crossAccount(Ctx ctx, Peering p) {
    return !ctx.accountId(p.requesterAccount()).equals(ctx.accountId(p.accepterAccount()));
  }

  static List<Stack> of(Ctx ctx) {
    Map<String, Stack> out = new TreeMap<>();
    for (Peering raw : ctx.network.peerings().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList()) {
      Peering p = created(ctx, ctx.network.resolved(raw));
      Vpc req = ctx.vpcsById.get(p.requesterVpcId());
      Vpc acc = ctx.vpcsById.get(p.accepterVpcId());
      if (req == null || acc == null || req.origin() == Origin.EXISTING) continue;
      Template rt = stack(ctx, out, Stack.Stage.PEERINGS, req).template();
      String id = pcx(p);
      rt.input(Ctx.vpcPrefix(req) + "VpcId", "VPC " + req.displayName(), vpcs(ctx, req), Ctx.vpcPrefix(req) + "VpcId");
      String peerVpc = "Peer" + Names.logicalId(acc.id()) + "VpcId";
      if (acc.origin() == Origin.EXISTING) rt.input(peerVpc, "existing VPC " + acc.displayName(), "", "its vpc id");
      else rt.input(peerVpc, "VPC " + acc.displayName(), vpcs(ctx, acc), Ctx.vpcPrefix(acc) + "VpcId");
      boolean cross = crossAccount(ctx, p);
      String role = "Peer" + Names.logicalId(acc.account()) + "RoleArn";
      if (cross && !rt.hasParameter(role)) {
        if (acc.origin() == Origin.EXISTING) rt.input(role, "role in " + acc.account() + " that may accept peerings", "", "its ARN");
        else rt.input(role, "role in " + acc.account() + " that accepts peerings", vpcs(ctx, acc), ROLE + "Arn");
      }
      rt.resource(id, "AWS::EC2::VPCPeeringConnection", props("VpcId", ref(Ctx.vpcPrefix(req) + "VpcId"),
          "PeerVpcId", ref(peerVpc), "PeerOwnerId", cross ? ctx.accountId(acc.account()) : null,
          "PeerRegion", req.region().equals(acc.region()) ? null : acc.region(), "PeerRoleArn", cross ? ref(role) : null,
          "Tags", ctx.tags(p.id(), req.name() + "--" + acc.name(), req.effectiveTags(ctx.network))));
      rt.output(id + "Id", "peering " + p.id(), ref(id));
      routes(ctx, rt, req, p, ref(id));
      if (acc.origin() == Origin.EXISTING) {
        rt.note(p.id() + ": the accepter side " + acc.displayName() + " exists already; add its routes there by hand");
        continue;
      }
      Template at = stack(ctx, out, Stack.Stage.PEERING_ROUTES, acc).template();
      at.input(id + "Id", "peering " + p.id(), ctx.stackName(req.account(), req.region(), Stack.Stage.PEERINGS.kind), id + "Id");
      routes(ctx, at, acc, p, ref(id + "Id"));
    }
    return new ArrayList<>(out.values());
  }

  /** An existing VPC cannot request from these stacks: the side they create requests instead (routing is the same). */
  private static Peering created(Ctx ctx, Peering p) {
    Vpc req = ctx.vpcsById.get(p.requesterVpcId());
    Vpc acc = ctx.vpcsById.get(p.accepterVpcId());
    if (req == null || acc == null || req.origin() != Origin.EXISTING || acc.origin() == Origin.EXISTING) return p;
    return new Peering(p.id(), p.accepterVpcId(), p.requesterVpcId(), p.location(), p.accepterAccount(), p.accepterRegion(),
        p.requesterAccount(), p.requesterRegion());
  }

  private static Stack stack(Ctx ctx, Map<String, Stack> out, Stack.Stage stage, Vpc v) {
    String name = ctx.stackName(v.account(), v.region(), stage.kind);
    return out.computeIfAbsent(name, k -> new Stack(stage, name, Ctx.path(ctx.accountFolder(v.account()), v.region(),
        stage.kind), v.account(), v.region(), new Template("vpcplan " + ctx.options.planName() + ": " + stage.what
        + " for account " + ctx.accountFolder(v.account()) + " in " + v.region())));
  }

  private static void routes(Ctx ctx, Template t, Vpc v, Peering p, Object pcx) {
    for (RouteTable table : VpcGateways.of(v, ctx.network.natGateways()).routeTables()) {
      String tid = RouteWriter.tableId(v, table);
      for (Route r : table.routes()) {
        if (r.targetType() != RouteTarget.PEERING || !r.target().equals(p.id())) continue;
        if (!t.hasParameter(tid + "Id")) t.input(tid + "Id", "route table " + table.id(), vpcs(ctx, v), tid + "Id");
        t.resource(tid + "To" + Ctx.cidrWord(r.destination().toString()), "AWS::EC2::Route", props("RouteTableId",
            ref(tid + "Id"), r.destination().isV4() ? "DestinationCidrBlock" : "DestinationIpv6CidrBlock",
            r.destination().toString(), "VpcPeeringConnectionId", pcx));
      }
    }
  }

  private static String vpcs(Ctx ctx, Vpc v) {
    return ctx.stackName(v.account(), v.region(), Stack.Stage.VPCS.kind);
  }

  /** The role an accepter's VPC stack creates when some cross-account peering ends in its account/region. */
  static void accepterRole(Ctx ctx, Template t, String account, String region) {
    List<String> requesters = new ArrayList<>();
    for (Peering raw : ctx.network.peerings()) {
      Peering p = ctx.network.resolved(raw);
      Vpc req = ctx.vpcsById.get(p.requesterVpcId());
      if (req == null || !p.accepterAccount().equals(account) || !p.accepterRegion().equals(region) || !crossAccount(ctx, p)) continue;
      String arn = "arn:${AWS::Partition}:iam::" + ctx.accountId(req.account()) + ":root";
      if (!requesters.contains(arn)) requesters.add(arn);
    }
    if (requesters.isEmpty()) return;
    requesters.sort(null);
    List<Object> principals = requesters.stream().map(a -> (Object) Map.of("Fn::Sub", a)).toList();
    Map<String, Object> trust = props("Version", "2012-10-17", "Statement", List.of(props("Effect", "Allow",
        "Principal", Map.of("AWS", principals), "Action", "sts:AssumeRole")));
    Map<String, Object> policy = props("PolicyName", "accept-vpc-peering", "PolicyDocument", props("Version", "2012-10-17",
        "Statement", List.of(props("Effect", "Allow", "Action", "ec2:AcceptVpcPeeringConnection",
            "Resource", Map.of("Fn::Sub", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:vpc-peering-connection/*")))));
    t.resource(ROLE, "AWS::IAM::Role", props("Description", "lets the requester accounts of planned VPC peerings accept them here",
        "AssumeRolePolicyDocument", trust, "Policies", List.of(policy), "Tags", ctx.tags("role/peering-accepter/" + account
            + "/" + region, "vpcplan-peering-accepter", ctx.accountTags(account))));
    t.output(ROLE + "Arn", "role the peering requesters assume to accept", Map.of("Fn::GetAtt", List.of(ROLE, "Arn")));
  }
}
