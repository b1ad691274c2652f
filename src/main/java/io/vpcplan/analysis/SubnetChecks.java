package io.vpcplan.analysis;

import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.OverlapFinder;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * Subnets of one VPC: AWS sizes, inside a VPC block, no two overlapping. Each address block of a
 * subnet is checked: its cidr and, dual-stack, its IPv6 block beside it.
 */
final class SubnetChecks {
  private SubnetChecks() {}

  static void check(Vpc v, List<Finding> out) {
    List<Subnet> subnets = v.subnets();
    int dualStack = 0;
    for (Subnet s : subnets) {
      block(v, s, s.cidr(), false, out);
      if (s.ipv6() != null) {
        dualStack++;
        block(v, s, s.ipv6(), true, out);
      }
    }
    if (subnets.size() < 2) return;
    List<Cidr> cidrs = new ArrayList<>(subnets.size() + dualStack);
    for (Subnet s : subnets) cidrs.add(s.cidr());
    int[] owner = dualStack == 0 ? null : new int[subnets.size() + dualStack]; // block index -> subnet index
    if (owner != null) {
      for (int i = 0; i < subnets.size(); i++) owner[i] = i;
      for (int i = 0; i < subnets.size(); i++) {
        Subnet s = subnets.get(i);
        if (s.ipv6() == null) continue;
        owner[cidrs.size()] = i;
        cidrs.add(s.ipv6());
      }
    }
    OverlapFinder.find(cidrs, (outer, inner) -> {
      int so = owner == null ? outer : owner[outer];
      int si = owner == null ? inner : owner[inner];
      if (so == si) return; // one subnet's own blocks (never of one family as read and planned)
      Subnet a = subnets.get(Math.min(so, si));
      Subnet b = subnets.get(Math.max(so, si));
      Cidr co = cidrs.get(outer), ci = cidrs.get(inner);
      String how = co.equals(ci) ? "both use " + co : co + " contains " + ci;
      String family = ci.isV4() || (!a.cidr().isV4() && !b.cidr().isV4()) ? "" : " in IPv6";
      out.add(new Finding(Code.SUBNET_OVERLAP, Severity.ERROR, label(v, a) + " and subnet " + b.key() + " overlap"
          + family + " (" + how + "); subnets of one VPC must be disjoint", List.of(resource(v, a), resource(v, b),
          Resource.vpc(v)), ci, b.location()));
    });
  }

  /** Size and containment of one address block {@code c} of subnet {@code s}; {@code extra}: its IPv6 block beside its cidr. */
  private static void block(Vpc v, Subnet s, Cidr c, boolean extra, List<Finding> out) {
    boolean badSize = c.isV4() ? c.length() < 16 || c.length() > 28 : !VpcRules.ipv6SubnetLength(c.length());
    if (badSize) {
      out.add(new Finding(Code.SUBNET_SIZE, Severity.ERROR, what(v, s, c, extra) + "; AWS allows "
          + (c.isV4() ? "IPv4 subnets from /16 to /28" : "IPv6 subnets from /44 to /64 in steps of 4 (usually /64)"),
          List.of(resource(v, s), Resource.vpc(v)), c, s.location()));
    }
    if (v.cidrs().isEmpty() || inside(v, c)) return; // no known block (IPAM allocates them): nothing to check against
    String message;
    String what = what(v, s, c, extra); // made only for a finding: most VPCs have none
    if (!c.isV4() && !hasIpv6(v)) {
      message = what + (extra ? "" : ", an IPv6 block,") + " but its VPC has no IPv6 block (" + blocks(v, true)
          + "); associate one that holds it with the VPC (an Amazon-provided /56 or one from an IPv6 pool), or "
          + (extra ? "take the IPv6 block off the subnet" : "move the subnet to a VPC with one");
    } else if (extra) {
      message = what + ", which is not inside any IPv6 block of its VPC (" + blocks(v, false) + "); give the subnet a "
          + "/64 of a VPC IPv6 block, or associate a block that holds it";
    } else {
      message = label(v, s) + " " + c + " is not inside any block of its VPC (" + blocks(v, true)
          + "); move it into a VPC block or add a block that holds it";
    }
    out.add(new Finding(Code.SUBNET_OUTSIDE_VPC, Severity.ERROR, message, List.of(resource(v, s), Resource.vpc(v)), c,
        s.location()));
  }

  private static String what(Vpc v, Subnet s, Cidr c, boolean extra) {
    return label(v, s) + (extra ? " has IPv6 block " : " is ") + c;
  }

  private static boolean inside(Vpc v, Cidr c) {
    for (Cidr b : v.cidrs()) if (b.contains(c)) return true;
    return false;
  }

  private static boolean hasIpv6(Vpc v) {
    for (Cidr b : v.cidrs()) if (!b.isV4()) return true;
    return false;
  }

  private static String blocks(Vpc v, boolean all) {
    StringBuilder sb = new StringBuilder();
    for (Cidr b : v.cidrs()) if (all || !b.isV4()) sb.append(sb.length() == 0 ? "" : ", ").append(b);
    return sb.toString();
  }

  static Resource resource(Vpc v, Subnet s) {
    return new Resource("subnet", s.key(), s.name(), v.account(), v.region());
  }

  private static String label(Vpc v, Subnet s) {
    return "subnet " + s.key() + " of " + Resource.vpc(v).label();
  }
}
