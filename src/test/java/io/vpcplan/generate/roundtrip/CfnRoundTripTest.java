package io.vpcplan.generate.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.generate.cfn.CloudFormationGenerator;
import io.vpcplan.model.Network;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * plan → generate cloudformation → read the stacks back → the same VPCs, blocks, subnets, TGW route
 * tables, associations, propagations and static routes, and the same reachability, pair by pair.
 */
class CfnRoundTripTest {
  static java.util.stream.Stream<String> designs() {
    return Plans.names();
  }

  private static final java.util.Map<String, Network> READ = new java.util.concurrent.ConcurrentHashMap<>();

  static Network readBack(String design) {
    return READ.computeIfAbsent(design, CfnRoundTripTest::read);
  }

  private static Network read(String design) {
    return Assembler.assemble(CfnReader.read(CfnReader.parse(Plans.generate(new CloudFormationGenerator(), design))).resources,
        Plans.existing(design));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void readsBackAsPlanned(String design) {
    Network plan = Plans.plan(design);
    assertThat(Facts.of(readBack(design), true)).containsExactlyElementsOf(Facts.of(plan, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void reachesAsPlanned(String design) {
    Network plan = Plans.plan(design);
    List<List<String>> m = Plans.reach(plan, readBack(design));
    assertThat(m.get(1)).containsExactlyElementsOf(m.get(0));
  }
}
