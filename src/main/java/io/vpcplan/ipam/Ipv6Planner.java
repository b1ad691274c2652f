package io.vpcplan.ipam;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Design.Pool;
import io.vpcplan.model.Design.VpcDef;
import io.vpcplan.model.RunFailedException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * IPv6: every planned VPC gets one /56 (the size AWS gives a VPC) from the design's IPv6 pools,
 * lowest free first, in VPC key order. Locked /56s are kept. Subnets stay IPv4-only here: their
 * /64s are derived by the VPC's owner when dual-stack is switched on.
 */
final class Ipv6Planner {
  static final int VPC_PREFIX = 56;

  private final PlanRun run;

  Ipv6Planner(PlanRun run) {
    this.run = run;
  }

  void run() {
    List<Pool> pools = run.d.pools().stream().filter(p -> !p.cidr().isV4()).toList();
    if (pools.isEmpty()) return;
    Set<Cidr> used = new HashSet<>();
    for (List<Cidr> cidrs : run.vpcCidrs.values()) for (Cidr c : cidrs) if (!c.isV4()) used.add(c);
    List<VpcDef> vpcs = new ArrayList<>(run.d.vpcs());
    vpcs.sort(java.util.Comparator.comparing(VpcDef::key));
    int pool = 0;
    long next = 0;
    for (VpcDef v : vpcs) {
      List<Cidr> cidrs = run.vpcCidrs.get(run.key(v));
      if (cidrs == null || cidrs.stream().anyMatch(c -> !c.isV4())) continue;
      Cidr got = null;
      while (got == null && pool < pools.size()) {
        Cidr p = pools.get(pool).cidr();
        long count = p.length() >= VPC_PREFIX ? 1 : 1L << Math.min(62, VPC_PREFIX - p.length());
        if (p.length() > VPC_PREFIX || next >= count) {
          pool++;
          next = 0;
          continue;
        }
        Cidr c = p.subnet(VPC_PREFIX, next++);
        if (!used.contains(c) && !run.blockedV6(c)) got = c;
      }
      if (got == null) {
        throw new RunFailedException(pools.get(0).location(), "IPv6 pools are exhausted: VPC '" + v.name()
            + "' needs a /56; add an IPv6 pool or widen one (a /48 holds 256 VPCs)");
      }
      used.add(got);
      cidrs.add(got);
    }
  }
}
