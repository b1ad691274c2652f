package io.vpcplan.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.aws.fake.FakeCloud;
import io.vpcplan.aws.fake.FaultRule;
import io.vpcplan.cli.CliRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ApplyFaultTest for the calls VPC peering adds (the others are the tgw-hub run's): a 500, a
 * throttle, a reset connection and a 500 after the fact at every CreateVpcPeeringConnection and
 * AcceptVpcPeeringConnection of a full-mesh apply, the first and last route to a peering, and at the
 * DeleteVpcPeeringConnection of a prune; each run is followed by a re-run that completes with no
 * duplicate, and a third run has nothing to do.
 */
class ApplyPeeringFaultTest {
  @TempDir Path tmp;

  /** 1-based positions, among the mutating requests, of those {@code pick} selects. */
  static List<Integer> positions(FakeCloud cloud, java.util.function.Predicate<FakeCloud.Request> pick) {
    List<Integer> out = new ArrayList<>();
    int n = 0;
    for (FakeCloud.Request r : cloud.requests()) {
      if (r.service().equals("sts") || Set.of("Describe", "Get", "Search", "List").stream().anyMatch(r.action()::startsWith)) {
        continue;
      }
      n++;
      if (pick.test(r)) out.add(n);
    }
    return out;
  }

  @Test
  void aFaultAtEveryPeeringCallThenAReRunCompletesWithoutDuplicates() throws Exception {
    List<Integer> create;
    try (ApplyEnv clean = new ApplyEnv(tmp.resolve("clean"), "small-2x2")) {
      assertThat(clean.applyAs("full-mesh", "--yes").code()).isZero();
      create = new ArrayList<>(positions(clean.cloud, r -> r.action().endsWith("VpcPeeringConnection")));
      // a route to a peering is a CreateRoute as the tgw-hub run's are: the first and the last stand for the ten
      List<Integer> routes = positions(clean.cloud, r -> r.params().containsKey("VpcPeeringConnectionId")
          && r.action().equals("CreateRoute"));
      assertThat(routes).hasSize(10);
      create.add(routes.get(0));
      create.add(routes.get(routes.size() - 1));
    }
    assertThat(create).hasSize(3 + 3 + 2); // requests, acceptances, routes
    for (FaultRule.Kind kind : FaultRule.Kind.values()) {
      for (int i : create) {
        try (ApplyEnv env = new ApplyEnv(tmp.resolve(kind + "-" + i), "small-2x2")) {
          env.cloud.fail(FaultRule.at(i, kind));
          CliRunner.Result first = env.applyAs("full-mesh", "--yes", "--retry-mode", "standard");
          CliRunner.Result second = env.applyAs("full-mesh", "--yes", "--retry-mode", "standard");
          String what = kind + " at call " + i + "\nfirst:\n" + first.err() + "\nsecond:\n" + second.out() + second.err();
          assertThat(second.code()).as(what).isZero();
          assertThat(env.cloud.duplicates()).as(what).isEmpty();
          assertThat(ApplyPeeringTest.peerings(env.cloud)).as(what).hasSize(3);
          CliRunner.Result third = env.applyAs("full-mesh", "--format", "json");
          assertThat(third.out()).as(what + "\nthird:\n" + third.out()).contains("\"changes\" : [ ]");
        }
      }
    }
  }

  @Test
  void aFaultAtThePeeringDeleteOfAPruneThenAReRunCompletes() throws Exception {
    for (FaultRule.Kind kind : FaultRule.Kind.values()) {
      try (ApplyEnv env = new ApplyEnv(tmp.resolve(kind.name()), "small-2x2")) {
        assertThat(env.applyAs("full-mesh", "--yes").code()).isZero();
        env.cloud.fail(FaultRule.at(1, kind).onlyAction("DeleteVpcPeeringConnection"));
        CliRunner.Result first = env.applyAs("intent-mesh", "--yes", "--prune", "--retry-mode", "standard");
        // the SDK retries a delete whose answer was lost; the peering is deleted by then, which is what was asked
        assertThat(first.code()).as(kind + "\n" + first.err()).isZero();
        CliRunner.Result second = env.applyAs("intent-mesh", "--yes", "--prune", "--retry-mode", "standard");
        String what = kind + "\nfirst:\n" + first.err() + "\nsecond:\n" + second.out() + second.err();
        assertThat(second.code()).as(what).isZero();
        assertThat(ApplyPeeringTest.peerings(env.cloud)).as(what).hasSize(2);
        CliRunner.Result third = env.applyAs("intent-mesh", "--format", "json", "--prune");
        assertThat(third.out()).as(what + "\nthird:\n" + third.out()).contains("\"changes\" : [ ]");
      }
    }
  }
}
