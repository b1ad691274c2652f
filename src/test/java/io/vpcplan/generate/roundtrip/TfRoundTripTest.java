package io.vpcplan.generate.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcplan.generate.terraform.TerraformGenerator;
import io.vpcplan.model.Network;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * plan → generate terraform → parse every root module with HashiCorp's HCL parser → the same VPCs,
 * blocks, subnets, TGW route tables, associations, propagations and static routes, and the same
 * reachability, pair by pair.
 */
class TfRoundTripTest {
  @TempDir static Path tmp;
  private static final Map<String, Network> READ = new java.util.concurrent.ConcurrentHashMap<>();

  static java.util.stream.Stream<String> designs() {
    return Plans.names();
  }

  static Network readBack(String design) {
    return READ.computeIfAbsent(design, TfRoundTripTest::read);
  }

  private static Network read(String design) {
    Map<String, String> files = Plans.generate(new TerraformGenerator(), design);
    TfReader r = TfReader.read(TfReader.parse(files, tmp.resolve(design)), files);
    GENERATED_IPV6.put(design, r.resources.stream().filter(x -> x.kind() == Res.Kind.VPC && x.str("ipv6Generated").equals("true"))
        .map(Res::id).sorted().toList());
    return Assembler.assemble(r.resources, Plans.existing(design));
  }

  static Network read(String design, Map<String, List<JsonNode>> bodies, Map<String, String> files) {
    return Assembler.assemble(TfReader.read(bodies, files).resources, Plans.existing(design));
  }

  private static final Map<String, List<String>> GENERATED_IPV6 = new java.util.concurrent.ConcurrentHashMap<>();

  /** Terraform cannot pin the plan's IPv6 blocks (Amazon assigns them): every dual-stack VPC asks for one, no other. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void dualStackVpcsAskForIpv6(String design) {
    readBack(design);
    List<String> want = Plans.plan(design).vpcs().stream().filter(v -> v.origin() != io.vpcplan.model.Origin.EXISTING)
        .filter(v -> v.cidrs().stream().anyMatch(c -> !c.isV4())).map(io.vpcplan.model.Vpc::id).sorted().toList();
    assertThat(GENERATED_IPV6.get(design)).isEqualTo(want);
  }

  /**
   * With --ipam each VPC asks its pool for its planned block (ipv4_ipam_pool_id + cidr_block), so
   * the modules still name every block and must read back as the plan, reachability included.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void withIpamReadsBackAndReachesAsPlanned(String design) {
    Network plan = Plans.plan(design);
    Map<String, String> files = Plans.generate(new TerraformGenerator(), design, true);
    Network back = read(design, TfReader.parse(files, tmp.resolve(design + "-ipam")), files);
    assertThat(Facts.of(back, false)).containsExactlyElementsOf(Facts.of(plan, false));
    List<List<String>> m = Plans.reach(plan, back);
    assertThat(m.get(1)).containsExactlyElementsOf(m.get(0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void readsBackAsPlanned(String design) {
    Network plan = Plans.plan(design);
    assertThat(Facts.of(readBack(design), false)).containsExactlyElementsOf(Facts.of(plan, false));
  }

  /**
   * Every subnet routes as the plan's tables as deployed, internet and NAT routes included (the
   * Terraform writer takes its tables from VpcGateways; this checks what it writes of them, e.g.
   * that attachment subnets get no NAT default route).
   */
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

  /** Negative control: the propagation of nonprod/us-east-1/sandbox into the nonprod table missing in the generated modules is a different network and a different reach. */
  @Test
  void aMissingPropagationIsNoticed() {
    String design = "conn-segmented-hub";
    Network plan = Plans.plan(design);
    Map<String, String> files = Plans.generate(new TerraformGenerator(), design);
    Map<String, List<JsonNode>> bodies = TfReader.parse(files, tmp.resolve("neg-prop"));
    String gone = Mutate.dropTf(bodies, "aws_ec2_transit_gateway_route_table_propagation",
        (name, a) -> name.equals("tgw_rtb_us_east_1_nonprod_tgw_attach_nonprod_us_east_1_sandbox"));
    Network back = read(design, bodies, files);
    assertThat(Facts.of(back, false)).as("without " + gone).isNotEqualTo(Facts.of(plan, false));
    List<List<String>> m = Plans.reach(plan, back);
    assertThat(m.get(1)).as("reach without " + gone).isNotEqualTo(m.get(0));
  }

  /** Negative control: one VPC route to a peering fewer and the reachability proof differs from the plan's. */
  @Test
  void aMissingVpcRouteIsNoticed() {
    String design = "conn-4-vpc-peering";
    Network plan = Plans.plan(design);
    Map<String, String> files = Plans.generate(new TerraformGenerator(), design);
    Map<String, List<JsonNode>> bodies = TfReader.parse(files, tmp.resolve("neg-route"));
    String gone = Mutate.dropTf(bodies, "aws_route", (name, a) -> a.has("vpc_peering_connection_id"));
    List<List<String>> m = Plans.reach(plan, read(design, bodies, files));
    assertThat(m.get(1)).as("reach without " + gone).isNotEqualTo(m.get(0));
  }
}
