package io.vpcplan.generate.cfn;

import io.vpcplan.cidr.Cidr;
import java.util.List;
import java.util.Map;

/**
 * A subnet's CIDR as an expression over its VPC's CIDR, for VPCs whose block AWS IPAM allocates:
 * nested {@code Fn::Select [i, Fn::Cidr [parent, i+1, bits]]}, at most 8 prefix bits per step so
 * every count stays within Fn::Cidr's limit of 256. The subnet keeps its planned offset and size
 * inside whatever block IPAM hands out.
 */
final class SubnetCidrs {
  private SubnetCidrs() {}

  static Object within(Object vpcCidr, Cidr vpc, Cidr subnet) {
    if (!vpc.contains(subnet)) throw new IllegalArgumentException(subnet + " is not inside " + vpc);
    Object expr = vpcCidr;
    int len = vpc.length();
    while (len < subnet.length()) {
      int next = Math.min(subnet.length(), len + 8);
      long parentStart = (subnet.lo() >>> (32 - len)) << (32 - len);
      long index = (subnet.lo() - parentStart) >>> (32 - next);
      expr = Map.of("Fn::Select", List.of(index, Map.of("Fn::Cidr", List.of(expr, index + 1, 32 - next))));
      len = next;
    }
    return expr;
  }
}
