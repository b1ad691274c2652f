package io.vpcplan.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.io.DesignLoader;
import io.vpcplan.ipam.Planner;
import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.topology.Fixtures;
import io.vpcplan.topology.Flow;
import io.vpcplan.topology.Reachability;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** compare agrees with reach: a design with gaps, or one that drops a flow, is unfit, never the cheap winner. */
class CompareCarriageTest {
  @Test
  void noDesignThatReachFindsGapsInIsSaidToFit() {
    Design d = DesignLoader.load(Path.of("designs/conn-acquired-overlap.yaml"));
    Network n = Planner.plan(d).network();
    Comparison.Report r = Comparison.compare(n, d.connectivity(), AwsFacts.defaults().with(d.overrides()), Flow.fromIntents(n));
    for (DesignSummary s : r.designs()) {
      if (s.notApplicable()) continue; // the hairpin without an on-premises site: nothing to check
      long gaps = Reachability.analyze(s.design().network()).gapCount();
      assertThat(gaps).as(s.name()).isPositive(); // identical blocks: no design can route them
      assertThat(s.eligible()).as(s.name()).isFalse();
      assertThat(s.unmet()).as(s.name()).anyMatch(u -> u.contains("intended VPC pairs are not connected"))
          .anyMatch(u -> u.startsWith("cannot carry 50 GB/month"));
    }
    assertThat(r.recommendation().reasons().get(0)).startsWith("no design fits every requirement")
        .doesNotContain("fits every quota and requirement");
    assertThat(r.recommendation().reasons()).noneMatch(s -> s.contains(": fits"));
  }

  @Test
  void aFlowADesignCannotCarryMakesItUnfitNotCheaper() {
    // prod and dev are kept apart by segmentation; a traffic file says they talk
    Network n = Fixtures.network().segment("prod", "prod").segment("dev", "dev")
        .vpc("p", "us-east-1", "app", "prod", "10.0.0.0/16").vpc("p", "us-east-1", "db", "prod", "10.1.0.0/16")
        .vpc("d", "us-east-1", "app", "dev", "10.2.0.0/16").build();
    String prodApp = n.vpcs().stream().filter(v -> v.account().equals("p") && v.name().equals("app")).findFirst().orElseThrow().id();
    String devApp = n.vpcs().stream().filter(v -> v.account().equals("d")).findFirst().orElseThrow().id();
    List<Flow> flows = List.of(new Flow(prodApp, devApp, 5000));
    Comparison.Report r = Comparison.compare(n, Design.Connectivity.DEFAULT, AwsFacts.defaults(), flows);
    DesignSummary hub = r.designs().stream().filter(s -> s.name().equals("tgw-hub")).findFirst().orElseThrow();
    assertThat(hub.eligible()).isFalse();
    assertThat(hub.unmet()).singleElement().satisfies(u -> assertThat(u)
        .contains("cannot carry 5000 GB/month between " + prodApp + " and " + devApp).contains("no route delivers it"));
    assertThat(hub.cost().tgwProcessing()).as("a dropped flow is not priced as if carried").isZero();
    // the full mesh peers every pair, so it carries the flow: the flow alone does not make it unfit
    DesignSummary mesh = r.designs().get(0);
    assertThat(mesh.unmet()).isEmpty();
    assertThat(mesh.cost().peeringTransfer()).isPositive();
  }
}
