package io.vpcplan.generate.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.generate.GeneratedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every design's CloudFormation (with and without --ipam) against the files under
 * src/test/resources/golden/generate/cloudformation/DESIGN[-ipam]/. Regenerate after an intended
 * change with {@code mvn test -Dtest=CfnGoldenTest -Dgolden.update=true} and review the diff.
 */
class CfnGoldenTest {
  static final Path DIR = Path.of("src/test/resources/golden/generate/cloudformation");

  static Stream<Arguments> cases() {
    return CfnFixtures.designs().stream().flatMap(d -> Stream.of(Arguments.of(d, false), Arguments.of(d, true)));
  }

  @ParameterizedTest(name = "{0} ipam={1}")
  @MethodSource("cases")
  void matchesGolden(String design, boolean ipam) throws IOException {
    GeneratedFiles files = CfnFixtures.generate(design, ipam);
    Path dir = DIR.resolve(design + (ipam ? "-ipam" : ""));
    if (Boolean.getBoolean("golden.update")) {
      if (Files.exists(dir)) {
        try (Stream<Path> old = Files.walk(dir)) {
          old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      for (Map.Entry<String, String> e : files.files().entrySet()) {
        Path p = dir.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
      }
    }
    assertThat(dir).as("golden folder %s (regenerate with -Dgolden.update=true)", dir).isDirectory();
    TreeSet<String> golden = new TreeSet<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).forEach(p -> golden.add(dir.relativize(p).toString().replace('\\', '/')));
    }
    assertThat(files.files().keySet()).containsExactlyElementsOf(golden);
    for (Map.Entry<String, String> e : files.files().entrySet()) {
      assertThat(e.getValue()).as(e.getKey()).isEqualTo(Files.readString(dir.resolve(e.getKey()), StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest(name = "{0} ipam={1}")
  @MethodSource("cases")
  void twoRunsGiveTheSameBytes(String design, boolean ipam) {
    assertThat(CfnFixtures.generate(design, ipam).files()).isEqualTo(CfnFixtures.generate(design, ipam).files());
  }
}
