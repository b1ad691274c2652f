package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for `reach` (table with matrix, JSON) and `validate` on designs/hybrid-dc.yaml: the
 * data centre is a row and a column of the matrix; a mesh says the site has no gateway.
 * Regenerate with {@code mvn test -Dtest=HybridGoldenTest -Dgolden.update=true}.
 */
class HybridGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/hybrid");
  private static final String DESIGN = "designs/hybrid-dc.yaml";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("hybrid-dc.reach.txt", 0, new String[] {"reach", DESIGN, "--topology", "tgw-hub", "--matrix"}),
        Arguments.of("hybrid-dc.reach.json", 0, new String[] {"reach", DESIGN, "--topology", "tgw-hub", "--format", "json"}),
        Arguments.of("hybrid-dc.reach-mesh.txt", 1, new String[] {"reach", DESIGN, "--topology", "full-mesh"}),
        Arguments.of("hybrid-dc.validate.txt", 0, new String[] {"validate", DESIGN, "--topology", "tgw-hub"}),
        Arguments.of("hybrid-dc.validate-mesh.txt", 0, new String[] {"validate", DESIGN, "--topology", "full-mesh"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(String golden, int exit, String[] args) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isEqualTo(exit);
    Path file = GOLDEN.resolve(golden);
    if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
      if (!Boolean.getBoolean("golden.update")) throw new AssertionError("golden file " + file + " was missing; written, check it in");
    }
    assertThat(out.toString()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
