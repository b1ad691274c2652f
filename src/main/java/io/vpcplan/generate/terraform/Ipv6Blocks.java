package io.vpcplan.generate.terraform;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.Names;
import io.vpcplan.model.Vpc;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A VPC's IPv6 blocks as Terraform has them: AWS assigns each (the VPC's first through
 * assign_generated_ipv6_cidr_block, each further one through an aws_vpc_ipv6_cidr_block_association),
 * so a subnet's /64 is written as cidrsubnet() of the block that holds it, at its planned index.
 */
final class Ipv6Blocks {
  /** Planned block → the expression of the block AWS assigns in its place. */
  private final Map<Cidr, String> blocks = new LinkedHashMap<>();

  private Ipv6Blocks() {}

  static Ipv6Blocks write(Module m, Vpc v, Res vpc, String file) {
    Ipv6Blocks out = new Ipv6Blocks();
    for (Cidr c : v.cidrs()) {
      if (c.isV4()) continue;
      if (out.blocks.isEmpty()) {
        out.blocks.put(c, vpc.ref("ipv6_cidr_block").expr());
        continue;
      }
      Res r = new Res("aws_vpc_ipv6_cidr_block_association", Names.snake(v.id() + "/" + c), Set.of());
      m.add(file, m.resource(r, v.region()).raw("vpc_id", vpc.ref("id").expr())
          .raw("assign_generated_ipv6_cidr_block", "true").build());
      m.creates.add("IPv6 block of VPC " + v.displayName() + " in place of " + c + " (AWS assigns it)");
      out.blocks.put(c, r.ref("ipv6_cidr_block").expr());
    }
    return out;
  }

  /** cidrsubnet(block, newbits, index) for a subnet's IPv6 prefix, or null when no block of the VPC holds it. */
  String cidrsubnet(Cidr subnet) {
    for (Map.Entry<Cidr, String> e : blocks.entrySet()) {
      Cidr b = e.getKey();
      if (!b.contains(subnet)) continue;
      // AWS's IPv6 prefixes are /64 or shorter: the index lies in the high 64 bits
      long index = subnet.hi() - b.hi() >>> (64 - subnet.length());
      return "cidrsubnet(" + e.getValue() + ", " + (subnet.length() - b.length()) + ", " + index + ")";
    }
    return null;
  }
}
