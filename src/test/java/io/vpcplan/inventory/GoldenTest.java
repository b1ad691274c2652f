package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for what validate and import write, from the samples. Regenerate with
 * {@code mvn test -Dtest=GoldenTest -Dgolden.update=true} and review the diff.
 */
class GoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/inventory");

  record Case(String golden, List<String> args, boolean importTree) {
    @Override
    public String toString() {
      return golden;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("validate-conflicts.json", List.of("validate", "samples/aws_configs-conflicts", "--format", "json"), false),
        new Case("validate-conflicts.sarif", List.of("validate", "samples/aws_configs-conflicts", "--format", "sarif"), false),
        new Case("validate-conflicts.txt", List.of("validate", "samples/aws_configs-conflicts"), false),
        new Case("validate-clean.txt", List.of("validate", "samples/aws_configs-clean"), false),
        new Case("validate-dual-stack.txt", List.of("validate", "samples/aws_configs-dual-stack"), false),
        new Case("validate-dual-stack-conflicts.txt", List.of("validate", "samples/aws_configs-dual-stack-conflicts"), false),
        new Case("validate-dual-stack-conflicts.json",
            List.of("validate", "samples/aws_configs-dual-stack-conflicts", "--format", "json"), false),
        new Case("import-dual-stack.txt", List.of("import", "samples/aws_configs-dual-stack"), true),
        new Case("validate-lza.txt", List.of("validate", "samples/lza/network-config.yaml"), false),
        new Case("import-lza.txt", List.of("import", "samples/lza/network-config.yaml"), true),
        new Case("import-conflicts.txt", List.of("import", "samples/aws_configs-conflicts"), true),
        new Case("validate-hybrid.txt", List.of("validate", "samples/aws_configs-hybrid"), false),
        new Case("import-hybrid.txt", List.of("import", "samples/aws_configs-hybrid"), true),
        new Case("import-lza-hybrid.txt", List.of("import", "samples/lza-hybrid/network-config.yaml"), true));
  }

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(Case c) throws IOException {
    String actual;
    if (c.importTree()) {
      List<String> args = new java.util.ArrayList<>(c.args());
      args.addAll(List.of("--out", tmp.toString()));
      Run r = Run.of(args.toArray(String[]::new));
      assertThat(r.code()).as(r.all()).isZero();
      actual = tree(tmp);
    } else {
      actual = Run.of(c.args().toArray(String[]::new)).out();
    }
    Path golden = GOLDEN.resolve(c.golden());
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** Every file under root in path order, each after a header line. */
  static String tree(Path root) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        sb.append("=== ").append(root.relativize(p).toString().replace('\\', '/')).append(" ===\n");
        sb.append(Files.readString(p));
      }
    }
    return sb.toString();
  }
}
