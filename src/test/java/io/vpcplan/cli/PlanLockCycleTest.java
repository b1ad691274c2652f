package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan → grow → plan keeps every allocation; removal holds ranges until --prune; conflicts write nothing. */
class PlanLockCycleTest {
  @TempDir Path dir;

  static final String DESIGN = """
      pools: [{name: main, cidr: 10.0.0.0/12}]
      regions: [{name: us-east-1, azs: 2}]
      profiles:
        p:
          tiers: [{name: app, hosts: 200}]
      accounts:
        - name: a
          vpcs:
            - {name: one, region: us-east-1, profile: p}
            - {name: two, region: us-east-1, profile: p}
      """;

  @Test
  void growHoldPruneAndConflict() throws IOException {
    Path design = dir.resolve("d.yaml");
    Path lock = dir.resolve("d.lock.json");
    Files.writeString(design, DESIGN);
    CliRunner.Result first = CliRunner.run("plan", design.toString(), "--format", "json");
    assertThat(first.code()).as(first.err()).isZero();
    String lock1 = Files.readString(lock);
    assertThat(lock1).contains("\"a/us-east-1/one\"").contains("\"app-a\"");

    // grow: a third VPC, a third AZ, a new tier
    Files.writeString(design, DESIGN.replace("azs: 2", "azs: 3")
        .replace("tiers: [{name: app, hosts: 200}]", "tiers: [{name: app, hosts: 200}, {name: db, prefix: 27}]")
        + "      - {name: three, region: us-east-1, profile: p}\n");
    CliRunner.Result grown = CliRunner.run("plan", design.toString());
    assertThat(grown.code()).as(grown.err()).isZero();
    assertThat(grown.out()).contains("1 added, 2 kept").contains("+ subnet a/us-east-1/one/db-a").contains("+ vpc a/us-east-1/three");
    String lock2 = Files.readString(lock);
    for (String line : lock1.split("\n")) {
      if (line.contains("/2") && line.contains("\"")) assertThat(lock2).contains(line.strip().replaceAll(",$", ""));
    }

    // remove VPC 'two': its range is held, not freed
    Files.writeString(design, Files.readString(design).replace("      - {name: two, region: us-east-1, profile: p}\n", ""));
    CliRunner.Result held = CliRunner.run("plan", design.toString());
    assertThat(held.out()).contains("~ vpc a/us-east-1/two").contains("1 held");
    assertThat(Files.readString(lock)).contains("a/us-east-1/two");
    CliRunner.Result pruned = CliRunner.run("plan", design.toString(), "--prune");
    assertThat(pruned.out()).contains("- vpc a/us-east-1/two");
    assertThat(Files.readString(lock)).doesNotContain("a/us-east-1/two");

    // pin 'one' elsewhere: a conflict, exit 1, lock untouched
    String before = Files.readString(lock);
    Files.writeString(design, Files.readString(design).replace("{name: one, region: us-east-1, profile: p}",
        "{name: one, region: us-east-1, profile: p, cidr: 10.9.0.0/20}"));
    CliRunner.Result conflict = CliRunner.run("plan", design.toString());
    assertThat(conflict.code()).isEqualTo(1);
    assertThat(conflict.out()).contains("! vpc a/us-east-1/one");
    assertThat(conflict.err()).contains("conflict").contains("nothing written");
    assertThat(Files.readString(lock)).isEqualTo(before);
  }

  @Test
  void helpAndVersion() {
    assertThat(CliRunner.run("--version").out()).startsWith("vpcplan ");
    CliRunner.Result help = CliRunner.run("plan", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--lock").contains("--format").contains("--prune");
    CliRunner.Result bad = CliRunner.run("plan", "--formt", "json", "x.yaml");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("Unknown option").contains("--format");
  }

  @Test
  void aReplanThatChangesNothingLeavesTheLockAloneAndSaysSo() throws Exception {
    Path design = Files.writeString(dir.resolve("d.yaml"), DESIGN);
    Path lock = dir.resolve("d.lock.json");
    CliRunner.Result first = CliRunner.run("plan", design.toString(), "-q");
    assertThat(first.err()).contains("lock file " + lock + " updated");
    java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(lock, old);
    String before = Files.readString(lock);
    CliRunner.Result again = CliRunner.run("plan", design.toString(), "-q");
    assertThat(again.code()).isZero();
    assertThat(again.err()).contains("lock file " + lock + " unchanged").doesNotContain("updated");
    assertThat(Files.getLastModifiedTime(lock)).isEqualTo(old);
    assertThat(Files.readString(lock)).isEqualTo(before);
    // negative control: a grown design rewrites it and says so
    Files.writeString(design, DESIGN + "      - {name: three, region: us-east-1, profile: p}\n");
    CliRunner.Result grown = CliRunner.run("plan", design.toString(), "-q");
    assertThat(grown.code()).as(grown.err()).isZero();
    assertThat(grown.err()).contains("lock file " + lock + " updated");
    assertThat(Files.getLastModifiedTime(lock)).isNotEqualTo(old);
  }

  @Test
  void anotherDesignsLockIsPointedOut() throws Exception {
    Path design = Files.writeString(dir.resolve("d.yaml"), DESIGN);
    Path other = Files.writeString(dir.resolve("other.yaml"), DESIGN.replace("name: one", "name: uno").replace("name: two", "name: dos"));
    assertThat(CliRunner.run("plan", other.toString(), "-q").code()).isZero();
    CliRunner.Result wrong = CliRunner.run("plan", design.toString(), "--lock", dir.resolve("other.lock.json").toString(), "-q", "--dry-run");
    assertThat(wrong.code()).isZero();
    assertThat(wrong.err()).contains("none of its 2 VPCs is in " + design + "; is it this design's lock?");
    // negative control: its own lock, and a first plan without a lock, are not flagged
    assertThat(CliRunner.run("plan", design.toString(), "-q").err()).doesNotContain("is it this design's lock");
    assertThat(CliRunner.run("plan", design.toString(), "-q").err()).doesNotContain("is it this design's lock");
  }
}
