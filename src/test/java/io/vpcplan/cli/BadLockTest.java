package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A damaged lock file is unreadable input: exit 2, one located line, and the lock is left as it was. */
class BadLockTest {
  @TempDir Path dir;

  static final String DESIGN = """
      pools: [{name: main, cidr: 10.0.0.0/12}]
      regions: [{name: us-east-1, azs: 2}]
      profiles: {p: {tiers: [{name: app, hosts: 200}]}}
      accounts: [{name: a, vpcs: [{name: one, region: us-east-1, profile: p}]}]
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "truncated|{\"version\": 1, \"vpcs\": {\"a/us-east-1/one\": {\"cidrs\": [\"10.0.0.0/22\"|not valid JSON",
      "bad cidr|{\"version\": 1, \"vpcs\": {\"a/us-east-1/one\": {\"cidrs\": [\"10.0.0.1/22\"]}}}|did you mean 10.0.0.0/22?",
      "unknown key|{\"version\": 1, \"regoins\": {}}|did you mean 'regions'?",
      "version|{\"version\": 7}|version 7 is not supported",
      "bad vpc key|{\"version\": 1, \"vpcs\": {\"one\": {\"cidrs\": [\"10.0.0.0/22\"]}}}|is not account/region/name",
      "no cidrs|{\"version\": 1, \"vpcs\": {\"a/us-east-1/one\": {\"subnets\": {}}}}|needs at least one CIDR",
      "not an object|[1, 2]|a lock file is a JSON object",
      "cidr not a string|{\"version\": 1, \"regions\": {\"us-east-1\": [42]}}|expected a CIDR string"})
  void damagedLockIsReportedWithItsLocation(String name, String lock, String fragment) throws IOException {
    Path design = dir.resolve("d.yaml");
    Files.writeString(design, DESIGN);
    Path lockFile = dir.resolve("d.lock.json");
    Files.writeString(lockFile, lock);
    CliRunner.Result r = CliRunner.run("plan", design.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err().strip().split("\n")).hasSize(1);
    assertThat(r.err()).startsWith("error: " + lockFile + ":1:").contains(fragment).doesNotContain("Exception");
    assertThat(Files.readString(lockFile)).isEqualTo(lock);
  }
}
