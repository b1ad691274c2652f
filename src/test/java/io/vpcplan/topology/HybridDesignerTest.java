package io.vpcplan.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.RouteTarget;
import org.junit.jupiter.api.Test;

class HybridDesignerTest extends DesignerContract {
  static final HybridDesigner.Rule RULE = new HybridDesigner.Rule(0.02, 0.01, 0.02, 10, 50, 50);

  @Override
  TopologyDesigner designer() {
    return new HybridDesigner(RULE, Flow.fromIntents(sample()), new HubDesigner());
  }

  @Test
  void peersTheHeavyPairAndLongestPrefixMatchPrefersThePeering() {
    TopologyDesign d = designer().design(sample(), OPTIONS);
    // p2 -> s1: 9000 GB, 2 shared AZs of 2 each: cross-AZ half -> peering 90, TGW 180: saves 90
    // p1 -> d1: 3000 GB saves 30, but p1 and d1 are in segments that do not route: still intended by the intent
    assertThat(d.network().peerings()).extracting(p -> p.requesterVpcId() + "|" + p.accepterVpcId())
        .containsExactly("prod/us-east-1/p2|shared/us-east-1/s1", "dev/us-east-1/d1|prod/us-east-1/p1");
    java.util.List<Path> paths = Reachability.trace(d.network(), "prod/us-east-1/p2", "shared/us-east-1/s1");
    assertThat(paths).allSatisfy(p -> assertThat(p.hops().get(0)).contains("pcx/"));
    assertThat(d.network().vpc("prod/us-east-1/p2").orElseThrow().routeTables().get(0).routes())
        .anySatisfy(r -> assertThat(r.targetType()).isEqualTo(RouteTarget.TRANSIT_GATEWAY));
  }

  @Test
  void savingsFollowTheAzShare() {
    var a = sample().vpc("prod/us-east-1/p2").orElseThrow();
    var b = sample().vpc("shared/us-east-1/s1").orElseThrow();
    assertThat(HybridDesigner.savings(RULE, a, b, 1000)).isEqualTo(20 - 10, org.assertj.core.data.Offset.offset(1e-9));
  }
}
