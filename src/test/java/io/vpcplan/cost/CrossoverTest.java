package io.vpcplan.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.Design;
import io.vpcplan.topology.FullMeshDesigner;
import io.vpcplan.topology.TopologyDesign;
import org.junit.jupiter.api.Test;

class CrossoverTest {
  @Test
  void meshLeavesTheDefaultQuotasAt52AndTheMaximumsAt127() {
    Crossover.Table t = Crossover.table(AwsFacts.defaults(), 2, 200);
    assertThat(t.rows()).hasSize(199);
    assertThat(t.firstOverQuota()).isEqualTo(52);
    assertThat(t.firstImpossible()).isEqualTo(127);
    assertThat(t.rows().get(0).peerings()).isEqualTo(1);
    assertThat(t.rows().get(198).peerings()).isEqualTo(19900);
    assertThat(t.rows().get(3).hubMonthlyUsd()).isEqualTo(182.5);
  }

  @Test
  void rowsAgreeWithTheFullMeshDesigner() {
    Crossover.Table t = Crossover.table(AwsFacts.defaults(), 2, 200);
    for (int n : new int[] {2, 5, 10, 52, 127}) {
      TopologyDesign d = new FullMeshDesigner().design(io.vpcplan.topology.Fixtures.allToAll(n), Design.Connectivity.DEFAULT);
      Crossover.Row row = t.rows().get(n - 2);
      assertThat(d.counts().peerings()).isEqualTo(row.peerings());
      assertThat(d.counts().maxPeeringsPerVpc()).isEqualTo(row.peeringsPerVpc());
      assertThat(d.counts().maxVpcRouteTableRoutes()).isEqualTo(row.routesPerTable());
      assertThat(QuotaCheck.check(d.counts(), AwsFacts.defaults()).isEmpty()).isEqualTo(row.meshWithinQuotas());
    }
  }
}
