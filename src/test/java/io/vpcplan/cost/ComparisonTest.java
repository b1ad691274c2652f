package io.vpcplan.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.topology.Fixtures;
import io.vpcplan.topology.Flow;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  @Test
  void sixtyVpcsBreakTheMeshQuotasAndGetTheHub() {
    Network n = Fixtures.allToAll(60);
    Comparison.Report r = Comparison.compare(n, Design.Connectivity.DEFAULT, AwsFacts.defaults(), List.of());
    DesignSummary mesh = r.designs().get(0);
    assertThat(mesh.counts().peerings()).isEqualTo(1770);
    assertThat(mesh.violations()).extracting(QuotaViolation::quota)
        .containsExactly("quotas.peeringsPerVpc", "quotas.routesPerRouteTable");
    assertThat(mesh.violations().get(0).subjectsOver()).isEqualTo(60);
    assertThat(r.recommendation().design()).isEqualTo("tgw-hub");
    assertThat(r.recommendation().reasons()).anyMatch(s -> s.contains("59 peerings") && s.contains("quota of 50"));
    DesignSummary hub = r.designs().get(2);
    assertThat(hub.cost().attachmentHours()).isEqualTo(60 * 0.05 * 730);
  }

  @Test
  void fourVpcsArePeeredForCost() {
    Network n = Fixtures.allToAll(4);
    List<Flow> flows = List.of(new Flow(n.vpcs().get(0).id(), n.vpcs().get(1).id(), 1000));
    Comparison.Report r = Comparison.compare(n, Design.Connectivity.DEFAULT, AwsFacts.defaults(), flows);
    assertThat(r.recommendation().design()).isEqualTo("intent-mesh");
    // 2 AZs each: half the traffic crosses AZs, $0.01 each way
    assertThat(r.designs().get(1).cost().peeringTransfer()).isEqualTo(10.0);
    assertThat(r.designs().get(2).cost().total()).isEqualTo(4 * 36.5 + 20);
  }

  @Test
  void theHubsQuotaViolationsComeFromItsObjects() {
    Facts tight = AwsFacts.defaults().with(List.of(new Design.Override("quotas.attachmentsPerTgw", 3, null)));
    Comparison.Report r = Comparison.compare(Fixtures.allToAll(4), Design.Connectivity.DEFAULT, tight, List.of());
    assertThat(r.designs().get(2).violations()).singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("4 attachments on tgw-us-east-1 exceed the quota of 3"));
  }

  @Test
  void privateLinkOnlyForOneWayTcpAcrossOverlaps() {
    Network n = Fixtures.network().segment("prod").vpc("a", "us-east-1", "core", "prod", "10.0.0.0/16")
        .vpc("b", "us-east-1", "acq", "", "10.0.0.0/16").vpc("a", "us-east-1", "other", "prod", "10.1.0.0/16")
        .intent("a/us-east-1/core", "b/us-east-1/acq", "tcp", 443, 100, false)
        .intent("a/us-east-1/core", "b/us-east-1/acq", "tcp", 5432, 100, true)
        .intent("a/us-east-1/other", "b/us-east-1/acq", "tcp", 443, 100, false).build();
    List<PrivateLinkAdvice> advice = PrivateLinkAdvisor.advise(n, AwsFacts.defaults());
    assertThat(advice).hasSize(2);
    PrivateLinkAdvice yes = advice.get(0);
    assertThat(yes.recommended()).isTrue();
    assertThat(yes.endpointAzs()).containsExactly("us-east-1a", "us-east-1b");
    // 2 AZ x $0.01 x 730 + 100 GB x $0.01 + NLB $0.0225 x 730
    assertThat(yes.monthlyCostUsd()).isEqualTo(Math.round((14.6 + 1 + 16.425) * 100) / 100.0);
    assertThat(advice.get(1).recommended()).isFalse();
    assertThat(advice.get(1).reason()).contains("two-way").contains("10.0.0.0/16");
    assertThat(advice.get(1).action()).contains("private NAT gateway");
  }
}
