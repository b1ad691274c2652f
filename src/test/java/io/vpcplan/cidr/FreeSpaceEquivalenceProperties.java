package io.vpcplan.cidr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** FreeSpace (packed arrays) behaves exactly like the boxed-tree version it replaced, operation by operation. */
class FreeSpaceEquivalenceProperties {
  /** One operation: kind 0 allocate, 1 claim, 2 isFree, 3 copy (continue on the copy). */
  record Op(int kind, int length, long offset) {}

  @Provide
  Arbitrary<Op> ops() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(14, 30),
        Arbitraries.longs().between(0, (1L << 14) - 1)).as(Op::new);
  }

  @Property(tries = 400)
  void sameAnswersAsTheTreeVersion(@ForAll @Size(max = 120) List<@net.jqwik.api.From("ops") Op> ops) {
    Cidr root = Cidr.parse("10.0.0.0/14");
    FreeSpace fs = new FreeSpace(root);
    TreeFreeSpace ref = new TreeFreeSpace(root);
    for (Op op : ops) {
      // claims and probes also reach outside the root (offsets past 10.3.255.255, lengths shorter than /14)
      Cidr c = Cidr.containing(IpFamily.V4, 0, (10L << 24) + op.offset() * 32, op.length() - (op.kind() == 1 ? 2 : 0));
      switch (op.kind()) {
        case 0 -> assertThat(fs.allocate(op.length())).isEqualTo(ref.allocate(op.length()));
        case 1 -> { fs.claim(c); ref.claim(c); }
        case 2 -> assertThat(fs.isFree(c)).as("isFree %s", c).isEqualTo(ref.isFree(c));
        default -> {
          FreeSpace before = fs;
          fs = fs.copy();
          ref = ref.copy();
          before.allocate(op.length()); // the copy is independent of its source
        }
      }
      assertThat(fs.freeBlocks()).isEqualTo(ref.freeBlocks());
      assertThat(fs.freeAddresses()).isEqualTo(ref.freeAddresses());
      assertThat(fs.largestFree()).isEqualTo(ref.largestFree());
    }
  }
}
