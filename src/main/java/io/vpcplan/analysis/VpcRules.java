package io.vpcplan.analysis;

import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.Rfc1918;
import io.vpcplan.model.Vpc;
import java.util.List;
import java.util.Optional;

/** AWS rules for one VPC's blocks: sizes, RFC 1918 mixing and restricted ranges, block count. */
final class VpcRules {
  private VpcRules() {}

  static void check(Vpc v, Quotas q, List<Finding> out) {
    Resource r = Resource.vpc(v);
    Cidr primary = null;
    int v4 = 0;
    for (Cidr c : v.cidrs()) {
      if (c.isV4()) {
        v4++;
        if (c.length() < 16 || c.length() > 28) {
          out.add(new Finding(Code.VPC_SIZE, Severity.ERROR, r.label() + " has block " + c
              + "; AWS allows IPv4 VPC blocks from /16 to /28", List.of(r), c, v.location()));
        }
        if (primary == null) {
          primary = c;
          continue;
        }
        restriction(v, r, primary, c, out);
      } else if (!ipv6VpcLength(c.length())) {
        out.add(new Finding(Code.VPC_SIZE, Severity.ERROR, r.label() + " has IPv6 block " + c
            + "; AWS allows /44 to /60 in steps of 4 (Amazon-provided blocks are /56)", List.of(r), c, v.location()));
      }
    }
    if (v4 > q.ipv4BlocksPerVpc()) {
      boolean over = v4 > q.ipv4BlocksPerVpcMax();
      out.add(new Finding(Code.VPC_BLOCK_QUOTA, over ? Severity.ERROR : Severity.WARNING, r.label() + " has " + v4
          + " IPv4 CIDR blocks; the quota is " + q.ipv4BlocksPerVpc() + (over ? " and at most " + q.ipv4BlocksPerVpcMax()
          + " with an increase" : "; request an increase (up to " + q.ipv4BlocksPerVpcMax() + ")"), List.of(r), null, v.location()));
    }
  }

  private static void restriction(Vpc v, Resource r, Cidr primary, Cidr c, List<Finding> out) {
    Optional<String> why = Rfc1918.secondaryRestriction(primary, c);
    if (why.isEmpty()) return;
    Optional<Cidr> p = Rfc1918.rangeOf(primary);
    Optional<Cidr> s = Rfc1918.rangeOf(c);
    boolean mixing = p.isPresent() && s.isPresent() && !p.get().equals(s.get());
    out.add(new Finding(mixing ? Code.RFC1918_MIXING : Code.VPC_CIDR_RESTRICTED, Severity.ERROR,
        r.label() + ": " + why.get(), List.of(r), c, v.location()));
  }

  static boolean ipv6VpcLength(int len) {
    return len >= 44 && len <= 60 && len % 4 == 0;
  }

  static boolean ipv6SubnetLength(int len) {
    return len >= 44 && len <= 64 && len % 4 == 0;
  }
}
