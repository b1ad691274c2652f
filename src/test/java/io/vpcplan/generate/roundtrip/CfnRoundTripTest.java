package io.vpcplan.generate.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.generate.cfn.CloudFormationGenerator;
import io.vpcplan.model.Network;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
    return read(design, parsed(design));
  }

  static Map<String, JsonNode> parsed(String design) {
    return CfnReader.parse(Plans.generate(new CloudFormationGenerator(), design));
  }

  static Network read(String design, Map<String, JsonNode> docs) {
    return Assembler.assemble(CfnReader.read(docs).resources, Plans.existing(design));
  }

  /**
   * With --ipam each VPC asks its pool for its planned block (pool id + CidrBlock), so the stacks
   * still name every block and must read back as the plan, reachability included.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void withIpamReadsBackAndReachesAsPlanned(String design) {
    Network plan = Plans.plan(design);
    Network back = read(design, CfnReader.parse(Plans.generate(new CloudFormationGenerator(), design, true)));
    assertThat(Facts.of(back, true)).containsExactlyElementsOf(Facts.of(plan, true));
    List<List<String>> m = Plans.reach(plan, back);
    assertThat(m.get(1)).containsExactlyElementsOf(m.get(0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void readsBackAsPlanned(String design) {
    Network plan = Plans.plan(design);
    assertThat(Facts.of(readBack(design), true)).containsExactlyElementsOf(Facts.of(plan, true));
  }

  /** Every subnet routes as the plan's tables as deployed, internet and NAT routes included. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void vpcRoutesAsPlanned(String design) {
    VpcRoutes.assertAsPlanned(readBack(design), Plans.plan(design), true);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void reachesAsPlanned(String design) {
    Network plan = Plans.plan(design);
    List<List<String>> m = Plans.reach(plan, readBack(design));
    assertThat(m.get(1)).containsExactlyElementsOf(m.get(0));
  }

  /** Negative control: the propagation of nonprod/us-east-1/sandbox into the nonprod table missing in the generated stacks is a different network and a different reach. */
  @Test
  void aMissingPropagationIsNoticed() {
    String design = "conn-segmented-hub";
    Network plan = Plans.plan(design);
    Map<String, JsonNode> docs = parsed(design);
    String gone = Mutate.dropCfn(docs, "AWS::EC2::TransitGatewayRouteTablePropagation",
        (id, p) -> id.equals("TgwRtbUsEast1NonprodRouteTablePropagationTgwAttachNonprodUsEast1Sandbox"));
    Network back = read(design, docs);
    assertThat(Facts.of(back, true)).as("without " + gone).isNotEqualTo(Facts.of(plan, true));
    List<List<String>> m = Plans.reach(plan, back);
    assertThat(m.get(1)).as("reach without " + gone).isNotEqualTo(m.get(0));
  }

  /** Negative control: one VPC route to a peering fewer and the reachability proof differs from the plan's. */
  @Test
  void aMissingVpcRouteIsNoticed() {
    String design = "conn-4-vpc-peering";
    Network plan = Plans.plan(design);
    Map<String, JsonNode> docs = parsed(design);
    String gone = Mutate.dropCfn(docs, "AWS::EC2::Route", (id, p) -> p.has("VpcPeeringConnectionId"));
    List<List<String>> m = Plans.reach(plan, read(design, docs));
    assertThat(m.get(1)).as("reach without " + gone).isNotEqualTo(m.get(0));
  }
}
