package io.vpcplan.aws.fake;

import static io.vpcplan.aws.fake.FakeCloudTest.code;
import static io.vpcplan.aws.fake.FakeCloudTest.tags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vpcplan.aws.fake.FaultRule.Kind;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ram.RamClient;

/** Scripted faults as the SDK sees them: with and without its retries. */
class FakeCloudFaultTest {
  static final String E1 = "us-east-1";
  static final String APP = "222222222222";
  FakeCloud cloud;
  FakeClients once;
  FakeClients retrying;

  @BeforeEach
  void start() throws IOException {
    cloud = new FakeCloud();
    once = new FakeClients(cloud, 1);
    retrying = new FakeClients(cloud, 3);
  }

  @AfterEach
  void stop() {
    once.close();
    retrying.close();
    cloud.close();
  }

  private static void createVpc(Ec2Client ec2, String id) {
    ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16").tagSpecifications(tags(ResourceType.VPC, id)));
  }

  @Test
  void resetAfterMakesTheChangeAndLeavesTheCallerWithoutAnAnswer() {
    cloud.fail(FaultRule.at(1, Kind.RESET_AFTER));
    Ec2Client ec2 = once.ec2(FakeCloud.CALLER, E1);
    assertThatThrownBy(() -> createVpc(ec2, "vpc.app")).isInstanceOf(SdkClientException.class);
    assertThat(cloud.count("vpc")).isEqualTo(1);
    assertThat(cloud.mutatingCount()).isEqualTo(1);
    // A caller that retries blindly creates a second one: what duplicates() is there to catch.
    createVpc(ec2, "vpc.app");
    assertThat(cloud.duplicates()).containsExactly(
        "vpc vpcplan:id=vpc.app [vpc-0000000000000001, vpc-0000000000000002]");
  }

  @Test
  void http500MakesNoChangeAndHttp500AfterDoes() {
    cloud.fail(FaultRule.at(1, Kind.HTTP_500)).fail(FaultRule.at(2, Kind.HTTP_500_AFTER));
    Ec2Client ec2 = once.ec2(FakeCloud.CALLER, E1);
    assertThatThrownBy(() -> createVpc(ec2, "a")).satisfies(e -> {
      assertThat(code(e)).isEqualTo("InternalError");
      assertThat(((AwsServiceException) e).statusCode()).isEqualTo(500);
    });
    assertThat(cloud.count("vpc")).isZero();
    assertThatThrownBy(() -> createVpc(ec2, "b")).satisfies(e -> assertThat(code(e)).isEqualTo("InternalError"));
    assertThat(cloud.count("vpc")).isEqualTo(1);
    createVpc(ec2, "c");
    assertThat(cloud.count("vpc")).isEqualTo(2);
    assertThat(cloud.mutatingCount()).isEqualTo(3);
  }

  @Test
  void throttlingIsRetriedByTheSdksStandardRetry() {
    cloud.fail(FaultRule.at(1, Kind.THROTTLE).times(2));
    createVpc(retrying.ec2(FakeCloud.CALLER, E1), "vpc.app");
    assertThat(cloud.requests()).extracting(FakeCloud.Request::action)
        .containsExactly("CreateVpc", "CreateVpc", "CreateVpc");
    assertThat(cloud.count("vpc")).isEqualTo(1);

    cloud.fail(FaultRule.at(4, Kind.THROTTLE).times(5));
    assertThatThrownBy(() -> createVpc(retrying.ec2(FakeCloud.CALLER, E1), "vpc.b"))
        .satisfies(e -> assertThat(code(e)).isEqualTo("RequestLimitExceeded"));
  }

  @Test
  void rulesCanAimAtOneActionOrAccountAndHitRamToo() {
    cloud.pendingDescribes(0).fail(FaultRule.at(2, Kind.HTTP_500).onlyAction("CreateSubnet").onlyAccount(APP))
        .fail(FaultRule.at(1, Kind.HTTP_500).onlyAction("CreateResourceShare"));
    Ec2Client app = once.ec2(APP, E1);
    String vpc = app.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
    app.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.0.0/24").availabilityZone("us-east-1a"));
    assertThatThrownBy(() -> app.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1a")))
        .satisfies(e -> assertThat(code(e)).isEqualTo("InternalError"));
    app.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1a"));
    assertThat(cloud.count("subnet")).isEqualTo(2);

    String arn = FakeCloudTgwTest.tgw(once.ec2(FakeCloud.CALLER, E1), "tgw").transitGatewayArn();
    try (RamClient ram = once.ram(FakeCloud.CALLER, E1)) {
      assertThatThrownBy(() -> ram.createResourceShare(r -> r.name("s").resourceArns(arn)))
          .satisfies(e -> assertThat(((AwsServiceException) e).statusCode()).isEqualTo(500));
      ram.createResourceShare(r -> r.name("s").resourceArns(arn));
    }
    assertThat(cloud.count("resource-share")).isEqualTo(1);
    assertThat(cloud.mutatingCount()).isEqualTo(7);
  }

  @Test
  void deniedAndUnsupportedActionsAnswerAsAwsWould() {
    cloud.deny(APP, "ec2:CreateVpc").deny(APP, "ram:GetResourceShares").unsupported("CreateTransitGateway");
    assertThatThrownBy(() -> createVpc(once.ec2(APP, "eu-west-1"), "x")).satisfies(e -> {
      assertThat(code(e)).isEqualTo("UnauthorizedOperation");
      assertThat(((AwsServiceException) e).statusCode()).isEqualTo(403);
    });
    createVpc(once.ec2(FakeCloud.CALLER, E1), "y"); // other accounts are untouched
    try (RamClient ram = once.ram(APP, E1)) {
      assertThatThrownBy(() -> ram.getResourceShares(r -> r.resourceOwner("SELF")))
          .satisfies(e -> assertThat(code(e)).isEqualTo("AccessDeniedException"));
    }
    assertThatThrownBy(() -> once.ec2(FakeCloud.CALLER, E1).createTransitGateway(r -> r.description("t")))
        .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidAction"));
    assertThat(cloud.count("transit-gateway")).isZero();
  }

  @Test
  void afterAResetTheSdksRetryReusesItsClientTokenSoTokenedCreatesHappenOnce() {
    cloud.pendingDescribes(0).fail(FaultRule.at(2, Kind.RESET_AFTER).onlyAction("CreateRouteTable"))
        .fail(FaultRule.at(1, Kind.RESET_AFTER).onlyAction("CreateResourceShare"));
    Ec2Client ec2 = retrying.ec2(FakeCloud.CALLER, E1);
    String vpc = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
    ec2.createRouteTable(r -> r.vpcId(vpc));
    String second = ec2.createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
    var calls = cloud.requests().stream().filter(q -> q.action().equals("CreateRouteTable")).toList();
    assertThat(calls).hasSize(3);
    assertThat(calls.get(1).params().get("ClientToken")).isNotNull().isEqualTo(calls.get(2).params().get("ClientToken"));
    assertThat(cloud.resources(FakeCloud.CALLER, E1, "route-table")).extracting(CloudResource::id)
        .endsWith(second).hasSize(3); // main + two

    // RamClient sends no clientToken of its own: a blind retry after a reset shares twice…
    String arn = FakeCloudTgwTest.tgw(ec2, "tgw").transitGatewayArn();
    cloud.fail(FaultRule.at(3, Kind.RESET_AFTER).onlyAction("CreateResourceShare"));
    try (RamClient ram = retrying.ram(FakeCloud.CALLER, E1)) {
      ram.createResourceShare(r -> r.name("s").resourceArns(arn));
      assertThat(cloud.requests().stream().filter(q -> q.action().equals("CreateResourceShare")))
          .allSatisfy(q -> assertThat(q.params()).doesNotContainKey("clientToken"));
      assertThat(cloud.count("resource-share")).isEqualTo(2);
      // …so the caller passes one, and the retry is answered from the first call.
      ram.createResourceShare(r -> r.name("t").resourceArns(arn).clientToken("share-t"));
    }
    assertThat(cloud.requests().stream().filter(q -> "share-t".equals(q.params().get("clientToken")))).hasSize(2);
    assertThat(cloud.count("resource-share")).isEqualTo(3);
  }
}
