package io.vpcplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.Network;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every view's DOT text against a checked-in file under src/test/resources/golden/render/.
 * Regenerate after an intended change with {@code mvn test -Dtest=DotGoldenTest -Dgolden.update=true}
 * and review the diff.
 */
class DotGoldenTest {
  static final Path DIR = Path.of("src/test/resources/golden/render");

  static Stream<Arguments> cases() {
    Network hub = Fixtures.hub();
    Network plan = hub.withTopology(List.of(), List.of(), List.of());
    Network empty = Network.ofVpcs(List.of());
    return Stream.of(
        Arguments.of("hub-overview", hub, DiagramOptions.of(DiagramView.OVERVIEW).withTitle("hub · overview")),
        Arguments.of("hub-overview-aggregated", hub, new DiagramOptions(DiagramView.OVERVIEW, 3, "hub · aggregated")),
        Arguments.of("hub-segments", hub, DiagramOptions.of(DiagramView.SEGMENTS)),
        Arguments.of("hub-segments-aggregated", hub, new DiagramOptions(DiagramView.SEGMENTS, 3, "")),
        Arguments.of("hub-account-payments", hub, DiagramOptions.of(DiagramView.account("payments"))),
        Arguments.of("hub-conflicts", hub, DiagramOptions.of(DiagramView.CONFLICTS)),
        Arguments.of("hub-conflicts-aggregated", hub, new DiagramOptions(DiagramView.CONFLICTS, 2, "")),
        Arguments.of("plan-segments", plan, DiagramOptions.of(DiagramView.SEGMENTS).withTitle("plan · segments")),
        Arguments.of("plan-overview", plan, DiagramOptions.of(DiagramView.OVERVIEW)),
        Arguments.of("empty-overview", empty, DiagramOptions.of(DiagramView.OVERVIEW)),
        Arguments.of("empty-conflicts", empty, DiagramOptions.of(DiagramView.CONFLICTS)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(String name, Network network, DiagramOptions options) throws IOException {
    String dot = DotWriter.write(network, options);
    Path file = DIR.resolve(name + ".dot");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(file, dot, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s (regenerate with -Dgolden.update=true)", file).exists();
    assertThat(dot).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
