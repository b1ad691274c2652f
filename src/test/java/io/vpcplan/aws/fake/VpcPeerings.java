package io.vpcplan.aws.fake;

import io.vpcplan.cidr.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * VPC peering connections: one record seen from both sides (the requester's account and region,
 * the accepter's), initiating-request → pending-acceptance (or failed: a missing peer VPC,
 * overlapping CIDRs) → provisioning → active once the accepter accepts. Tags belong to the
 * requester's side, as in EC2, where each side tags on its own.
 */
final class VpcPeerings {
  static final String TYPE = "vpc-peering-connection";
  private static final Set<String> FILTERS = Set.of("vpc-peering-connection-id", "status-code",
      "requester-vpc-info.vpc-id", "requester-vpc-info.owner-id", "accepter-vpc-info.vpc-id",
      "accepter-vpc-info.owner-id");
  private static final Set<String> OPEN = Set.of("initiating-request", "pending-acceptance", "provisioning", "active");
  private final State state;

  VpcPeerings(State state) {
    this.state = state;
  }

  void register(Map<String, Function<Query, String>> h) {
    h.put("CreateVpcPeeringConnection", this::create);
    h.put("AcceptVpcPeeringConnection", this::accept);
    h.put("DeleteVpcPeeringConnection", this::delete);
    h.put("DescribeVpcPeeringConnections", this::describe);
  }

  static boolean requester(Res p, String account, String region) {
    return p.account.equals(account) && p.region.equals(region);
  }

  static boolean accepter(Res p, String account, String region) {
    return account.equals(p.attr("accepter-vpc-info.owner-id")) && region.equals(p.attr("accepter-vpc-info.region"));
  }

  /** The peering as the caller may see it, or InvalidVpcPeeringConnectionID.NotFound. */
  Res visible(String id, String account, String region) {
    Res p = state.get(TYPE, id);
    if (!requester(p, account, region) && !accepter(p, account, region)) throw State.notFound(TYPE, id);
    return p;
  }

  private String create(Query q) {
    Res vpc = state.owned("vpc", q.require("VpcId"), q.account(), q.region());
    String peerVpcId = q.require("PeerVpcId");
    String peerAccount = q.or("PeerOwnerId", q.account());
    String peerRegion = q.or("PeerRegion", q.region());
    boolean open = !state.all(TYPE, p -> OPEN.contains(p.state()) && pair(p, vpc.id, peerVpcId)).isEmpty();
    if (open) {
      throw ApiError.bad("VpcPeeringConnectionAlreadyExists", "A VPC peering connection between " + vpc.id + " and "
          + peerVpcId + " already exists.");
    }
    Map<String, String> tags = q.tagSpec(TYPE);
    Res peer = state.byId.get(peerVpcId);
    String failure = null;
    if (peer == null || !peer.type.equals("vpc") || !peer.account.equals(peerAccount) || !peer.region.equals(peerRegion)) {
      failure = "The VPC " + peerVpcId + " does not exist in " + peerAccount + " " + peerRegion;
    } else if (overlap(vpc, peer)) {
      failure = "Overlapping CIDR range";
    }
    Res p = state.add("pcx-", TYPE, q.account(), q.region());
    p.set("vpc-peering-connection-id", p.id).set("requester-vpc-info.vpc-id", vpc.id)
        .set("requester-vpc-info.owner-id", q.account()).set("requester-vpc-info.cidr-block", vpc.attr("cidr-block"))
        .set("accepter-vpc-info.vpc-id", peerVpcId).set("accepter-vpc-info.owner-id", peerAccount)
        .set("accepter-vpc-info.region", peerRegion)
        .set("accepter-vpc-info.cidr-block", peer == null ? null : peer.attr("cidr-block"));
    p.tags.putAll(tags);
    String next = failure == null ? "pending-acceptance" : "failed";
    p.set("status-message", failure);
    p.lifecycle("initiating-request", next, state.pendingDescribes, null);
    Xml x = new Xml(q.action()).open("vpcPeeringConnection");
    render(x, p, q.account(), q.region());
    return x.done();
  }

  private static boolean pair(Res p, String a, String b) {
    String x = p.attr("requester-vpc-info.vpc-id");
    String y = p.attr("accepter-vpc-info.vpc-id");
    return (x.equals(a) && y.equals(b)) || (x.equals(b) && y.equals(a));
  }

  private static boolean overlap(Res a, Res b) {
    for (Map<String, String> x : a.rows) {
      for (Map<String, String> y : b.rows) {
        Cidr c = Cidr.parse(x.get("cidrBlock"));
        Cidr d = Cidr.parse(y.get("cidrBlock"));
        if (c.contains(d) || d.contains(c)) return true;
      }
    }
    return false;
  }

  private String accept(Query q) {
    Res p = visible(q.require("VpcPeeringConnectionId"), q.account(), q.region());
    if (!accepter(p, q.account(), q.region())) {
      throw ApiError.bad("OperationNotPermitted", "User " + q.account() + " cannot accept peering " + p.id
          + ": only the accepter (" + p.attr("accepter-vpc-info.owner-id") + " in " + p.attr("accepter-vpc-info.region")
          + ") may");
    }
    if (!p.state().equals("pending-acceptance")) {
      throw ApiError.bad("InvalidStateTransition", "The VPC peering connection " + p.id + " is " + p.state()
          + ", not pending-acceptance");
    }
    p.lifecycle("provisioning", "active", state.pendingDescribes, null);
    Xml x = new Xml(q.action()).open("vpcPeeringConnection");
    render(x, p, q.account(), q.region());
    return x.done();
  }

  private String delete(Query q) {
    Res p = visible(q.require("VpcPeeringConnectionId"), q.account(), q.region());
    if (!Set.of("pending-acceptance", "active").contains(p.state())) {
      throw ApiError.bad("InvalidStateTransition", "The VPC peering connection " + p.id + " is " + p.state()
          + " and cannot be deleted");
    }
    p.nextState = null;
    p.set("state", "deleted");
    return new Xml(q.action()).el("return", "true").done();
  }

  private String describe(Query q) {
    Ec2Reads.page(q);
    Map<String, List<String>> filters = q.filters(FILTERS);
    List<String> ids = q.list("VpcPeeringConnectionId");
    List<Res> found = new ArrayList<>();
    if (!ids.isEmpty()) {
      for (String id : ids) found.add(visible(id, q.account(), q.region()));
    } else {
      found.addAll(state.all(TYPE, p -> requester(p, q.account(), q.region()) || accepter(p, q.account(), q.region())));
    }
    Xml x = new Xml(q.action()).open("vpcPeeringConnectionSet");
    for (Res p : found) {
      Map<String, String> tags = requester(p, q.account(), q.region()) ? p.tags : Map.of();
      if (Query.matches(filters, tags, n -> n.equals("status-code") ? List.of(p.state()) : Render.values(p, n))) {
        x.open("item");
        render(x, p, q.account(), q.region());
        x.close();
      }
      p.tick();
    }
    return x.close().done();
  }

  /** One peering as the caller sees it: the tags only on the requester's side. */
  private static void render(Xml x, Res p, String account, String region) {
    x.el("vpcPeeringConnectionId", p.id).open("requesterVpcInfo").el("ownerId", p.account)
        .el("vpcId", p.attr("requester-vpc-info.vpc-id")).el("cidrBlock", p.attr("requester-vpc-info.cidr-block"))
        .el("region", p.region).close().open("accepterVpcInfo").el("ownerId", p.attr("accepter-vpc-info.owner-id"))
        .el("vpcId", p.attr("accepter-vpc-info.vpc-id")).el("cidrBlock", p.attr("accepter-vpc-info.cidr-block"))
        .el("region", p.attr("accepter-vpc-info.region")).close().open("status").el("code", p.state())
        .el("message", p.attr("status-message") != null ? p.attr("status-message") : p.state()).close()
        .tags(requester(p, account, region) ? p.tags : Map.of());
  }
}
