package io.vpcplan.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The hand-checked counts of the issue: 5 VPCs need 10 peerings, 10 need 45. */
class MeshCountTest {
  @ParameterizedTest
  @CsvSource({"2,1", "5,10", "10,45", "60,1770"})
  void fullMeshPeerings(int n, long expected) {
    TopologyDesign d = new FullMeshDesigner().design(Fixtures.allToAll(n), Design.Connectivity.DEFAULT);
    assertThat(d.counts().peerings()).isEqualTo(expected);
    assertThat(d.network().peerings()).hasSize((int) expected);
    assertThat(d.counts().maxPeeringsPerVpc()).isEqualTo(n - 1);
    assertThat(d.counts().maxVpcRouteTableRoutes()).isEqualTo(n - 1);
  }

  @Test
  void countedMeshEqualsBuiltMesh() {
    Network n = Fixtures.network().segment("prod", "shared").segment("dev", "shared", "dev").segment("shared")
        .vpc("a", "us-east-1", "p1", "prod", "10.0.0.0/16").vpc("a", "us-east-1", "p2", "prod", "10.1.0.0/16")
        .vpc("b", "us-east-1", "d1", "dev", "10.2.0.0/16").vpc("b", "eu-west-1", "d2", "dev", "10.3.0.0/16")
        .vpc("c", "us-east-1", "s1", "shared", "10.4.0.0/16").bare("x", "us-east-1", "acq", "", "10.0.0.0/16")
        .intent("a/us-east-1/p1", "x/us-east-1/acq", "tcp", 443, 10, false)
        .intent("a/us-east-1/p2", "b/us-east-1/d1", "tcp", 443, 10, false).build();
    for (MeshDesigner m : new MeshDesigner[] {new FullMeshDesigner(0), new IntentMeshDesigner(0)}) {
      TopologyDesign counted = m.design(n, Design.Connectivity.DEFAULT);
      MeshDesigner built = m instanceof FullMeshDesigner ? new FullMeshDesigner() : new IntentMeshDesigner();
      TopologyDesign real = built.design(n, Design.Connectivity.DEFAULT);
      assertThat(counted.materialized()).isFalse();
      assertThat(real.materialized()).isTrue();
      assertThat(counted.counts().peerings()).isEqualTo(real.counts().peerings());
      assertThat(counted.counts().peeringsPerVpc()).isEqualTo(real.counts().peeringsPerVpc());
      assertThat(counted.counts().routesPerVpcRouteTable()).isEqualTo(real.counts().routesPerVpcRouteTable());
    }
  }
}
