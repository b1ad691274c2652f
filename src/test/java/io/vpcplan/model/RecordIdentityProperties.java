package io.vpcplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Location, Intent and Vpc write equals and hashCode out (start-up); they must be the ones the
 * record would generate: compared with plain records of the same components.
 */
class RecordIdentityProperties {
  private record LocationParts(String file, int line, int column) {}

  private record IntentParts(String from, String to, String service, String protocol, int port, double gbPerMonth,
      boolean bidirectional, Location location) {}

  private record VpcParts(String id, String name, String account, String region, String segment, List<Cidr> cidrs,
      List<Subnet> subnets, List<RouteTable> routeTables, Origin origin, Location location,
      List<IpamAllocation> ipamAllocations, Map<String, String> tags) {}

  @Provide
  Arbitrary<Location> locations() {
    return Combinators.combine(Arbitraries.of("a.yaml", "b.yaml", ""), Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 2)).as(Location::new);
  }

  @Provide
  Arbitrary<Intent> intents() {
    return Combinators.combine(Arbitraries.of("a", "b"), Arbitraries.of("a", "c"), Arbitraries.of("", "db"),
        Arbitraries.of("", "tcp"), Arbitraries.of(0, 443), Arbitraries.of(0.0, 1.5, 1.5000001),
        Arbitraries.of(true, false), locations()).as(Intent::new);
  }

  @Provide
  Arbitrary<Vpc> vpcs() {
    Arbitrary<List<Cidr>> cidrs = Arbitraries.of(List.of(), List.of(Cidr.parse("10.0.0.0/16")), List.of(Cidr.parse("10.1.0.0/16")));
    return Combinators.combine(Arbitraries.of("vpc-1", "vpc-2", ""), Arbitraries.of("", "app"), Arbitraries.of("111", "222"),
        Arbitraries.of("eu-west-1", "us-east-1"), Arbitraries.of("", "prod"), cidrs, Arbitraries.of(Origin.class), locations())
        .as((id, name, acct, region, seg, c, origin, loc) -> new Vpc(id, name, acct, region, seg, c, List.of(), List.of(),
            origin, loc, List.of(), loc.line() == 1 ? Map.of("team", "net") : Map.of()));
  }

  @Property(tries = 300)
  void locationIsTheRecordOne(@ForAll("locations") Location x, @ForAll("locations") Location y) {
    LocationParts px = new LocationParts(x.file(), x.line(), x.column());
    LocationParts py = new LocationParts(y.file(), y.line(), y.column());
    assertThat(x.equals(y)).isEqualTo(px.equals(py));
    assertThat(x.hashCode()).isEqualTo(px.hashCode());
    assertThat(x.equals(null)).isFalse();
  }

  @Property(tries = 300)
  void intentIsTheRecordOne(@ForAll("intents") Intent x, @ForAll("intents") Intent y) {
    assertThat(x.equals(y)).isEqualTo(parts(x).equals(parts(y)));
    assertThat(x.hashCode()).isEqualTo(parts(x).hashCode());
    assertThat(x).isEqualTo(new Intent(x.from(), x.to(), x.service(), x.protocol(), x.port(), x.gbPerMonth(),
        x.bidirectional(), x.location()));
  }

  @Property(tries = 300)
  void vpcIsTheRecordOne(@ForAll("vpcs") Vpc x, @ForAll("vpcs") Vpc y) {
    assertThat(x.equals(y)).isEqualTo(parts(x).equals(parts(y)));
    assertThat(x.hashCode()).isEqualTo(parts(x).hashCode());
    assertThat(x).isEqualTo(x.withTags(x.tags()));
    assertThat(x.equals("vpc")).isFalse();
  }

  private static IntentParts parts(Intent i) {
    return new IntentParts(i.from(), i.to(), i.service(), i.protocol(), i.port(), i.gbPerMonth(), i.bidirectional(),
        i.location());
  }

  private static VpcParts parts(Vpc v) {
    return new VpcParts(v.id(), v.name(), v.account(), v.region(), v.segment(), v.cidrs(), v.subnets(), v.routeTables(),
        v.origin(), v.location(), v.ipamAllocations(), v.tags());
  }
}
