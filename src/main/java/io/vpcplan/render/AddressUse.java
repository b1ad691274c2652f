package io.vpcplan.render;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.FreeSpace;
import io.vpcplan.cidr.Rfc1918;
import io.vpcplan.ipam.PoolUsage;
import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Address use of a network that has no design pools (an imported estate): the private ranges
 * (RFC 1918 and the shared 100.64.0.0/10) that hold VPCs, used overall and per region. Region rows
 * have no blocks of their own, so their use is read as a share of the range.
 */
public final class AddressUse {
  static final Cidr SHARED = Cidr.parse("100.64.0.0/10");
  static final List<Cidr> RANGES = List.of(Rfc1918.TEN, Rfc1918.ONE_SEVEN_TWO, Rfc1918.ONE_NINE_TWO, SHARED);

  private AddressUse() {}

  public static List<PoolUsage> of(Network network) {
    List<PoolUsage> out = new ArrayList<>();
    for (Cidr range : RANGES) {
      FreeSpace all = new FreeSpace(range);
      Map<String, FreeSpace> perRegion = new TreeMap<>();
      boolean any = false;
      for (Vpc v : network.vpcs()) {
        for (Cidr c : v.ipv4()) {
          if (!range.contains(c)) continue;
          any = true;
          all.claim(c);
          perRegion.computeIfAbsent(v.region(), r -> new FreeSpace(range)).claim(c);
        }
      }
      if (!any) continue;
      List<PoolUsage.RegionUsage> regions = new ArrayList<>();
      for (Map.Entry<String, FreeSpace> e : perRegion.entrySet()) {
        regions.add(new PoolUsage.RegionUsage(e.getKey(), List.of(), e.getValue().usedAddresses(), 0, null));
      }
      out.add(new PoolUsage(range.toString(), range, all.usedAddresses(), 0, all.freeAddresses(),
          all.largestFree().orElse(null), regions));
    }
    return out;
  }
}
