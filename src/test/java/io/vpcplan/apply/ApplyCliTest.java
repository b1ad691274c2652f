package io.vpcplan.apply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vpcplan.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** apply end to end: real SDK clients against the stateful fake EC2/RAM/STS endpoint. */
class ApplyCliTest {
  static final String ACCOUNTS = "111111111111,222222222222,333333333333";
  @TempDir Path tmp;

  static JsonNode json(String s) throws Exception {
    return new ObjectMapper().readTree(s);
  }

  @Test
  void aFullApplyOfThreeAccountsInTwoRegionsThenAReRunChangesNothing() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp)) {
      CliRunner.Result dry = env.apply("--format", "json");
      assertThat(dry.code()).as(dry.err()).isZero();
      assertThat(env.cloud.mutatingCount()).as("a change set changes nothing").isZero();
      JsonNode first = json(dry.out()).get("changes");
      assertThat(first.size()).isEqualTo(201);
      assertThat(first.get(0).get("action").asText()).isEqualTo("create");
      assertThat(first.get(0).get("type").asText()).isEqualTo("transit-gateway");
      assertThat(first.get(0).get("account").asText()).isEqualTo("111111111111");
      assertThat(first.get(0).has("region")).isTrue();
      assertThat(first.get(0).get("name").asText()).isEqualTo("tgw-eu-west-1");
      assertThat(dry.err()).contains("run again with --yes");

      CliRunner.Result run = env.apply("--yes");
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.err()).contains("apply complete: 201 done, 0 failed, 0 skipped");
      assertThat(env.cloud.duplicates()).isEmpty();
      assertThat(env.cloud.resources("222222222222", "us-east-1", "vpc")).hasSize(1);
      assertThat(env.cloud.resources("333333333333", "us-east-1", "vpc")).hasSize(2);

      int calls = env.cloud.mutatingCount();
      CliRunner.Result again = env.apply("--yes", "--format", "json");
      assertThat(again.code()).as(again.err()).isZero();
      assertThat(json(again.out()).get("changes").size()).isZero();
      assertThat(env.cloud.mutatingCount()).as("a re-run after success makes no call that changes anything").isEqualTo(calls);
    }
  }

  @Test
  void accessDeniedInOneAccountStopsThatAccountAndTheOthersFinish() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp)) {
      env.cloud.deny("333333333333", "CreateSubnet");
      CliRunner.Result run = env.apply("--yes");
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("missing permission ec2:CreateSubnet; account 333333333333 stopped")
          .contains("account 333333333333 stopped: ec2:CreateSubnet denied");
      CliRunner.Result left = env.apply("--format", "json");
      for (JsonNode c : json(left.out()).get("changes")) {
        boolean nonprod = c.get("account").asText().equals("333333333333") || c.get("name").asText().contains("nonprod/");
        assertThat(nonprod).as("only the stopped account's work is left: " + c).isTrue();
      }
      assertThat(env.cloud.resources("222222222222", "eu-west-1", "vpc")).hasSize(1);
      assertThat(env.cloud.duplicates()).isEmpty();
    }
  }

  @Test
  void aLostStateFileIsRebuiltFromTheTags() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp)) {
      assertThat(env.apply("--yes").code()).isZero();
      String state = Files.readString(env.state());
      assertThat(state).contains("\"tgw-us-east-1\"").contains("\"id\" : \"vpc-");
      Files.delete(env.state());
      CliRunner.Result again = env.apply("--yes");
      assertThat(again.code()).as(again.err()).isZero();
      assertThat(again.out()).contains("No changes.");
      assertThat(Files.readString(env.state())).isEqualTo(state);
    }
  }

  @Test
  void noSecretAppearsInAnyOutputOrTheStateFile() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp)) {
      CliRunner.Result a = env.apply("--yes", "--debug");
      CliRunner.Result b = env.apply("--format", "yaml", "--debug");
      String all = a.out() + a.err() + b.out() + b.err() + Files.readString(env.state());
      for (String secret : List.of(ApplyEnv.SECRET, "secret-", "token-", "SessionToken")) {
        assertThat(all).doesNotContain(secret);
      }
    }
  }

  @Test
  void afterApplyTheLiveEstateValidatesAndThePlanAgainstItHasNoCollision() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp)) {
      assertThat(env.apply("--yes").code()).isZero();
      String url = env.cloud.endpoint().toString();
      CliRunner.Result v = CliRunner.run("validate", "--live", "--accounts", ACCOUNTS, "--role-name",
          "OrganizationAccountAccessRole", "--regions", "us-east-1,eu-west-1", "--endpoint-url", url, "--format", "json");
      assertThat(v.code()).as(v.err()).isZero();
      assertThat(v.out()).doesNotContain("VPC_CIDR_OVERLAP").contains("\"vpcs\" : 7").contains("\"subnets\" : 42");
      Path snap = tmp.resolve("snap");
      CliRunner.Result imp = CliRunner.run("import", "--live", "--out", snap.toString(), "--accounts", ACCOUNTS,
          "--role-name", "OrganizationAccountAccessRole", "--regions", "us-east-1,eu-west-1", "--endpoint-url", url);
      assertThat(imp.code()).as(imp.err()).isZero();
      java.util.Set<String> planned = new java.util.TreeSet<>();
      json(Files.readString(tmp.resolve("landing-zone-3x2.lock.json"))).get("vpcs")
          .forEach(vpc -> vpc.get("cidrs").forEach(c -> planned.add(c.asText())));
      java.util.Set<String> live = new java.util.TreeSet<>();
      try (var files = Files.walk(snap)) {
        for (Path f : files.filter(x -> x.getFileName().toString().equals("vpcs.json")).toList()) {
          json(Files.readString(f)).get("Vpcs").forEach(vpc -> live.add(vpc.get("CidrBlock").asText()));
        }
      }
      assertThat(live).as("the live VPCs have exactly the planned CIDRs").isEqualTo(planned);
      CliRunner.Result p = CliRunner.run("plan", env.design.toString(), "--against", snap.toString(), "--dry-run");
      assertThat(p.code()).as(p.out() + p.err()).isZero();
      assertThat(p.out() + p.err()).doesNotContain("collide").doesNotContain("overlaps existing");
    }
  }

  @Test
  void anEndpointWithoutAnOperationGetsAClearMessageAndTheRestIsDone() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp, "small-2x2")) {
      env.cloud.unsupported("CreateTransitGatewayPeeringAttachment");
      env.cloud.unsupported("DescribeVpcEndpointServiceConfigurations");
      CliRunner.Result run = env.apply("--yes");
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("the endpoint does not support ec2:CreateTransitGatewayPeeringAttachment")
          .doesNotContain("Exception").doesNotContain("\tat ");
      // a describe the endpoint lacks and apply does not need does not stop the account (nor is it news)
      assertThat(run.out()).doesNotContain("could not read");
      assertThat(env.cloud.resources("222222222222", "eu-west-1", "vpc")).hasSize(1);
      CliRunner.Result left = env.apply("--format", "json");
      for (JsonNode c : json(left.out()).get("changes")) {
        assertThat(c.get("name").asText() + " " + c.get("needs")).as("only the peering and what needs it").contains("peering");
      }
    }
  }

  @Test
  void throttlingIsRetriedByTheAdaptiveStrategyAndTheRunCompletes() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp, "small-2x2")) {
      env.cloud.fail(io.vpcplan.aws.fake.FaultRule.at(3, io.vpcplan.aws.fake.FaultRule.Kind.THROTTLE).times(2));
      env.cloud.fail(io.vpcplan.aws.fake.FaultRule.at(20, io.vpcplan.aws.fake.FaultRule.Kind.THROTTLE).times(2));
      CliRunner.Result run = env.apply("--yes"); // --retry-mode adaptive is the default
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.err()).contains("apply complete").doesNotContain("FAILED");
      assertThat(env.cloud.duplicates()).isEmpty();
    }
  }

  @Test
  void anEndpointWithoutRamStillGetsItsVpcsAndSaysWhyTheSharesFail() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp, "small-2x2")) {
      env.cloud.unsupported("GetResourceShares");
      env.cloud.unsupported("CreateResourceShare");
      CliRunner.Result run = env.apply("--yes");
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.out()).contains("the endpoint does not serve RAM");
      assertThat(run.err()).contains("the endpoint does not support ram:GetResourceShares").doesNotContain("\tat ");
      assertThat(env.cloud.resources("222222222222", "us-east-1", "vpc")).hasSize(1);
      assertThat(env.cloud.resources("111111111111", "us-east-1", "vpc")).hasSize(1);
      assertThat(env.cloud.duplicates()).isEmpty();
    }
  }
}
