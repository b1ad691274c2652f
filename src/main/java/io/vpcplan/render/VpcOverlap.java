package io.vpcplan.render;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.OverlapFinder;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Two VPCs whose blocks collide: {@code outer} contains (or equals) {@code inner}. Found with the
 * O(n log n) {@link OverlapFinder} sweep over every block of every VPC.
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
    List<Cidr> blocks = new ArrayList<>();
    List<Vpc> owner = new ArrayList<>();
    for (Vpc v : vpcs) {
      for (Cidr c : v.cidrs()) {
        blocks.add(c);
        owner.add(v);
      }
    }
    List<VpcOverlap> out = new ArrayList<>();
    OverlapFinder.find(blocks, (i, j) -> {
      if (owner.get(i) != owner.get(j)) out.add(new VpcOverlap(owner.get(i), blocks.get(i), owner.get(j), blocks.get(j)));
    });
    out.sort(ORDER);
    return out;
  }
}
