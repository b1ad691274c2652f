package io.vpcplan.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.aws.fake.CloudResource;
import io.vpcplan.aws.fake.FakeClients;
import io.vpcplan.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * NAT gateways (small-2x2's edge VPC has a public and a private tier in one AZ): the Elastic IP and
 * the NAT gateway tagged as CloudFormation tags them, the private table's default route to it, the
 * cost said in the change set; with `natGateways: none` and --prune the route, the NAT gateway and
 * then its address go; a NAT gateway with the plan's tags in another subnet is drift.
 */
class ApplyNatTest {
  static final String NETWORK = "111111111111";
  static final String NAT_ID = "nat/network/us-east-1/edge/us-east-1a";
  @TempDir Path tmp;

  @Test
  void theNatGatewayAndItsAddressAreMadeRoutedAndPrunedWhenTheDesignDropsThem() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp, "small-2x2")) {
      CliRunner.Result dry = env.apply();
      assertThat(dry.out()).contains("+ nat-gateway                  " + NAT_ID)
          .contains("Cost: 1 NAT gateway(s) to create: each costs money by the hour").doesNotContain("Not applied by apply");
      CliRunner.Result p = CliRunner.run("iam-policy", env.design.toString(), "--topology", "tgw-hub", "--format", "json",
          "--prune");
      assertThat(env.apply("--yes").code()).isZero();
      List<CloudResource> nats = env.cloud.resources(NETWORK, "us-east-1", "natgateway");
      assertThat(nats).singleElement().satisfies(n -> {
        assertThat(n.attr("state")).isEqualTo("available");
        assertThat(n.tag("vpcplan:id")).isEqualTo(NAT_ID);
        assertThat(n.tag("Name")).isEqualTo("edge-nat-us-east-1a");
      });
      String nat = nats.get(0).id();
      assertThat(env.cloud.resources(NETWORK, "us-east-1", "elastic-ip")).singleElement()
          .satisfies(a -> assertThat(a.tag("vpcplan:id")).isEqualTo(NAT_ID + "/eip"));
      assertThat(env.cloud.resources(NETWORK, "us-east-1", "route-table")).filteredOn(t -> t.attr("routes")
          .contains("0.0.0.0/0>" + nat)).hasSize(1);
      assertThat(env.apply().out()).contains("No changes.").doesNotContain("Cost:");

      Files.writeString(env.design, Files.readString(env.design).replace("  asn: 64800\n", "  asn: 64800\n  natGateways: none\n"));
      assertThat(CliRunner.run("plan", env.design.toString()).code()).isZero();
      CliRunner.Result now = CliRunner.run("iam-policy", env.design.toString(), "--topology", "tgw-hub", "--format", "json",
          "--prune"); // no NAT gateway planned now; the state file records the one to delete
      int before = env.cloud.requests().size();
      CliRunner.Result prune = env.apply("--yes", "--prune");
      assertThat(prune.code()).as(prune.out() + prune.err()).isZero();
      assertThat(IamPolicyTest.uncovered(env.cloud.requests().subList(before, env.cloud.requests().size()),
          IamPolicyTest.allowed(now.out()))).isEmpty();
      assertThat(prune.out()).contains("- nat-gateway                  " + NAT_ID).contains("- elastic-ip");
      assertThat(env.cloud.resources(NETWORK, "us-east-1", "natgateway")).isEmpty();
      assertThat(env.cloud.resources(NETWORK, "us-east-1", "elastic-ip")).isEmpty();
      assertThat(IamPolicyTest.uncovered(env.cloud, IamPolicyTest.allowed(p.out()))).isEmpty();
      assertThat(env.apply("--format", "json", "--prune").out()).contains("\"changes\" : [ ]");
    }
  }

  @Test
  void aNatGatewayWithThePlansTagsInAnotherSubnetIsDriftAndIsNotTouched() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp, "small-2x2"); FakeClients c = new FakeClients(env.cloud, 1)) {
      Ec2Client ec2 = c.ec2(NETWORK, "us-east-1");
      String vpc = ec2.createVpc(r -> r.cidrBlock("10.99.0.0/24")).vpc().vpcId();
      String subnet = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.99.0.0/26")).subnet().subnetId();
      String igw = ec2.createInternetGateway(r -> { }).internetGateway().internetGatewayId();
      ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc));
      String eip = ec2.allocateAddress(r -> { }).allocationId();
      String stray = ec2.createNatGateway(r -> r.subnetId(subnet).allocationId(eip).tagSpecifications(t -> t
          .resourceType(ResourceType.NATGATEWAY).tags(Tag.builder().key("vpcplan:plan").value("small-2x2").build(),
              Tag.builder().key("vpcplan:id").value(NAT_ID).build()))).natGateway().natGatewayId();
      CliRunner.Result run = env.apply("--yes");
      assertThat(run.out()).contains("! nat-gateway                  " + NAT_ID)
          .contains(stray + ": subnet is aws:" + subnet + ", planned network/us-east-1/edge/public-a")
          .contains("x route                        route/rtb/network/us-east-1/edge/workload/us-east-1a/0.0.0.0/0");
      assertThat(env.cloud.resources(NETWORK, "us-east-1", "natgateway")).singleElement()
          .satisfies(n -> assertThat(n.id()).isEqualTo(stray));
      assertThat(env.cloud.requests()).noneMatch(r -> r.action().equals("CreateNatGateway") && r.account().equals(NETWORK)
          && !r.params().containsValue(subnet));
    }
  }

  /** The control of the move above: a subnet the owner put in a table of its own is drift, not moved back. */
  @Test
  void aSubnetInATableThatIsNotThePlansIsDriftAndStaysThere() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp, "small-2x2"); FakeClients c = new FakeClients(env.cloud, 1)) {
      assertThat(env.apply("--yes").code()).isZero();
      Ec2Client ec2 = c.ec2(NETWORK, "us-east-1");
      var subnet = ec2.describeSubnets(r -> r.filters(f -> f.name("tag:vpcplan:id").values("network/us-east-1/edge/app-a")))
          .subnets().get(0);
      String own = ec2.createRouteTable(r -> r.vpcId(subnet.vpcId())).routeTable().routeTableId();
      var assoc = ec2.describeRouteTables(r -> r.filters(f -> f.name("association.subnet-id").values(subnet.subnetId())))
          .routeTables().get(0).associations().stream().filter(a -> subnet.subnetId().equals(a.subnetId())).findFirst()
          .orElseThrow();
      ec2.replaceRouteTableAssociation(r -> r.associationId(assoc.routeTableAssociationId()).routeTableId(own));
      CliRunner.Result run = env.apply("--yes");
      assertThat(run.out()).contains("! route-table-association      assoc/network/us-east-1/edge/app-a")
          .contains("table is aws:" + own);
      assertThat(env.cloud.resources(NETWORK, "us-east-1", "route-table")).filteredOn(t -> t.id().equals(own))
          .singleElement().satisfies(t -> assertThat(t.attr("associations")).isEqualTo(subnet.subnetId()));
    }
  }

  /** ApplyFaultTest covers the creates (they are in small-2x2's run); here the four faults at each delete of a prune. */
  @Test
  void aFaultAtTheNatDeleteOrTheAddressReleaseThenAReRunCompletes() throws Exception {
    for (String action : List.of("DeleteNatGateway", "ReleaseAddress")) {
      for (io.vpcplan.aws.fake.FaultRule.Kind kind : io.vpcplan.aws.fake.FaultRule.Kind.values()) {
        try (ApplyEnv env = new ApplyEnv(tmp.resolve(action + "-" + kind), "small-2x2")) {
          assertThat(env.apply("--yes").code()).isZero();
          Files.writeString(env.design, Files.readString(env.design).replace("  asn: 64800\n",
              "  asn: 64800\n  natGateways: none\n"));
          assertThat(CliRunner.run("plan", env.design.toString()).code()).isZero();
          env.cloud.fail(io.vpcplan.aws.fake.FaultRule.at(1, kind).onlyAction(action));
          CliRunner.Result first = env.apply("--yes", "--prune", "--retry-mode", "standard");
          CliRunner.Result second = env.apply("--yes", "--prune", "--retry-mode", "standard");
          String what = action + " " + kind + "\nfirst:\n" + first.err() + "\nsecond:\n" + second.out() + second.err();
          assertThat(second.code()).as(what).isZero();
          assertThat(env.cloud.resources(NETWORK, "us-east-1", "natgateway")).as(what).isEmpty();
          assertThat(env.cloud.resources(NETWORK, "us-east-1", "elastic-ip")).as(what).isEmpty();
          assertThat(env.apply("--format", "json", "--prune").out()).as(what).contains("\"changes\" : [ ]");
        }
      }
    }
  }

  /** A run that gave up waiting leaves a pending NAT gateway: the next run waits for that one, then routes to it. */
  @Test
  void aNatGatewayStillPendingIsWaitedForNotMadeAgain() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp, "small-2x2")) {
      env.cloud.pendingDescribes(50); // VPCs only (--topology none): the NAT gateway is the one thing waited for
      CliRunner.Result first = CliRunner.run("apply", env.design.toString(), "--endpoint-url", env.cloud.endpoint()
          .toString(), "--role-name", "OrganizationAccountAccessRole", "--topology", "none", "--poll-ms", "100",
          "--wait-timeout", "1", "--yes");
      assertThat(first.code()).as(first.err()).isEqualTo(1);
      assertThat(first.err()).contains("for NAT gateway " + NAT_ID);
      CliRunner.Result dry = env.applyAs("none");
      assertThat(dry.out()).contains("+ nat-gateway                  " + NAT_ID + "  wait until nat-");
      CliRunner.Result second = env.applyAs("none", "--yes");
      assertThat(second.code()).as(second.out() + second.err()).isZero();
      assertThat(env.cloud.resources(NETWORK, "us-east-1", "natgateway")).singleElement()
          .satisfies(n -> assertThat(n.attr("state")).isEqualTo("available"));
      assertThat(env.cloud.duplicates()).isEmpty();
    }
  }
}
