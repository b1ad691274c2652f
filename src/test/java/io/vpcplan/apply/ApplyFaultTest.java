package io.vpcplan.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.aws.fake.FaultRule;
import io.vpcplan.cli.CliRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fault at each mutating call in turn — a 500 before AWS acts, a throttle, a reset connection and a
 * 500 after AWS acted — then a re-run: the re-run completes, nothing exists twice, and a third run
 * has nothing to do.
 */
class ApplyFaultTest {
  @TempDir Path tmp;

  @Test
  void aFaultAtEveryStepThenAReRunCompletesWithoutDuplicates() throws Exception {
    int calls;
    try (ApplyEnv clean = new ApplyEnv(tmp.resolve("clean"), "small-2x2")) {
      CliRunner.Result r = clean.apply("--yes");
      assertThat(r.code()).as(r.err()).isZero();
      calls = clean.cloud.mutatingCount();
    }
    assertThat(calls).isGreaterThan(30);
    System.out.println("fault injection at each of " + calls + " mutating calls, 4 kinds");
    String only = System.getProperty("fault.kinds", ""); // to rerun one kind while debugging
    for (FaultRule.Kind kind : FaultRule.Kind.values()) {
      if (!only.isEmpty() && !only.contains(kind.name())) continue;
      for (int i = 1; i <= calls; i++) {
        long t0 = System.nanoTime();
        try (ApplyEnv env = new ApplyEnv(tmp.resolve(kind + "-" + i), "small-2x2")) {
          env.cloud.fail(FaultRule.at(i, kind));
          // standard retry: the adaptive one's client-side rate limiter makes every run after a throttle
          // slow (seconds), which only one test needs to show (ApplyCliTest)
          CliRunner.Result first = env.apply("--yes", "--retry-mode", "standard");
          CliRunner.Result second = env.apply("--yes", "--retry-mode", "standard");
          String what = kind + " at call " + i + "\nfirst:\n" + first.err() + "\nsecond:\n" + second.out() + second.err();
          assertThat(second.code()).as(what).isZero();
          assertThat(env.cloud.duplicates()).as(what).isEmpty();
          CliRunner.Result third = env.apply("--format", "json");
          assertThat(third.out()).as(what + "\nthird:\n" + third.out()).contains("\"changes\" : [ ]");
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (ms > 1500) System.out.println("slow: " + kind + " at " + i + ": " + ms + " ms");
      }
    }
  }
}
