package io.vpcplan.analysis;

import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Active peerings: between overlapping VPCs (AWS refuses or cannot route them) and per-VPC quota. */
final class PeeringChecks {
  private PeeringChecks() {}

  static void check(List<Peering> peerings, Map<String, Vpc> byId, Quotas q, List<Finding> out) {
    Map<String, List<Peering>> perVpc = new TreeMap<>();
    for (Peering p : peerings) {
      Vpc a = byId.get(p.requesterVpcId());
      Vpc b = byId.get(p.accepterVpcId());
      Resource pr = new Resource("peering", p.id(), "", "", "");
      perVpc.computeIfAbsent(p.requesterVpcId(), k -> new ArrayList<>()).add(p);
      if (!p.accepterVpcId().equals(p.requesterVpcId())) perVpc.computeIfAbsent(p.accepterVpcId(), k -> new ArrayList<>()).add(p);
      if (a == null || b == null) continue;
      Cidr overlap = firstOverlap(a, b);
      if (overlap != null) {
        out.add(new Finding(Code.PEERING_OVERLAP, Severity.ERROR, "peering " + p.id() + " connects "
            + Resource.vpc(a).label() + " and " + Resource.vpc(b).label() + ", which overlap on " + overlap
            + "; AWS cannot route between overlapping peers: re-address one, or use PrivateLink or a private NAT gateway",
            List.of(pr, Resource.vpc(a), Resource.vpc(b)), overlap, p.location()));
      }
    }
    perVpc.forEach((vpcId, list) -> {
      if (list.size() <= q.peeringsPerVpc()) return;
      Vpc v = byId.get(vpcId);
      Resource r = v == null ? new Resource("vpc", vpcId, "", "", "") : Resource.vpc(v);
      boolean over = list.size() > q.peeringsPerVpcMax();
      out.add(new Finding(Code.PEERING_QUOTA, over ? Severity.ERROR : Severity.WARNING, r.label() + " has "
          + list.size() + " active peerings; the quota is " + q.peeringsPerVpc() + (over ? " and at most "
          + q.peeringsPerVpcMax() + " with an increase: move to a Transit Gateway" : "; request an increase (up to "
          + q.peeringsPerVpcMax() + ") or move to a Transit Gateway"), List.of(r), null,
          v == null ? list.get(0).location() : v.location()));
    });
  }

  /** The smaller of the first overlapping block pair, or null. */
  static Cidr firstOverlap(Vpc a, Vpc b) {
    for (Cidr x : a.cidrs()) {
      for (Cidr y : b.cidrs()) if (x.overlaps(y)) return x.contains(y) ? y : x;
    }
    return null;
  }
}
