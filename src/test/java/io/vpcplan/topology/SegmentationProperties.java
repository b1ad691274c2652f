package io.vpcplan.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For random segments and reach rules, the hub's TGW tables give a reachability matrix exactly
 * equal to the intent; removing one propagation shows up as a gap, adding one as a leak.
 */
class SegmentationProperties {
  record Scenario(int segments, boolean[][] reach, int[] segmentOf, int[] regionOf, boolean inspection, long seed) {
    Network network() {
      return network(false);
    }

    /** {@code overlaps}: every third VPC reuses the block of the one before it (mesh counts skip such pairs). */
    Network network(boolean overlaps) {
      String[] regions = {"us-east-1", "eu-west-1", "ap-southeast-2"};
      Fixtures f = Fixtures.network();
      for (int s = 0; s < segments; s++) {
        List<String> r = new ArrayList<>();
        for (int t = 0; t < segments; t++) if (reach[s][t]) r.add("s" + t);
        f.segment("s" + s, r.toArray(String[]::new));
      }
      for (int i = 0; i < segmentOf.length; i++) {
        f.vpc("acct" + (i % 4), regions[regionOf[i]], "v" + i, "s" + segmentOf[i], "10." + (overlaps && i % 3 == 2 ? i - 1 : i) + ".0.0/16");
      }
      return f.build();
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Arbitraries.integers().between(1, 5).flatMap(k -> Arbitraries.integers().between(2, 14).flatMap(n ->
        Combinators.combine(
            Arbitraries.of(true, false).list().ofSize(k * k),
            Arbitraries.integers().between(0, k - 1).array(int[].class).ofSize(n),
            Arbitraries.integers().between(0, 2).array(int[].class).ofSize(n),
            Arbitraries.of(true, false),
            Arbitraries.longs()).as((bits, seg, reg, insp, seed) -> {
              boolean[][] reach = new boolean[k][k];
              for (int i = 0; i < k * k; i++) reach[i / k][i % k] = bits.get(i);
              return new Scenario(k, reach, seg, reg, insp, seed);
            })));
  }

  private static Design.Connectivity options(boolean inspection) {
    return new Design.Connectivity("network", 64512, inspection);
  }

  @Property(tries = 150)
  void hubMatrixEqualsIntent(@ForAll("scenarios") Scenario s) {
    Network planned = s.network();
    Network hub = new HubDesigner().design(planned, options(s.inspection())).network();
    ReachReport r = Reachability.analyze(hub);
    for (int a = 0; a < s.segmentOf().length; a++) {
      for (int b = 0; b < s.segmentOf().length; b++) {
        if (a == b) continue;
        boolean want = s.reach()[s.segmentOf()[a]][s.segmentOf()[b]] || s.reach()[s.segmentOf()[b]][s.segmentOf()[a]];
        ReachReport.Status st = r.matrix().status(id(planned, a), id(planned, b));
        assertThat(st).as(id(planned, a) + " -> " + id(planned, b)).isEqualTo(want ? ReachReport.Status.FULL : ReachReport.Status.NONE);
      }
    }
    assertThat(r.leakCount()).isZero();
    assertThat(r.gapCount()).isZero();
  }

  @Property(tries = 150)
  void removingAPropagationIsAGap(@ForAll("scenarios") Scenario s) {
    Network hub = new HubDesigner().design(s.network(), options(false)).network();
    Random rnd = new Random(s.seed());
    List<int[]> candidates = new ArrayList<>();
    for (int g = 0; g < hub.transitGateways().size(); g++) {
      List<TgwRouteTable> ts = hub.transitGateways().get(g).routeTables();
      for (int t = 0; t < ts.size(); t++) {
        TgwRouteTable table = ts.get(t);
        if (table.id().endsWith("/peering") || table.id().endsWith("/inspection")) continue;
        for (int p = 0; p < table.propagations().size(); p++) {
          String prop = table.propagations().get(p);
          if (table.associations().stream().anyMatch(a -> !a.equals(prop))) candidates.add(new int[] {g, t, p});
        }
      }
    }
    if (candidates.isEmpty()) return;
    int[] c = candidates.get(rnd.nextInt(candidates.size()));
    Network broken = mutate(hub, c[0], c[1], table -> {
      List<String> props = new ArrayList<>(table.propagations());
      props.remove(c[2]);
      return props;
    });
    ReachReport r = Reachability.analyze(broken);
    assertThat(r.gapCount()).isPositive();
    assertThat(r.leakCount()).isZero();
  }

  @Property(tries = 150)
  void addingAPropagationIsALeak(@ForAll("scenarios") Scenario s) {
    Network planned = s.network();
    Network hub = new HubDesigner().design(planned, options(false)).network();
    TopologyGraph g = TopologyGraph.of(planned);
    Random rnd = new Random(s.seed());
    List<Object[]> candidates = new ArrayList<>();
    for (int gi = 0; gi < hub.transitGateways().size(); gi++) {
      TransitGateway tgw = hub.transitGateways().get(gi);
      for (int t = 0; t < tgw.routeTables().size(); t++) {
        TgwRouteTable table = tgw.routeTables().get(t);
        if (table.id().endsWith("/peering")) continue;
        for (TgwAttachment att : tgw.attachments()) {
          if (table.propagations().contains(att.id()) || att.resourceId().startsWith("tgw-")) continue;
          Vpc b = g.vpc(att.resourceId());
          boolean someoneMayNot = table.associations().stream().map(x -> g.vpc(x.substring("tgw-attach/".length())))
              .anyMatch(a -> a != null && !a.id().equals(b.id()) && !g.intended(a, b));
          if (someoneMayNot) candidates.add(new Object[] {gi, t, att.id()});
        }
      }
    }
    if (candidates.isEmpty()) return;
    Object[] c = candidates.get(rnd.nextInt(candidates.size()));
    Network leaky = mutate(hub, (int) c[0], (int) c[1], table -> {
      List<String> props = new ArrayList<>(table.propagations());
      props.add((String) c[2]);
      return props;
    });
    ReachReport r = Reachability.analyze(leaky);
    assertThat(r.leakCount()).isPositive();
    assertThat(r.leaks()).allSatisfy(l -> assertThat(l.path().hops()).anyMatch(h -> h.contains((String) c[2])));
  }

  @Property(tries = 100)
  void countedMeshEqualsBuiltMesh(@ForAll("scenarios") Scenario s, @ForAll boolean overlaps) {
    Network n = s.network(overlaps);
    for (boolean full : new boolean[] {true, false}) {
      TopologyDesign counted = (full ? new FullMeshDesigner(0) : new IntentMeshDesigner(0)).design(n, options(false));
      TopologyDesign built = (full ? new FullMeshDesigner() : new IntentMeshDesigner()).design(n, options(false));
      assertThat(counted.counts().peerings()).isEqualTo(built.counts().peerings());
      assertThat(counted.counts().peeringsPerVpc()).isEqualTo(built.counts().peeringsPerVpc());
      assertThat(counted.counts().routesPerVpcRouteTable()).isEqualTo(built.counts().routesPerVpcRouteTable());
    }
  }

  private static String id(Network n, int i) {
    return n.vpcs().get(i).id();
  }

  private static Network mutate(Network n, int g, int t, java.util.function.Function<TgwRouteTable, List<String>> props) {
    List<TransitGateway> tgws = new ArrayList<>(n.transitGateways());
    TransitGateway tgw = tgws.get(g);
    List<TgwRouteTable> tables = new ArrayList<>(tgw.routeTables());
    TgwRouteTable old = tables.get(t);
    tables.set(t, new TgwRouteTable(old.id(), old.name(), old.associations(), props.apply(old), old.routes()));
    tgws.set(g, new TransitGateway(tgw.id(), tgw.name(), tgw.account(), tgw.region(), tgw.asn(), tgw.defaultAssociation(),
        tgw.defaultPropagation(), tgw.autoAccept(), tgw.attachments(), tables, tgw.location()));
    return n.withTopology(tgws, n.peerings(), n.ramShares());
  }
}
