package io.vpcplan.generate.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.testutil.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Terraform of every design (and with --ipam) against
 * src/test/resources/golden/generate/terraform/&lt;design&gt;[-ipam]/.
 * Regenerate after an intended change with {@code -Dgolden.update=true} and review the diff.
 */
class TerraformGoldenTest {
  static Stream<String> designs() throws IOException {
    return TfDesigns.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void matchesGolden(String design) throws IOException {
    check(design, TfDesigns.files(design));
  }

  @ParameterizedTest(name = "{0} --ipam")
  @MethodSource("designs")
  void matchesGoldenWithIpam(String design) throws IOException {
    check(design + "-ipam", TfDesigns.ipamFiles(design));
  }

  private static void check(String folder, Map<String, String> files) throws IOException {
    String dir = "generate/terraform/" + folder;
    Path root = Golden.ROOT.resolve(dir);
    if (Boolean.getBoolean("golden.update") && Files.isDirectory(root)) {
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.delete(p);
      }
    }
    for (Map.Entry<String, String> f : files.entrySet()) Golden.check(dir + "/" + f.getKey(), f.getValue());
    try (Stream<Path> s = Files.walk(root)) {
      List<String> onDisk = s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
      assertThat(new TreeSet<>(onDisk)).as("golden files without a generated file (stale)").isEqualTo(files.keySet());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void sameNetworkSameBytes(String design) {
    assertThat(TfDesigns.files(design)).isEqualTo(TfDesigns.files(design));
    assertThat(TfDesigns.ipamFiles(design)).isEqualTo(TfDesigns.ipamFiles(design));
  }
}
