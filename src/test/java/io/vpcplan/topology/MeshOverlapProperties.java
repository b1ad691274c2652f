package io.vpcplan.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Vpc;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A VPC cannot route one destination to two peers (AWS: RouteAlreadyExists), nor a narrower one to
 * a second peer without cutting the first one short: every mesh keeps the peer routes of each table
 * disjoint, and says which pairs it left out.
 */
class MeshOverlapProperties {
  static final Design.Connectivity OPTIONS = new Design.Connectivity("network", 64512, false);

  @Property(tries = 200)
  void peerRoutesOfOneTableNeverOverlap(@ForAll("estates") Network n) {
    for (TopologyDesigner d : List.of(new FullMeshDesigner(), new IntentMeshDesigner())) {
      TopologyDesign t = d.design(n, OPTIONS);
      for (Vpc v : t.network().vpcs()) {
        for (RouteTable rt : v.routeTables()) {
          List<Route> peer = rt.routes().stream().filter(r -> r.targetType() == RouteTarget.PEERING).toList();
          for (int i = 0; i < peer.size(); i++) {
            for (int j = i + 1; j < peer.size(); j++) {
              Route a = peer.get(i);
              Route b = peer.get(j);
              if (a.target().equals(b.target())) continue;
              assertThat(a.destination().overlaps(b.destination()))
                  .as(d.name() + " " + rt.id() + ": " + a + " and " + b).isFalse();
            }
          }
        }
      }
      for (Peering p : t.network().peerings()) {
        assertThat(t.peered().test(p.requesterVpcId(), p.accepterVpcId())).isTrue();
      }
    }
  }

  @Example
  void thePairThatWouldShadowAnotherIsLeftOutWithANote() {
    Network n = Fixtures.network().segment("all", "all")
        .vpc("a", "us-east-1", "hub", "all", "10.0.0.0/16")
        .vpc("b", "us-east-1", "left", "all", "172.31.0.0/16")
        .vpc("c", "us-east-1", "right", "all", "172.31.0.0/16").build();
    TopologyDesign t = new FullMeshDesigner().design(n, OPTIONS);
    assertThat(t.network().peerings()).hasSize(1);
    Peering p = t.network().peerings().get(0);
    assertThat(List.of(p.requesterVpcId(), p.accepterVpcId())).containsExactly("a/us-east-1/hub", "b/us-east-1/left");
    assertThat(t.peered().test("a/us-east-1/hub", "c/us-east-1/right")).isFalse();
    assertThat(t.notes()).anyMatch(s -> s.startsWith("cannot peer a/us-east-1/hub and c/us-east-1/right:")
        && s.contains("already peers with b/us-east-1/left"));
  }

  @Example
  void withoutOverlapsEveryPairIsPeered() {
    TopologyDesign t = new FullMeshDesigner().design(Fixtures.allToAll(6), OPTIONS);
    assertThat(t.network().peerings()).hasSize(15);
  }

  @Provide
  Arbitrary<Network> estates() {
    // /16s drawn from a few /14s and some /17 halves, so that overlaps are common
    Arbitrary<String> block = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 7).map(i -> "10." + i + ".0.0/16"),
        Arbitraries.integers().between(0, 7).map(i -> "10." + (i / 2) + "." + (i % 2 * 128) + ".0/17"));
    return block.list().ofMinSize(2).ofMaxSize(9).map(blocks -> {
      Fixtures f = Fixtures.network().segment("a", "a", "b").segment("b", "b");
      for (int i = 0; i < blocks.size(); i++) {
        String seg = i % 3 == 0 ? "b" : "a";
        f.vpc("acct" + (i % 2), "us-east-1", "v" + i, seg, blocks.get(i));
      }
      return f.build();
    });
  }
}
