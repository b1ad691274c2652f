package io.vpcplan.apply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vpcplan.aws.fake.FakeCloud;
import io.vpcplan.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policies iam-policy prints cover every call apply makes, account by account: apply and then
 * apply --prune of a shrunk design run against the test endpoint, and each call it saw must be
 * allowed by the policy for its account (the negative control: a policy without the deletes does
 * not cover the prune).
 */
class IamPolicyTest {
  @TempDir Path tmp;

  static Map<String, Set<String>> allowed(String json) throws Exception {
    Map<String, Set<String>> out = new HashMap<>();
    for (JsonNode p : new ObjectMapper().readTree(json).get("policies")) {
      Set<String> actions = new TreeSet<>();
      p.get("policy").get("Statement").forEach(s -> s.get("Action").forEach(a -> actions.add(a.asText())));
      p.get("accounts").forEach(a -> out.put(a.asText(), actions));
    }
    return out;
  }

  static Set<String> uncovered(FakeCloud cloud, Map<String, Set<String>> allowed) {
    return uncovered(cloud.requests(), allowed);
  }

  static Set<String> uncovered(java.util.List<FakeCloud.Request> requests, Map<String, Set<String>> allowed) {
    Set<String> missing = new TreeSet<>();
    for (FakeCloud.Request r : requests) {
      if (r.service().equals("sts")) continue; // the role's trust policy, not this policy
      String action = r.service() + ":" + r.action();
      if (!allowed.getOrDefault(r.account(), Set.of()).contains(action)) missing.add(r.account() + " " + action);
    }
    return missing;
  }

  @Test
  void everyCallOfApplyAndPruneIsCoveredByThePolicyOfItsAccount() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp, "small-2x2")) {
      CliRunner.Result p = CliRunner.run("iam-policy", env.design.toString(), "--topology", "tgw-hub", "--format", "json");
      CliRunner.Result pp = CliRunner.run("iam-policy", env.design.toString(), "--topology", "tgw-hub", "--format", "json",
          "--prune");
      assertThat(p.code()).as(p.err()).isZero();
      assertThat(env.apply("--yes").code()).isZero();
      assertThat(uncovered(env.cloud, allowed(p.out()))).isEmpty();

      // shrink the design: prod's us-east-1 VPC goes; plan it (the lock frees nothing without --prune, fine)
      String shrunk = Files.readString(env.design).replace("      - {name: web, region: us-east-1, segment: prod, profile: app}\n", "");
      Files.writeString(env.design, shrunk);
      assertThat(CliRunner.run("plan", env.design.toString()).code()).isZero();
      CliRunner.Result prune = env.apply("--yes", "--prune");
      assertThat(prune.code()).as(prune.out() + prune.err()).isZero();
      assertThat(prune.out()).contains("- vpc").contains("prod/us-east-1/web");
      assertThat(env.cloud.resources("222222222222", "us-east-1", "vpc")).isEmpty();
      assertThat(env.cloud.resources("222222222222", "eu-west-1", "vpc")).hasSize(1);
      assertThat(uncovered(env.cloud, allowed(pp.out()))).isEmpty();
      assertThat(uncovered(env.cloud, allowed(p.out()))).as("without --prune the policy allows no delete")
          .anyMatch(s -> s.contains("Delete"));
      CliRunner.Result again = env.apply("--format", "json", "--prune");
      assertThat(again.out()).contains("\"changes\" : [ ]");
    }
  }

  @Test
  void theCallsOfAMeshApplyAndItsPruneAreCoveredToo() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp, "small-2x2")) {
      CliRunner.Result p = CliRunner.run("iam-policy", env.design.toString(), "--topology", "full-mesh", "--format", "json");
      CliRunner.Result pp = CliRunner.run("iam-policy", env.design.toString(), "--topology", "full-mesh", "--format", "json",
          "--prune");
      assertThat(p.code()).as(p.err()).isZero();
      assertThat(p.out()).contains("ec2:CreateVpcPeeringConnection").contains("ec2:AcceptVpcPeeringConnection");
      assertThat(env.applyAs("full-mesh", "--yes").code()).isZero();
      assertThat(uncovered(env.cloud, allowed(p.out()))).isEmpty();
      // the intent mesh's policy, with the state file beside the design: 222222222222 requests no peering any more,
      // but the one it made is recorded, so --prune may delete it
      CliRunner.Result now = CliRunner.run("iam-policy", env.design.toString(), "--topology", "intent-mesh", "--format",
          "json", "--prune");
      int before = env.cloud.requests().size();
      CliRunner.Result prune = env.applyAs("intent-mesh", "--yes", "--prune"); // the two prod VPCs are no longer peered
      assertThat(prune.code()).as(prune.out() + prune.err()).isZero();
      assertThat(uncovered(env.cloud, allowed(pp.out()))).isEmpty();
      java.util.List<FakeCloud.Request> pruning = env.cloud.requests().subList(before, env.cloud.requests().size());
      assertThat(uncovered(pruning, allowed(now.out()))).isEmpty();
      Files.delete(env.state()); // the control: without the record the intent mesh's policy has no such delete
      CliRunner.Result bare = CliRunner.run("iam-policy", env.design.toString(), "--topology", "intent-mesh", "--format",
          "json", "--prune");
      assertThat(uncovered(pruning, allowed(bare.out()))).contains("222222222222 ec2:DeleteVpcPeeringConnection");
      assertThat(uncovered(env.cloud, allowed(p.out()))).as("without --prune the policy allows no delete")
          .contains("222222222222 ec2:DeleteVpcPeeringConnection");
    }
  }
}
