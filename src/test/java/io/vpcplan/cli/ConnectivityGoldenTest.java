package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for `compare` (JSON and table) and `reach` on every designs/conn-*.yaml and designs/hybrid-*.yaml (on-premises sites with their VPN and Direct Connect).
 * Regenerate with {@code mvn test -Dtest=ConnectivityGoldenTest -Dgolden.update=true}.
 */
class ConnectivityGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/connectivity");

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("designs"))) {
      for (Path p : files.filter(f -> f.getFileName().toString().matches("(conn|hybrid)-.*\\.yaml")).sorted().toList()) {
        String base = p.getFileName().toString().replace(".yaml", "");
        out.add(Arguments.of(base + ".compare.json", new String[] {"compare", p.toString(), "--format", "json"}));
        out.add(Arguments.of(base + ".compare.txt", new String[] {"compare", p.toString()}));
        out.add(Arguments.of(base + ".reach.txt", new String[] {"reach", p.toString(), "--topology", "tgw-hub", "--matrix"}));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(String golden, String[] args) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isIn(0, 1);
    Path file = GOLDEN.resolve(golden);
    if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
      if (!Boolean.getBoolean("golden.update")) throw new AssertionError("golden file " + file + " was missing; written, check it in");
    }
    assertThat(out.toString()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
