package io.vpcplan.render;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.OverlapFinder;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpcBlocks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Two VPCs whose blocks collide: {@code outer} contains (or equals) {@code inner}. Found with the
 * O(n log n) {@link OverlapFinder} sweep over every block of every VPC. Two default VPCs are not a
 * conflict (AWS puts every region's on 172.31.0.0/16; validate notes them once as DEFAULT_VPC_OVERLAP).
 */
public record VpcOverlap(Vpc a, Cidr outer, Vpc b, Cidr inner) {
  static final Comparator<VpcOverlap> ORDER = Comparator.comparing((VpcOverlap o) -> o.outer())
      .thenComparing(VpcOverlap::inner)
      .thenComparing(o -> o.a().displayName())
      .thenComparing(o -> o.b().displayName());

  public boolean identical() {
    return outer.equals(inner);
  }

  /** Every overlapping pair of blocks in different VPCs, in address order. */
  public static List<VpcOverlap> find(List<Vpc> vpcs) {
    VpcBlocks vb = VpcBlocks.of(vpcs);
    List<Cidr> blocks = vb.blocks();
    List<Vpc> owner = vb.owners();
    List<VpcOverlap> out = new ArrayList<>();
    OverlapFinder.find(blocks, (i, j) -> {
      if (owner.get(i) != owner.get(j) && !bothDefault(owner.get(i), owner.get(j))) out.add(new VpcOverlap(owner.get(i), blocks.get(i), owner.get(j), blocks.get(j)));
    });
    out.sort(ORDER);
    return out;
  }

  private static boolean bothDefault(Vpc a, Vpc b) {
    return a.isDefault() && b.isDefault();
  }

  /** Pairs of VPCs that overlap, each counted once however many of their blocks collide. */
  public static int vpcPairs(List<Vpc> vpcs) {
    java.util.Set<String> pairs = new java.util.HashSet<>();
    for (VpcOverlap o : find(vpcs)) {
      String a = o.a().id();
      String b = o.b().id();
      pairs.add(a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a);
    }
    return pairs.size();
  }

  /**
   * The overlaps to draw: per group of colliding blocks (all under one outermost block), one edge
   * from the VPC of the outermost block to each other VPC in the group, not every pair: eight
   * default VPCs on 172.31.0.0/16 give 7 edges, not 28. Every VPC in conflict is still joined.
   */
  public static List<VpcOverlap> star(List<Vpc> vpcs) {
    VpcBlocks vb = VpcBlocks.of(vpcs);
    List<Cidr> blocks = vb.blocks();
    List<Vpc> owner = vb.owners();
    List<VpcOverlap> out = new ArrayList<>();
    for (int[] group : OverlapFinder.groups(blocks)) {
      int hub = group[0];
      java.util.Set<Vpc> joined = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (int k = 1; k < group.length; k++) {
        int i = group[k];
        if (owner.get(i) == owner.get(hub) || bothDefault(owner.get(i), owner.get(hub)) || !joined.add(owner.get(i))) continue;
        out.add(new VpcOverlap(owner.get(hub), blocks.get(hub), owner.get(i), blocks.get(i)));
      }
    }
    out.sort(ORDER);
    return out;
  }
}
