package io.vpcplan.ipam;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.IpamAllocation;
import io.vpcplan.model.IpamPool;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The AWS VPC IPAM pool hierarchy that hands a plan's allocation over to AWS: one top-level pool
 * per design pool (its CIDR), a regional pool per region (locale = region; the region blocks
 * provisioned), a segment pool per region and segment (its blocks; allocation netmask min/max/
 * default from its VPCs' sizes); every planned VPC block inside a segment pool becomes an
 * {@link IpamAllocation} of exactly that block. Brownfield VPCs and blocks outside every segment pool
 * (pinned outside the plan, inspection VPCs) keep their fixed CIDRs. Pure.
 */
public final class IpamPlan {
  /** The IPAM all pools belong to. */
  public static final String IPAM = "vpcplan";

  private IpamPlan() {}

  /** The network with {@link #pools} as its IPAM pools and each planned VPC's allocations from them. */
  public static Network apply(Network network, PlanResult plan) {
    List<IpamPool> pools = pools(network, plan);
    List<Vpc> vpcs = new ArrayList<>();
    for (Vpc v : network.vpcs()) vpcs.add(v.withIpamAllocations(allocations(v, pools)));
    return network.withVpcs(vpcs).withIpamPools(pools);
  }

  /** Top-level, regional and segment pools, in that order, each level sorted by name. */
  public static List<IpamPool> pools(Network network, PlanResult plan) {
    List<IpamPool> top = new ArrayList<>();
    List<IpamPool> regional = new ArrayList<>();
    Map<String, IpamPool> segmental = new TreeMap<>();
    for (PoolUsage p : plan.pools()) {
      top.add(new IpamPool(p.name(), IPAM, "", "", List.of(p.cidr()), 0, 0, 0, null));
      for (PoolUsage.RegionUsage r : p.regions()) {
        if (r.blocks().isEmpty()) continue;
        String regionPool = p.name() + "/" + r.region();
        regional.add(new IpamPool(regionPool, IPAM, p.name(), r.region(), sorted(r.blocks()), 0, 0, 0, null));
        for (Map.Entry<String, List<Cidr>> s : plan.lock().segments().entrySet()) {
          String[] key = s.getKey().split("/", 2);
          if (!key[0].equals(r.region())) continue;
          List<Cidr> inside = s.getValue().stream().filter(c -> r.blocks().stream().anyMatch(b -> b.contains(c))).toList();
          if (inside.isEmpty()) continue;
          String segment = key.length > 1 ? key[1] : "";
          String name = regionPool + "/" + (segment.isEmpty() ? "default" : segment);
          int[] masks = netmasks(network, r.region(), segment, inside);
          segmental.put(name, new IpamPool(name, IPAM, regionPool, r.region(), sorted(inside), masks[0], masks[1], masks[2],
              null));
        }
      }
    }
    top.sort((a, b) -> a.name().compareTo(b.name()));
    regional.sort((a, b) -> a.name().compareTo(b.name()));
    List<IpamPool> out = new ArrayList<>(top);
    out.addAll(regional);
    out.addAll(segmental.values());
    return List.copyOf(out);
  }

  /** One allocation per planned block that lies in a segment pool: the pool's name and the block itself. */
  static List<IpamAllocation> allocations(Vpc v, List<IpamPool> pools) {
    if (v.origin() == Origin.EXISTING || v.origin() == Origin.IMPORTED) return List.of();
    List<IpamAllocation> out = new ArrayList<>();
    for (Cidr c : v.cidrs()) {
      for (IpamPool p : pools) {
        boolean segmentPool = p.name().split("/").length == 3;
        if (segmentPool && p.locale().equals(v.region()) && p.cidrs().stream().anyMatch(b -> b.contains(c))) {
          out.add(new IpamAllocation(p.name(), c.length(), c, v.location()));
          break;
        }
      }
    }
    return out;
  }

  /** min (largest VPC), max (smallest VPC) and default (most common size) netmask of the segment's VPCs. */
  private static int[] netmasks(Network network, String region, String segment, List<Cidr> blocks) {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (Vpc v : network.vpcs()) {
      if (!v.region().equals(region) || !v.segment().equals(segment)) continue;
      for (Cidr c : v.cidrs()) if (blocks.stream().anyMatch(b -> b.contains(c))) counts.merge(c.length(), 1, Integer::sum);
    }
    if (counts.isEmpty()) return new int[] {0, 0, 0};
    int min = ((TreeMap<Integer, Integer>) counts).firstKey();
    int max = ((TreeMap<Integer, Integer>) counts).lastKey();
    int dflt = min;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) if (e.getValue() > counts.get(dflt)) dflt = e.getKey();
    return new int[] {min, max, dflt};
  }

  private static List<Cidr> sorted(List<Cidr> cidrs) {
    return cidrs.stream().sorted().toList();
  }
}
