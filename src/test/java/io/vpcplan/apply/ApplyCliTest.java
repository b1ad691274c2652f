package io.vpcplan.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cli.CliRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** apply end to end: real SDK clients against the stateful fake EC2/RAM/STS endpoint. */
class ApplyCliTest {
  @TempDir Path tmp;

  @Test
  void aFullApplyOfThreeAccountsInTwoRegionsThenAReRunChangesNothing() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp)) {
      CliRunner.Result dry = env.apply();
      System.out.println(dry.out() + dry.err());
      assertThat(dry.code()).isZero();
      assertThat(env.cloud.mutatingCount()).isZero();
      CliRunner.Result run = env.apply("--yes");
      System.out.println(run.out() + run.err());
      assertThat(run.code()).isZero();
      assertThat(env.cloud.duplicates()).isEmpty();
      CliRunner.Result again = env.apply("--format", "json");
      System.out.println(again.out() + again.err());
      assertThat(again.code()).isZero();
      assertThat(again.out()).contains("\"changes\" : [ ]");
    }
  }
}
