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

/**
 * The plan of every design in designs/, as table, JSON, YAML and lock file, against golden files;
 * a second plan with the lock in place changes nothing, byte for byte.
 */
class PlanGoldenTest {
  /** The YAML shares the JSON's one definition (PlanOutput); small designs are enough to pin it down. */
  private static final java.util.Set<String> YAML_GOLDEN = java.util.Set.of("tiny", "startup", "hybrid-brownfield");

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
    Path lockFile = dir.resolve(base + ".lock.json");
    CliRunner.Result json = CliRunner.run("plan", design.toString(), "--format", "json", "--dry-run");
    assertThat(json.code()).as(json.err()).isZero();
    Golden.check("plan/" + base + ".json", json.out().replace(dir.toString(), "DIR"));
    CliRunner.Result yaml = CliRunner.run("plan", design.toString(), "--format", "yaml", "--dry-run");
    assertThat(yaml.code()).as(yaml.err()).isZero();
    // account ids are strings in YAML as in JSON (unquoted, a YAML reader makes them numbers)
    assertThat(yaml.out()).doesNotContainPattern("accountId: [0-9]").contains("vpcs:").contains("usableHosts:");
    if (YAML_GOLDEN.contains(base)) Golden.check("plan/" + base + ".yaml", yaml.out().replace(dir.toString(), "DIR"));
    CliRunner.Result table = CliRunner.run("plan", design.toString());
    assertThat(table.code()).as(table.err()).isZero();
    Golden.check("plan/" + base + ".txt", table.out().replace(dir.toString(), "DIR"));
    byte[] lock = Files.readAllBytes(lockFile);
    Golden.check("plan/" + base + ".lock.json", new String(lock, java.nio.charset.StandardCharsets.UTF_8));

    // a second run with the lock in place: the same lock, byte for byte, and the same network
    CliRunner.Result again = CliRunner.run("plan", design.toString(), "--format", "json");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(Files.readAllBytes(lockFile)).as("lock file after a second plan").isEqualTo(lock);
    assertThat(network(again.out())).as("vpcs, subnets and pools on a second plan").isEqualTo(network(json.out()));
    assertThat(again.out()).contains("\"added\" : 0,").contains("\"conflicts\" : 0");
    // and every further run prints the same bytes
    CliRunner.Result third = CliRunner.run("plan", design.toString(), "--format", "json");
    assertThat(third.out()).isEqualTo(again.out());
    assertThat(Files.readAllBytes(lockFile)).isEqualTo(lock);
  }

  /** The plan JSON from "vpcs" up to "changes": what is allocated, without the change report. */
  private static String network(String planJson) {
    int from = planJson.indexOf("\"vpcs\" : [");
    int to = planJson.indexOf("\"changes\" : [");
    assertThat(from).isPositive();
    assertThat(to).isGreaterThan(from);
    return planJson.substring(from, to);
  }
}
