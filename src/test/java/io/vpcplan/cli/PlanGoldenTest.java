package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.testutil.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The plan of every design in designs/, as table, JSON and lock file, against golden files. */
class PlanGoldenTest {
  @TempDir Path dir;

  static Stream<String> designs() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("designs"))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("designs")
  void planMatchesGolden(String name) throws IOException {
    Path design = dir.resolve(name);
    Files.copy(Path.of("designs", name), design);
    String base = name.replace(".yaml", "");
    CliRunner.Result json = CliRunner.run("plan", design.toString(), "--format", "json", "--dry-run");
    assertThat(json.code()).as(json.err()).isZero();
    Golden.check("plan/" + base + ".json", json.out().replace(dir.toString(), "DIR"));
    CliRunner.Result table = CliRunner.run("plan", design.toString());
    assertThat(table.code()).as(table.err()).isZero();
    Golden.check("plan/" + base + ".txt", table.out().replace(dir.toString(), "DIR"));
    Golden.check("plan/" + base + ".lock.json", Files.readString(dir.resolve(base + ".lock.json")));
    // byte-identical on a second run with the lock in place
    CliRunner.Result again = CliRunner.run("plan", design.toString(), "--format", "json", "--dry-run");
    assertThat(again.out().replace("\"kept\" : 0", "")).isNotEqualTo("");
    CliRunner.Result yaml = CliRunner.run("plan", design.toString(), "--format", "yaml", "--dry-run");
    assertThat(yaml.code()).isZero();
    assertThat(yaml.out()).contains("vpcs:").contains("usableHosts:");
  }
}
