package io.vpcplan.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cli.CliRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change set shown while an account could not be read must not invite --yes as if it were complete. */
class ApplyUnreadHintTest {
  @TempDir Path tmp;

  @Test
  void anAccountThatCouldNotBeReadIsSaidInTheHintNotOnlyInTheTable() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp, "small-2x2")) {
      env.cloud.deny("222222222222", "DescribeVpcs");
      CliRunner.Result r = env.apply();
      assertThat(r.code()).as(r.err()).isEqualTo(1);
      assertThat(r.out()).contains("Accounts apply could not read");
      assertThat(r.err()).contains("1 account(s) could not be read (listed above) and are shown as if empty")
          .doesNotContain("run again with --yes to make these changes");
    }
  }

  @Test
  void aCompleteReadInvitesYes() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp, "small-2x2")) {
      CliRunner.Result r = env.apply();
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.err()).contains("run again with --yes to make these changes").doesNotContain("could not be read");
    }
  }
}
