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

/** Subnets of one VPC: AWS sizes, inside a VPC block, no two overlapping. */
final class SubnetChecks {
  private SubnetChecks() {}

  static void check(Vpc v, List<Finding> out) {
    List<Subnet> subnets = v.subnets();
    for (Subnet s : subnets) {
      Cidr c = s.cidr();
      boolean badSize = c.isV4() ? c.length() < 16 || c.length() > 28 : !VpcRules.ipv6SubnetLength(c.length());
      if (badSize) {
        out.add(new Finding(Code.SUBNET_SIZE, Severity.ERROR, label(v, s) + " is " + c + "; AWS allows "
            + (c.isV4() ? "IPv4 subnets from /16 to /28" : "IPv6 subnets from /44 to /64 in steps of 4 (usually /64)"),
            List.of(resource(v, s), Resource.vpc(v)), c, s.location()));
      }
      if (!v.cidrs().isEmpty() && !inside(v, c)) {
        out.add(new Finding(Code.SUBNET_OUTSIDE_VPC, Severity.ERROR, label(v, s) + " " + c
            + " is not inside any block of its VPC (" + blocks(v) + "); move it into a VPC block or add a block that holds it",
            List.of(resource(v, s), Resource.vpc(v)), c, s.location()));
      }
    }
    if (subnets.size() < 2) return;
    List<Cidr> cidrs = new ArrayList<>(subnets.size());
    for (Subnet s : subnets) cidrs.add(s.cidr());
    OverlapFinder.find(cidrs, (outer, inner) -> {
      Subnet a = subnets.get(Math.min(outer, inner));
      Subnet b = subnets.get(Math.max(outer, inner));
      String how = a.cidr().equals(b.cidr()) ? "both use " + a.cidr() : cidrs.get(outer) + " contains " + cidrs.get(inner);
      out.add(new Finding(Code.SUBNET_OVERLAP, Severity.ERROR, label(v, a) + " and subnet " + b.key() + " overlap ("
          + how + "); subnets of one VPC must be disjoint", List.of(resource(v, a), resource(v, b), Resource.vpc(v)),
          cidrs.get(inner), b.location()));
    });
  }

  private static boolean inside(Vpc v, Cidr c) {
    for (Cidr b : v.cidrs()) if (b.contains(c)) return true;
    return false;
  }

  private static String blocks(Vpc v) {
    StringBuilder sb = new StringBuilder();
    for (Cidr b : v.cidrs()) sb.append(sb.length() == 0 ? "" : ", ").append(b);
    return sb.toString();
  }

  static Resource resource(Vpc v, Subnet s) {
    return new Resource("subnet", s.key(), s.name(), v.account(), v.region());
  }

  private static String label(Vpc v, Subnet s) {
    return "subnet " + s.key() + " of " + Resource.vpc(v).label();
  }
}
