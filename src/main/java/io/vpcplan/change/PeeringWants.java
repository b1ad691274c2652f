package io.vpcplan.change;

import io.vpcplan.model.Origin;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Vpc;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The VPC peerings of a mesh or hybrid design: the request in the requester VPC's account and
 * region (tagged as the generators tag it), and its acceptance in the accepter VPC's. Routes to a
 * peering wait for the acceptance ({@link VpcWants}). A peering with a side apply does not create
 * (a brownfield VPC) is a note.
 */
final class PeeringWants {
  private PeeringWants() {}

  /** Adds the wants; returns peering key → its acceptance key, for the routes. */
  static Map<String, String> build(Desired d) {
    Map<String, Vpc> vpcs = d.network().vpcIndex();
    Map<String, String> accepts = new java.util.HashMap<>();
    List<Peering> sorted = d.network().peerings().stream().sorted(Comparator.comparing(Peering::id)).toList();
    for (Peering p : sorted) {
      Vpc req = vpcs.get(p.requesterVpcId());
      Vpc acc = vpcs.get(p.accepterVpcId());
      String why = req == null || acc == null ? "a side is not a VPC of the plan" : unapplied(req, acc);
      if (why != null) {
        d.note("VPC peering " + p.id() + " is not applied: " + why);
        continue;
      }
      String reqAccount = d.accountId(req.account());
      String accAccount = d.accountId(acc.account());
      String name = req.name() + "--" + acc.name();
      d.add(new Want(Kind.VPC_PEERING, p.id(), reqAccount, req.region(), name, Desired.props("vpc", req.id(),
          "peerVpc", acc.id(), "peerAccount", accAccount, "peerRegion", acc.region()), List.of(req.id(), acc.id()),
          d.tags(p.id(), name, req.effectiveTags(d.network()))));
      String accept = "accept/" + p.id();
      d.add(new Want(Kind.VPC_PEERING_ACCEPT, accept, accAccount, acc.region(), name, Desired.props("peering", p.id()),
          List.of(p.id()), Map.of()));
      accepts.put(p.id(), accept);
    }
    return accepts;
  }

  private static String unapplied(Vpc... sides) {
    for (Vpc v : sides) {
      if (v.origin() == Origin.EXISTING || v.origin() == Origin.IMPORTED) {
        return "VPC " + v.displayName() + " exists already (brownfield) and apply does not change it; `generate` writes"
            + " the peering with its id as a parameter";
      }
      if (v.cidrs().stream().noneMatch(io.vpcplan.cidr.Cidr::isV4)) return "VPC " + v.displayName() + " is not applied";
    }
    return null;
  }
}
