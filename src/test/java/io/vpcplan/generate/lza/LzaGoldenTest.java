package io.vpcplan.generate.lza;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.generate.GeneratedFiles;
import io.vpcplan.testutil.Golden;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The LZA files of every design in designs/, with and without --ipam, against
 * src/test/resources/golden/generate/lza/&lt;design&gt;[-ipam]/. Regenerate after an intended change
 * with {@code -Dgolden.update=true} and review the diff.
 */
class LzaGoldenTest {
  static java.util.stream.Stream<String> designs() {
    return LzaDesigns.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void matchesGolden(String design) throws IOException {
    check(design, LzaDesigns.generate(design, false));
  }

  @ParameterizedTest(name = "{0} --ipam")
  @MethodSource("designs")
  void matchesGoldenWithIpam(String design) throws IOException {
    check(design + "-ipam", LzaDesigns.generate(design, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void sameNetworkSameBytes(String design) {
    assertThat(LzaDesigns.generate(design, false).files()).isEqualTo(new LzaGenerator()
        .generate(LzaDesigns.plan(design), new io.vpcplan.generate.GenerateOptions(design, false)).files());
  }

  private static void check(String dir, GeneratedFiles files) throws IOException {
    assertThat(files.files()).containsOnlyKeys("network-config.yaml", "README.md");
    for (Map.Entry<String, String> e : files.files().entrySet()) Golden.check("generate/lza/" + dir + "/" + e.getKey(), e.getValue());
  }
}
