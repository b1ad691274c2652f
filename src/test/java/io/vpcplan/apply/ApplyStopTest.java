package io.vpcplan.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.aws.ApplyConfig;
import io.vpcplan.aws.ApplyListener;
import io.vpcplan.aws.ApplyRun;
import io.vpcplan.aws.LiveConfig;
import io.vpcplan.aws.RetrySettings;
import io.vpcplan.aws.StopSignal;
import io.vpcplan.change.Desired;
import io.vpcplan.cli.CliRunner;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C: the shutdown hook asks apply to stop; it finishes the step in flight, writes the state
 * file and says it has stopped; a re-run completes the rest without duplicates.
 */
class ApplyStopTest {
  @TempDir Path tmp;

  @Test
  void aStopRequestEndsTheRunAfterTheStepInFlightWithTheStateFileWritten() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp.resolve("run"), "small-2x2")) {
      var in = SourcePipeline.load(new SourceRequest(List.of(env.design), null, null, Map.of(), "tgw-hub", true, null));
      Desired.Result desired = Desired.of(in.network(), "small-2x2");
      LiveConfig live = new LiveConfig("", List.of("us-east-1", "eu-west-1"), false, List.of(), "", "",
          env.cloud.endpoint(), null, 4, RetrySettings.fast(3), null);
      ApplyConfig config = new ApplyConfig(live, false, "OrganizationAccountAccessRole", "small-2x2", env.state(), false,
          Duration.ofMillis(2), Duration.ofSeconds(20));
      StopSignal stop = new StopSignal();
      ApplyListener ctrlC = new ApplyListener() {
        int n;

        @Override
        public void finished(StepResult r) {
          if (++n == 10) stop.request(); // as the shutdown hook does, while step 10 is ending
        }
      };
      ApplyRun.Outcome o;
      try (ApplyRun run = new ApplyRun(config, desired, ctrlC, stop)) {
        o = run.execute(run.preview(desired, tmp.resolve("read")));
      }
      assertThat(o.interrupted()).isTrue();
      assertThat(o.results()).hasSize(10).allMatch(r -> r.status() == ApplyListener.StepResult.Status.DONE);
      assertThat(stop.awaitStopped(1)).as("the hook would not wait in vain").isTrue();
      String state = Files.readString(env.state());
      assertThat(state).contains("\"tgw-eu-west-1\"").contains("\"tgw-us-east-1\"").doesNotContain("\"vpc-");

      CliRunner.Result rest = env.apply("--yes");
      assertThat(rest.code()).as(rest.err()).isZero();
      assertThat(env.cloud.duplicates()).isEmpty();
      assertThat(env.apply("--format", "json").out()).contains("\"changes\" : [ ]");
    }
  }
}
