package io.vpcplan.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.model.TransitGateway;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitTgwDesignerTest {
  /** prod and nonprod reach shared only: prod, nonprod get a TGW each; shared attaches to both. */
  static Network twoEnvs(String... extraRegions) {
    Fixtures f = Fixtures.network().segment("prod", "shared").segment("nonprod", "shared").segment("shared")
        .vpc("prod", "us-east-1", "p1", "prod", "10.0.0.0/20").vpc("prod", "us-east-1", "p2", "prod", "10.0.16.0/20")
        .vpc("nonprod", "us-east-1", "n1", "nonprod", "10.1.0.0/20").vpc("shared", "us-east-1", "s1", "shared", "10.2.0.0/20");
    for (String r : extraRegions) f.vpc("prod", r, "p3", "prod", "10.3.0.0/20");
    return f.build();
  }

  @Test
  void aTgwPerEnvironmentWithSharedServicesOnBoth() {
    TopologyDesign td = new SplitTgwDesigner().design(twoEnvs(), Design.Connectivity.DEFAULT);
    assertThat(td.materialized()).isTrue();
    assertThat(td.network().transitGateways()).extracting(TransitGateway::id)
        .containsExactly("tgw-nonprod-us-east-1", "tgw-prod-us-east-1");
    // p1, p2 on prod; n1 on nonprod; s1 on both: 5 attachments where the hub has 4
    assertThat(td.counts().attachments()).isEqualTo(5);
    assertThat(td.counts().attachmentsPerTgw()).containsEntry("tgw-prod-us-east-1", 3L).containsEntry("tgw-nonprod-us-east-1", 2L);
    ReachReport reach = Reachability.analyze(td.network());
    assertThat(reach.gaps()).isEmpty();
    assertThat(reach.leaks()).isEmpty();
    assertThat(reach.matrix().status("prod/us-east-1/p1", "shared/us-east-1/s1")).isEqualTo(ReachReport.Status.FULL);
    assertThat(reach.matrix().status("shared/us-east-1/s1", "nonprod/us-east-1/n1")).isEqualTo(ReachReport.Status.FULL);
    assertThat(reach.matrix().status("prod/us-east-1/p1", "nonprod/us-east-1/n1")).isEqualTo(ReachReport.Status.NONE);
    assertThat(reach.matrix().status("prod/us-east-1/p1", "prod/us-east-1/p2")).isEqualTo(ReachReport.Status.NONE);
  }

  @Test
  void sameEnvironmentTgwsPeerAcrossRegions() {
    TopologyDesign td = new SplitTgwDesigner().design(twoEnvs("eu-west-1"), Design.Connectivity.DEFAULT);
    assertThat(td.network().transitGateways()).extracting(TransitGateway::id)
        .containsExactly("tgw-nonprod-us-east-1", "tgw-prod-eu-west-1", "tgw-prod-us-east-1");
    // 6 VPC attachments (s1 twice) + one TGW peering between the two prod TGWs
    assertThat(td.counts().attachments()).isEqualTo(7);
    ReachReport reach = Reachability.analyze(td.network());
    assertThat(reach.gaps()).isEmpty();
    assertThat(reach.leaks()).isEmpty();
    assertThat(reach.matrix().status("prod/eu-west-1/p3", "shared/us-east-1/s1")).isEqualTo(ReachReport.Status.FULL);
  }

  @Test
  void oneEnvironmentIsNotApplicable() {
    Network n = Fixtures.allToAll(4);
    assertThat(SplitTgwDesigner.notApplicable(n)).hasValueSatisfying(s -> assertThat(s)
        .startsWith("not applicable: the design has one environment (all)"));
    assertThat(SplitTgwDesigner.notApplicable(twoEnvs())).isEmpty();
    TopologyDesign td = new SplitTgwDesigner().design(n, Design.Connectivity.DEFAULT);
    assertThat(td.network().transitGateways()).isEmpty();
    assertThat(td.materialized()).isFalse();
  }

  @Test
  void accountEnvironmentsWinOverSegmentNames() {
    Network n = twoEnvs();
    n = new Network(List.of(new io.vpcplan.model.Account("", "prod", "", "live"),
        new io.vpcplan.model.Account("", "nonprod", "", "test")), n.vpcs(), List.of(), List.of(), List.of(), List.of(),
        List.of(), n.segments(), n.intents());
    TopologyDesign td = new SplitTgwDesigner().design(n, Design.Connectivity.DEFAULT);
    assertThat(td.network().transitGateways()).extracting(TransitGateway::id)
        .containsExactly("tgw-live-us-east-1", "tgw-test-us-east-1");
  }
}
