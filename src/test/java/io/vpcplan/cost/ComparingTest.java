package io.vpcplan.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.io.DesignLoader;
import io.vpcplan.ipam.Planner;
import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.topology.Fixtures;
import io.vpcplan.topology.Flow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The lazy pick (what generate, validate, diagram ... use) names the design the full comparison recommends. */
class ComparingTest {
  static Stream<Path> designs() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("designs"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("designs")
  void pickIsTheRecommendation(Path file) {
    Design d = DesignLoader.load(file);
    Network n = Planner.plan(d).network();
    Facts facts = AwsFacts.defaults().with(d.overrides());
    List<Flow> flows = Flow.fromIntents(n);
    assertSame(n, d.connectivity(), facts, flows);
  }

  /** Tight quotas and traffic between every pair move the pick between designs and into the nothing-fits fallback. */
  @Property(tries = 60)
  void pickIsTheRecommendationUnderAnyQuotasAndTraffic(@ForAll @IntRange(min = 2, max = 9) int vpcs,
      @ForAll @IntRange(min = 1, max = 12) int attachments, @ForAll @IntRange(min = 1, max = 10) int peerings,
      @ForAll @IntRange(min = 0, max = 400) int gb) {
    // two segments kept apart, VPCs alternating between them, over two regions
    Fixtures f = Fixtures.network().segment("a", "a").segment("b", "b");
    for (int i = 0; i < vpcs; i++) {
      f.vpc("acct" + (i % 3), i % 4 < 2 ? "us-east-1" : "eu-west-1", "vpc" + i, i % 2 == 0 ? "a" : "b", "10." + i + ".0.0/16");
    }
    Network n = f.build();
    Facts facts = AwsFacts.defaults().with(List.of(new Design.Override("quotas.attachmentsPerTgw", attachments, null),
        new Design.Override("quotas.peeringsPerVpc", peerings, null)));
    // traffic within a segment (carried by every design) and, from 200 GB up, across (only a full mesh carries it)
    List<Flow> flows = new java.util.ArrayList<>();
    for (int i = 0; i + 2 < vpcs && gb > 0; i++) flows.add(new Flow(n.vpcs().get(i).id(), n.vpcs().get(i + 2).id(), gb));
    if (gb >= 200) flows.add(new Flow(n.vpcs().get(0).id(), n.vpcs().get(1).id(), gb));
    assertSame(n, Design.Connectivity.DEFAULT, facts, flows);
  }

  private static void assertSame(Network n, Design.Connectivity c, Facts facts, List<Flow> flows) {
    String full = Comparison.compare(n, c, facts, flows).recommendation().design();
    Comparing lazy = new Comparing(n, c, facts, flows);
    assertThat(lazy.pick().name()).isEqualTo(full);
    assertThat(lazy.report().recommendation().design()).isEqualTo(full); // and the report after the pick agrees too
  }
}
