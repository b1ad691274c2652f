package io.vpcplan.ipam;

import io.vpcplan.cidr.Cidr;
import java.util.List;

/**
 * How much of a pool is used: {@code allocated} to region blocks, {@code reserved} by reserved ranges,
 * brownfield VPCs and pinned VPCs outside region blocks, and {@code free}; and per region block.
 */
public record PoolUsage(String name, Cidr cidr, long allocated, long reserved, long free, Cidr largestFree,
    List<RegionUsage> regions) {
  public PoolUsage {
    regions = List.copyOf(regions);
  }

  /** Share of the pool given to region blocks or taken by reserved and existing ranges. */
  public double utilisation() {
    return cidr.isV4() ? (double) (allocated + reserved) / cidr.size4() : 0;
  }

  /** A region's blocks in this pool: addresses used by VPCs, free, largest free block. */
  public record RegionUsage(String region, List<Cidr> blocks, long used, long free, Cidr largestFree) {
    public RegionUsage {
      blocks = List.copyOf(blocks);
    }

    public double utilisation() {
      long total = used + free;
      return total == 0 ? 0 : (double) used / total;
    }
  }
}
