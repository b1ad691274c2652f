package io.vpcplan.aws.fake;

import static io.vpcplan.aws.fake.FakeCloudTest.code;
import static io.vpcplan.aws.fake.FakeCloudTest.filter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.sts.StsClient;

/** Read-side details: waiters that filter on state, AWS's default TGW route table, filters, paging, escaping. */
class FakeCloudReadsTest {
  static final String E1 = "us-east-1";
  FakeCloud cloud;
  FakeClients clients;
  Ec2Client ec2;

  @BeforeEach
  void start() throws IOException {
    cloud = new FakeCloud();
    clients = new FakeClients(cloud, 1);
    ec2 = clients.ec2(FakeCloud.CALLER, E1);
  }

  @AfterEach
  void stop() {
    clients.close();
    cloud.close();
  }

  @Test
  void aWaiterFilteringOnStateAvailableStillSeesThePendingTgwMoveOn() {
    cloud.pendingDescribes(2);
    String tgw = FakeCloudTgwTest.tgw(ec2, "tgw").transitGatewayId();
    int polls = 0;
    while (ec2.describeTransitGateways(r -> r.transitGatewayIds(tgw).filters(filter("state", "available")))
        .transitGateways().isEmpty()) {
      polls++;
      assertThat(polls).as("still pending after %s polls", polls).isLessThan(5);
    }
    assertThat(polls).isEqualTo(2);
  }

  @Test
  void aTgwWithDefaultsOnGetsAnUntaggedDefaultTableThatAttachmentsJoinWhenAvailable() {
    cloud.pendingDescribes(0);
    var t = ec2.createTransitGateway(r -> r.description("defaults")).transitGateway();
    String rt = t.options().associationDefaultRouteTableId();
    assertThat(rt).isNotNull().isEqualTo(t.options().propagationDefaultRouteTableId());
    var table = ec2.describeTransitGatewayRouteTables(r -> r.filters(filter("transit-gateway-id", t.transitGatewayId())))
        .transitGatewayRouteTables();
    assertThat(table).singleElement().satisfies(x -> {
      assertThat(x.defaultAssociationRouteTable()).isTrue();
      assertThat(x.tags()).isEmpty();
    });
    String[] v = FakeCloudTgwTest.vpc(ec2, "10.0", "vpc.a");
    String att = ec2.createTransitGatewayVpcAttachment(r -> r.transitGatewayId(t.transitGatewayId()).vpcId(v[0])
        .subnetIds(v[1])).transitGatewayVpcAttachment().transitGatewayAttachmentId();
    assertThat(ec2.getTransitGatewayRouteTableAssociations(r -> r.transitGatewayRouteTableId(rt)).associations())
        .extracting(a -> a.transitGatewayAttachmentId()).containsExactly(att);
    assertThat(ec2.searchTransitGatewayRoutes(r -> r.transitGatewayRouteTableId(rt)
        .filters(filter("type", "propagated"))).routes()).extracting(x -> x.destinationCidrBlock())
        .containsExactly("10.0.0.0/16");
    assertThat(ec2.searchTransitGatewayRoutes(r -> r.transitGatewayRouteTableId(rt)
        .filters(filter("type", "static"))).routes()).isEmpty();
    assertThat(ec2.describeTransitGatewayAttachments(r -> r.filters(filter("resource-id", v[0]),
        filter("transit-gateway-attachment-id", att))).transitGatewayAttachments()).hasSize(1);
    assertThat(ec2.describeTransitGatewayAttachments(r -> r.filters(filter("resource-id", "vpc-other")))
        .transitGatewayAttachments()).isEmpty();
    assertThatThrownBy(() -> ec2.searchTransitGatewayRoutes(r -> r.transitGatewayRouteTableId(rt)))
        .satisfies(e -> assertThat(code(e)).isEqualTo("MissingParameter"));
  }

  @Test
  void tagValuesAreEscapedAndWildcardsMatch() {
    String odd = "R&D <core> \"net\"";
    ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16").tagSpecifications(TagSpecification.builder()
        .resourceType(ResourceType.VPC).tags(Tag.builder().key("Name").value(odd).build()).build()));
    assertThat(ec2.describeVpcs(r -> r.filters(filter("tag:Name", "R&D*"))).vpcs()).singleElement()
        .satisfies(v -> assertThat(v.tags().get(0).value()).isEqualTo(odd));
    assertThat(ec2.describeVpcs(r -> r.filters(filter("tag:Name", "R?D <core> \"net\""))).vpcs()).hasSize(1);
    assertThat(ec2.describeVpcs(r -> r.filters(filter("tag:Name", "R&D")))).satisfies(x -> assertThat(x.vpcs()).isEmpty());
    assertThat(cloud.resources(FakeCloud.CALLER, E1, "vpc").get(0).attr("cidr-block")).isEqualTo("10.0.0.0/16");
  }

  @Test
  void pagingParametersAreCheckedAndEverythingComesInOnePage() {
    for (int i = 0; i < 3; i++) {
      String cidr = "10." + i + ".0.0/16";
      ec2.createVpc(r -> r.cidrBlock(cidr));
    }
    var page = ec2.describeVpcs(r -> r.maxResults(5));
    assertThat(page.vpcs()).hasSize(3);
    assertThat(page.nextToken()).isNull();
    assertThatThrownBy(() -> ec2.describeVpcs(r -> r.nextToken("stale")))
        .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidPaginationToken"));
    assertThat(ec2.describeAvailabilityZones().availabilityZones()).extracting(z -> z.zoneName() + "=" + z.zoneId())
        .containsExactly("us-east-1a=use1-az1", "us-east-1b=use1-az2", "us-east-1c=use1-az3");
    assertThat(cloud.requests()).filteredOn(q -> q.action().equals("DescribeVpcs")).first()
        .satisfies(q -> assertThat(q.service()).isEqualTo("ec2"));
  }

  @Test
  void aDeniedRoleCannotBeAssumed() {
    cloud.deny("333333333333", "sts:AssumeRole");
    try (StsClient sts = clients.sts(E1)) {
      assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn("arn:aws:iam::333333333333:role/R").roleSessionName("s")))
          .satisfies(e -> assertThat(code(e)).isEqualTo("AccessDenied"));
      assertThat(sts.assumeRole(r -> r.roleArn("arn:aws:iam::222222222222:role/R").roleSessionName("s"))
          .assumedRoleUser().arn()).isEqualTo("arn:aws:iam::222222222222:role/R");
    }
  }
}
