package io.vpcplan.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Vpc;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link TopologyDesigner} promises; run against each implementation. */
abstract class DesignerContract {
  abstract TopologyDesigner designer();

  /** Whether the design may route pairs that no rule asks for (only the full mesh). */
  boolean mayLeak() {
    return false;
  }

  static final Design.Connectivity OPTIONS = new Design.Connectivity("network", 64512, false);

  static Network sample() {
    return Fixtures.network().segment("prod", "shared").segment("dev", "shared", "dev").segment("shared")
        .vpc("prod", "us-east-1", "p1", "prod", "10.0.0.0/16").vpc("prod", "us-east-1", "p2", "prod", "10.1.0.0/16")
        .vpc("dev", "us-east-1", "d1", "dev", "10.2.0.0/16").vpc("dev", "eu-west-1", "d2", "dev", "10.64.0.0/16")
        .vpc("shared", "us-east-1", "s1", "shared", "10.4.0.0/16").vpc("shared", "eu-west-1", "s2", "shared", "10.65.0.0/16")
        .intent("prod/us-east-1/p1", "dev/us-east-1/d1", "tcp", 443, 3000, false)
        .intent("prod/us-east-1/p2", "shared/us-east-1/s1", "tcp", 443, 9000, false).build();
  }

  @Test
  void nameIsOneOfTheContractNames() {
    assertThat(designer().name()).isIn("full-mesh", "intent-mesh", "tgw-hub", "hybrid");
  }

  @Test
  void keepsEveryVpcBlockAndSubnet() {
    Network in = sample();
    Network out = designer().design(in, OPTIONS).network();
    for (Vpc v : in.vpcs()) {
      Vpc o = out.vpc(v.id()).orElseThrow();
      assertThat(o.cidrs()).isEqualTo(v.cidrs());
      assertThat(o.subnets()).isEqualTo(v.subnets());
      assertThat(o.segment()).isEqualTo(v.segment());
    }
  }

  @Test
  void countsAreThoseOfTheBuiltObjects() {
    TopologyDesign d = designer().design(sample(), OPTIONS);
    assertThat(d.materialized()).isTrue();
    assertThat(d.counts()).isEqualTo(Counter.count(d.network()));
  }

  @Test
  void isDeterministic() {
    assertThat(designer().design(sample(), OPTIONS).network()).isEqualTo(designer().design(sample(), OPTIONS).network());
  }

  @Test
  void peeredAgreesWithThePeeringsBuilt() {
    TopologyDesign d = designer().design(sample(), OPTIONS);
    Set<String> built = new java.util.HashSet<>();
    for (Peering p : d.network().peerings()) built.add(p.requesterVpcId() + " " + p.accepterVpcId());
    List<Vpc> vs = sample().vpcs();
    for (Vpc a : vs) {
      for (Vpc b : vs) {
        if (a.id().compareTo(b.id()) >= 0) continue;
        assertThat(d.peered().test(a.id(), b.id())).as(a.id() + " " + b.id())
            .isEqualTo(built.contains(a.id() + " " + b.id()) || built.contains(b.id() + " " + a.id()));
      }
    }
  }

  @Test
  void routesEveryIntendedPairAndLeaksOnlyIfAllowed() {
    ReachReport r = Reachability.analyze(designer().design(sample(), OPTIONS).network());
    assertThat(r.gaps()).isEmpty();
    assertThat(r.reachablePairs()).isGreaterThanOrEqualTo(r.intendedPairs());
    if (!mayLeak()) assertThat(r.leaks()).isEmpty();
    else assertThat(r.leakCount()).isPositive();
  }
}
