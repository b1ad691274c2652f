package io.vpcplan.cidr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CidrProperties {

  @Provide
  Arbitrary<Cidr> v4() {
    return Combinators.combine(Arbitraries.longs().between(0, 0xFFFFFFFFL), Arbitraries.integers().between(0, 32))
        .as((a, l) -> Cidr.containing(IpFamily.V4, 0, a, l));
  }

  @Provide
  Arbitrary<Cidr> v6() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs(), Arbitraries.integers().between(0, 128))
        .as((h, lo, l) -> Cidr.containing(IpFamily.V6, h, lo, l));
  }

  @Property
  void formatThenParseIsIdentity(@ForAll("v4") Cidr a, @ForAll("v6") Cidr b) {
    assertThat(Cidr.parse(a.toString())).isEqualTo(a);
    assertThat(Cidr.parse(b.toString())).isEqualTo(b);
  }

  @Property
  void overlapIsSymmetricAndMeansSharedAddress(@ForAll("v4") Cidr a, @ForAll("v4") Cidr b) {
    assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
    boolean shared = a.lo() <= b.lastLo() && b.lo() <= a.lastLo();
    assertThat(a.overlaps(b)).isEqualTo(shared);
  }

  @Property
  void subnetsLieInTheirParent(@ForAll("v6") Cidr c, @ForAll @IntRange(min = 0, max = 8) int extra) {
    int len = Math.min(128, c.length() + extra);
    Cidr s = c.subnet(len, (1L << (len - c.length())) - 1);
    assertThat(c.contains(s)).isTrue();
    if (c.length() > 0) assertThat(c.parent().contains(c)).isTrue();
  }

  @Property(tries = 300)
  void overlapFinderEqualsBruteForce(@ForAll @Size(max = 60) List<@net.jqwik.api.From("small") Cidr> cidrs) {
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < cidrs.size(); i++) {
      for (int j = i + 1; j < cidrs.size(); j++) {
        if (cidrs.get(i).overlaps(cidrs.get(j))) expected.add(Math.min(i, j) + "-" + Math.max(i, j));
      }
    }
    Set<String> found = new HashSet<>();
    OverlapFinder.find(cidrs, (a, b) -> found.add(Math.min(a, b) + "-" + Math.max(a, b)));
    assertThat(found).isEqualTo(expected);
    assertThat(OverlapFinder.anyOverlap(cidrs)).isEqualTo(!expected.isEmpty());
  }

  /** Prefixes crowded into 10.0.0.0/20 so overlaps are common. */
  @Provide
  Arbitrary<Cidr> small() {
    return Combinators.combine(Arbitraries.longs().between(0, 4095), Arbitraries.integers().between(20, 28))
        .as((a, l) -> Cidr.containing(IpFamily.V4, 0, (10L << 24) + a, l));
  }

  @Property(tries = 300)
  void freeSpaceNeverHandsOutOverlapsAndAccountsForEveryAddress(
      @ForAll @Size(max = 40) List<@IntRange(min = 16, max = 28) Integer> requests,
      @ForAll @Size(max = 5) List<@net.jqwik.api.From("small") Cidr> claims) {
    Cidr root = Cidr.parse("10.0.0.0/16");
    FreeSpace fs = new FreeSpace(root);
    List<Cidr> taken = new ArrayList<>();
    for (Cidr c : claims) {
      fs.claim(c);
    }
    for (int len : requests) {
      Optional<Cidr> got = fs.allocate(len);
      if (got.isEmpty()) {
        // best fit never fails while a large enough aligned block is free
        assertThat(fs.largestFree().map(Cidr::length).orElse(99)).isGreaterThan(len);
        continue;
      }
      Cidr c = got.get();
      assertThat(c.length()).isEqualTo(len);
      assertThat(root.contains(c)).isTrue();
      for (Cidr t : taken) assertThat(t.overlaps(c)).as("%s vs %s", t, c).isFalse();
      for (Cidr cl : claims) assertThat(cl.overlaps(c)).as("claimed %s vs %s", cl, c).isFalse();
      taken.add(c);
    }
    long free = fs.freeBlocks().stream().mapToLong(Cidr::size4).sum();
    assertThat(free).isEqualTo(fs.freeAddresses());
    for (Cidr f : fs.freeBlocks()) for (Cidr t : taken) assertThat(f.overlaps(t)).isFalse();
  }

  /** The record's components in a plain record: its generated equals and hashCode are what Cidr's must be. */
  private record Parts(IpFamily family, long hi, long lo, int length) {
    static Parts of(Cidr c) {
      return new Parts(c.family(), c.hi(), c.lo(), c.length());
    }
  }

  @Property(tries = 500)
  void equalsAndHashCodeAreTheRecordOnes(@ForAll("small") Cidr a, @ForAll("small") Cidr b, @ForAll("v6") Cidr c) {
    assertThat(a.equals(b)).isEqualTo(Parts.of(a).equals(Parts.of(b)));
    assertThat(a.equals(new Cidr(a.family(), a.hi(), a.lo(), a.length()))).isTrue();
    assertThat(a.hashCode()).isEqualTo(Parts.of(a).hashCode());
    assertThat(c.hashCode()).isEqualTo(Parts.of(c).hashCode());
    assertThat(c.equals(a)).isEqualTo(Parts.of(c).equals(Parts.of(a)));
    assertThat(a.equals(null)).isFalse();
    assertThat(a.equals(a.toString())).isFalse();
  }
}
