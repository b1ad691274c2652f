package io.vpcplan.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Intent;
import io.vpcplan.topology.TopologyGraph.Kind;
import io.vpcplan.topology.TopologyGraph.Link;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Link's written-out equals and hashCode are the ones the record would generate. */
class LinkIdentityProperties {
  /** The same components in a plain record: its generated methods are the reference. */
  private record Parts(Kind kind, String a, String b, Intent intent, Cidr aRange, Cidr bRange) {
    static Parts of(Link l) {
      return new Parts(l.kind(), l.a(), l.b(), l.intent(), l.aRange(), l.bRange());
    }
  }

  @Provide
  Arbitrary<Link> links() {
    Arbitrary<String> names = Arbitraries.of("vpc-a", "vpc-b", null);
    Arbitrary<Cidr> ranges = Arbitraries.of(Cidr.parse("10.0.0.0/16"), Cidr.parse("10.0.0.0/24"), null);
    Arbitrary<Intent> intents = Arbitraries.of(new Intent("vpc-a", "vpc-b", "svc", "tcp", 443, 1, false, null),
        new Intent("vpc-a", "vpc-b", "svc", "tcp", 443, 1, false, null), new Intent("vpc-b", "vpc-a", "", "", 0, 0, true, null))
        .injectNull(0.3);
    return Combinators.combine(Arbitraries.of(Kind.class), names, names, intents, ranges, ranges).as(Link::new);
  }

  @Property(tries = 400)
  void equalsAndHashCodeAreTheRecordOnes(@ForAll("links") Link x, @ForAll("links") Link y) {
    assertThat(x.equals(y)).isEqualTo(Parts.of(x).equals(Parts.of(y)));
    assertThat(x.hashCode()).isEqualTo(Parts.of(x).hashCode());
    assertThat(x).isEqualTo(new Link(x.kind(), x.a(), x.b(), x.intent(), x.aRange(), x.bRange()));
    assertThat(x.equals(null)).isFalse();
  }
}
