package io.vpcplan.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cli.SnapshotReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The snapshot written from the fake estates, byte for byte, plus the per-account-region report.
 * Regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class SnapshotGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/aws-snapshot");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @ParameterizedTest
  @EnumSource(Scenarios.class)
  void snapshotMatchesGolden(Scenarios scenario, @TempDir Path out) throws IOException {
    try (FakeAws fake = scenario.fake()) {
      SnapshotResult result = new LiveSnapshot(scenario.config(fake), null).run(out);
      Files.writeString(out.resolve("result.json"), SnapshotReport.json(result));
      Files.writeString(out.resolve("result.txt"), SnapshotReport.table(result));
    }
    Path golden = GOLDEN.resolve(scenario.dir);
    if (UPDATE) {
      replaceTree(out, golden);
    }
    List<String> expected = files(golden);
    assertThat(files(out)).as("files written").isEqualTo(expected);
    for (String f : expected) {
      assertThat(Files.readString(out.resolve(f))).as(f).isEqualTo(Files.readString(golden.resolve(f)));
    }
  }

  static List<String> files(Path root) throws IOException {
    if (!Files.isDirectory(root)) return List.of();
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    }
  }

  private static void replaceTree(Path from, Path to) throws IOException {
    if (Files.exists(to)) {
      try (Stream<Path> s = Files.walk(to)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
    for (String f : files(from)) {
      Path target = to.resolve(f);
      Files.createDirectories(target.getParent());
      Files.copy(from.resolve(f), target);
    }
  }
}
