package io.vpcplan.generate.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcplan.generate.terraform.TerraformGenerator;
import io.vpcplan.model.Network;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    Map<String, List<JsonNode>> bodies = TfReader.parse(files, tmp.resolve(design));
    return Assembler.assemble(TfReader.read(bodies, files).resources, Plans.existing(design));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void readsBackAsPlanned(String design) {
    Network plan = Plans.plan(design);
    assertThat(Facts.of(readBack(design), false)).containsExactlyElementsOf(Facts.of(plan, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void reachesAsPlanned(String design) {
    Network plan = Plans.plan(design);
    List<List<String>> m = Plans.reach(plan, readBack(design));
    assertThat(m.get(1)).containsExactlyElementsOf(m.get(0));
  }
}
