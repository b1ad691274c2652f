package io.vpcplan.aws.fake;

import static io.vpcplan.aws.fake.FakeCloudTest.filter;
import static io.vpcplan.aws.fake.FakeCloudTest.tags;
import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.aws.fake.FaultRule.Kind;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/**
 * The pattern the apply tests follow: count the writes of a clean run, then fault each one in turn
 * with each kind, re-run, and expect the same end state with no duplicates. Driven here by a tiny
 * describe-by-tag-then-create script, so the fake's side of the pattern is proven on its own.
 */
class FakeCloudLoopTest {
  static final String E1 = "us-east-1";

  /** Creates what is missing, found by its vpcplan:id tag: a VPC, a subnet, a route table. */
  static void ensure(Ec2Client ec2) {
    var vpcs = ec2.describeVpcs(r -> r.filters(filter("tag:vpcplan:id", "vpc.app"))).vpcs();
    String vpc = vpcs.isEmpty() ? ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")
        .tagSpecifications(tags(ResourceType.VPC, "vpc.app"))).vpc().vpcId() : vpcs.get(0).vpcId();
    if (ec2.describeSubnets(r -> r.filters(filter("tag:vpcplan:id", "subnet.a"))).subnets().isEmpty()) {
      ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.0.0/24").availabilityZone("us-east-1a")
          .tagSpecifications(tags(ResourceType.SUBNET, "subnet.a")));
    }
    if (ec2.describeRouteTables(r -> r.filters(filter("tag:vpcplan:id", "rt.a"))).routeTables().isEmpty()) {
      ec2.createRouteTable(r -> r.vpcId(vpc).clientToken("rt.a").tagSpecifications(tags(ResourceType.ROUTE_TABLE, "rt.a")));
    }
  }

  @Test
  void everyFaultAtEveryStepIsRecoveredByARerunWithoutDuplicates() throws IOException {
    int steps;
    try (FakeCloud clean = new FakeCloud(); FakeClients c = new FakeClients(clean, 1)) {
      ensure(c.ec2(FakeCloud.CALLER, E1));
      steps = clean.mutatingCount();
      ensure(c.ec2(FakeCloud.CALLER, E1));
      assertThat(clean.mutatingCount()).as("a re-run writes nothing").isEqualTo(steps);
    }
    assertThat(steps).isEqualTo(3);
    for (Kind kind : Kind.values()) {
      for (int step = 1; step <= steps; step++) {
        try (FakeCloud cloud = new FakeCloud().fail(FaultRule.at(step, kind));
            FakeClients c = new FakeClients(cloud, 1)) {
          Ec2Client ec2 = c.ec2(FakeCloud.CALLER, E1);
          boolean failed = false;
          try {
            ensure(ec2);
          } catch (SdkException e) {
            failed = true;
          }
          assertThat(failed).as("%s at step %s reaches the caller", kind, step).isTrue();
          ensure(ec2);
          String where = kind + " at step " + step;
          assertThat(cloud.duplicates()).as(where).isEmpty();
          assertThat(cloud.count("vpc")).as(where).isEqualTo(1);
          assertThat(cloud.count("subnet")).as(where).isEqualTo(1);
          assertThat(cloud.count("route-table")).as(where).isEqualTo(2);
        }
      }
    }
  }
}
