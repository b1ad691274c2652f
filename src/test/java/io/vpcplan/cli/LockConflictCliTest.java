package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A design whose lock file conflicts with it: every command that reads it refuses alike (exit 1,
 * the plan's conflict message on stderr) and writes nothing. Before the source pipeline they
 * drew, compared and checked the unsatisfiable plan without a word.
 */
class LockConflictCliTest {
  @TempDir Path dir;
  Path design;
  Path lock;
  byte[] lockBefore;

  @BeforeEach
  void designThatMovedAwayFromItsLock() throws Exception {
    design = dir.resolve("startup.yaml");
    Files.copy(Path.of("designs/startup.yaml"), design);
    CliRunner.Result planned = CliRunner.run("plan", design.toString(), "-q");
    assertThat(planned.code()).as(planned.err()).isZero();
    lock = dir.resolve("startup.lock.json");
    assertThat(Files.readString(lock)).contains("\"network/us-east-1/egress\": {\"cidrs\": [\"10.0.96.0/20\"]");
    String text = Files.readString(design);
    String pinned = text.replace("      - name: egress\n        region: us-east-1\n",
        "      - name: egress\n        region: us-east-1\n        cidr: 10.0.128.0/20\n");
    assertThat(pinned).isNotEqualTo(text);
    Files.writeString(design, pinned);
    lockBefore = Files.readAllBytes(lock);
  }

  @Test
  void everyReadingCommandRefusesWithTheSameMessageAndWritesNothing() throws Exception {
    String d = design.toString();
    List<String[]> runs = List.of(
        new String[] {"compare", d, "-o", dir.resolve("c.txt").toString()},
        new String[] {"reach", d, "-o", dir.resolve("r.txt").toString()},
        new String[] {"validate", d, "-o", dir.resolve("v.txt").toString()},
        new String[] {"diagram", d, "-o", dir.resolve("x.dot").toString()},
        new String[] {"report", d, "-o", dir.resolve("x.html").toString()});
    String first = null;
    for (String[] args : runs) {
      CliRunner.Result r = CliRunner.run(args);
      assertThat(r.code()).as(args[0] + ": " + r.err()).isEqualTo(1);
      assertThat(r.out()).as(args[0]).isEmpty();
      assertThat(r.err()).as(args[0]).contains("conflict").contains(lock.toString())
          .contains("vpc network/us-east-1/egress").contains("design pins 10.0.128.0/20 but the lock has 10.0.96.0/20")
          .doesNotContain("Exception");
      if (first == null) first = r.err();
      assertThat(r.err()).as(args[0] + " says what compare says").isEqualTo(first);
    }
    assertThat(listing()).containsExactlyInAnyOrder("startup.yaml", "startup.lock.json");
    assertThat(Files.readAllBytes(lock)).isEqualTo(lockBefore);
  }

  @Test
  void withoutOutputFilesTheyFailToo() {
    for (String cmd : new String[] {"compare", "reach", "validate"}) {
      CliRunner.Result r = CliRunner.run(cmd, design.toString());
      assertThat(r.code()).as(cmd + ": " + r.err()).isEqualTo(1);
      assertThat(r.out()).as(cmd).isEmpty();
      assertThat(r.err()).as(cmd).contains("between the lock file and the design");
    }
  }

  @Test
  void planFailsAndCountsTheConflictingVpcOnce() throws Exception {
    CliRunner.Result r = CliRunner.run("plan", design.toString(), "-q", "-o", dir.resolve("plan.txt").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("conflict");
    // one VPC moved: its twelve subnets' conflicts follow from it and must not count as twelve more VPCs
    assertThat(r.err()).contains("1 VPC conflicts with the lock file").doesNotContain("13 VPCs");
    assertThat(listing()).containsExactlyInAnyOrder("startup.yaml", "startup.lock.json");
    assertThat(Files.readAllBytes(lock)).isEqualTo(lockBefore);
  }

  /** The refusal's advice must work: --prune frees removed VPCs, it does not let a locked VPC move. */
  @Test
  void theAdviceIsNotPruneWhichDoesNotHelp() {
    CliRunner.Result pruned = CliRunner.run("plan", design.toString(), "-q", "--prune", "--dry-run");
    assertThat(pruned.code()).isEqualTo(1);
    CliRunner.Result r = CliRunner.run("validate", design.toString());
    assertThat(r.err()).contains("delete its lock entry").doesNotContain("--prune");
  }

  private List<String> listing() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
