package io.vpcplan.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cli.CliRunner;
import io.vpcplan.testutil.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What apply and iam-policy print, byte for byte: the change set of a first run (text and JSON) and
 * the policies. The README's dry-run excerpt is this output. Regenerate with -Dgolden.update=true.
 */
class ApplyGoldenTest {
  @TempDir Path tmp;

  @Test
  void theFirstChangeSetAndThePoliciesMatchTheGoldenFiles() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp, "small-2x2")) {
      CliRunner.Result text = env.apply("--dry-run");
      assertThat(text.code()).as(text.err()).isZero();
      Golden.check("apply/small-2x2.dry-run.txt", text.out());
      CliRunner.Result json = env.apply("--dry-run", "--format", "json");
      Golden.check("apply/small-2x2.dry-run.json", json.out());
      CliRunner.Result iam = CliRunner.run("iam-policy", env.design.toString(), "--topology", "tgw-hub", "--prune");
      Golden.check("apply/small-2x2.iam-policy.txt", iam.out());
      assertThat(env.cloud.mutatingCount()).isZero();
    }
  }
}
