package io.vpcplan.aws.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.sts.StsClient;

/** VPCs, subnets, route tables, gateways and tags through the real Ec2Client. */
class FakeCloudTest {
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

  static TagSpecification tags(ResourceType type, String id) {
    return TagSpecification.builder().resourceType(type).tags(Tag.builder().key("vpcplan:plan").value("acme").build(),
        Tag.builder().key("vpcplan:id").value(id).build()).build();
  }

  static Filter filter(String name, String... values) {
    return Filter.builder().name(name).values(values).build();
  }

  static String code(Throwable t) {
    return ((AwsServiceException) t).awsErrorDetails().errorCode();
  }

  static Vpc vpc(Ec2Client ec2, String cidr, String id) {
    return ec2.createVpc(r -> r.cidrBlock(cidr).tagSpecifications(tags(ResourceType.VPC, id))).vpc();
  }

  @Test
  void aVpcCreatedWithTagsIsFoundByItsTagAndGetsAnUntaggedMainRouteTable() {
    Vpc created = vpc(ec2, "10.0.0.0/16", "vpc.app");
    assertThat(created.vpcId()).isEqualTo("vpc-0000000000000001");
    vpc(ec2, "10.1.0.0/16", "vpc.other");

    var found = ec2.describeVpcs(r -> r.filters(filter("tag:vpcplan:id", "vpc.app")).maxResults(1000)).vpcs();
    assertThat(found).extracting(Vpc::vpcId).containsExactly(created.vpcId());
    assertThat(found.get(0).cidrBlockAssociationSet()).extracting(a -> a.cidrBlock()).containsExactly("10.0.0.0/16");
    assertThat(found.get(0).tags()).contains(Tag.builder().key("vpcplan:id").value("vpc.app").build());
    assertThat(ec2.describeVpcs(r -> r.filters(filter("tag-key", "vpcplan:plan"))).vpcs()).hasSize(2);

    var tables = ec2.describeRouteTables(r -> r.filters(filter("vpc-id", created.vpcId()))).routeTables();
    assertThat(tables).hasSize(1);
    assertThat(tables.get(0).associations()).singleElement().satisfies(a -> assertThat(a.main()).isTrue());
    assertThat(tables.get(0).tags()).isEmpty();
    assertThat(tables.get(0).routes()).singleElement().satisfies(r -> assertThat(r.gatewayId()).isEqualTo("local"));

    assertThatThrownBy(() -> ec2.describeVpcs(r -> r.vpcIds("vpc-0000000000000099")))
        .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidVpcID.NotFound"));
    assertThatThrownBy(() -> ec2.describeVpcs(r -> r.filters(filter("colour", "red"))))
        .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidParameterValue"));
    // Another account sees none of it.
    assertThat(clients.ec2("222222222222", E1).describeVpcs().vpcs()).isEmpty();
    assertThat(cloud.resources(FakeCloud.CALLER, E1, "vpc")).extracting(CloudResource::id)
        .containsExactly("vpc-0000000000000001", "vpc-0000000000000002");
  }

  @Test
  void subnetsOutsideTheVpcOrOverlappingAnotherFailWithTheAwsCodes() {
    Vpc v = vpc(ec2, "10.0.0.0/16", "vpc.app");
    var s = ec2.createSubnet(r -> r.vpcId(v.vpcId()).cidrBlock("10.0.0.0/24").availabilityZone("us-east-1b")
        .tagSpecifications(tags(ResourceType.SUBNET, "subnet.a"))).subnet();
    assertThat(s.availabilityZoneId()).isEqualTo("use1-az2");
    assertThat(s.availableIpAddressCount()).isEqualTo(251);
    assertThatThrownBy(() -> ec2.createSubnet(r -> r.vpcId(v.vpcId()).cidrBlock("10.0.0.128/25").availabilityZone("us-east-1a")))
        .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidSubnet.Conflict"));
    assertThatThrownBy(() -> ec2.createSubnet(r -> r.vpcId(v.vpcId()).cidrBlock("10.9.0.0/24").availabilityZone("us-east-1a")))
        .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidSubnet.Range"));
    assertThatThrownBy(() -> ec2.createSubnet(r -> r.vpcId(v.vpcId()).cidrBlock("10.0.1.0/24").availabilityZone("eu-west-1a")))
        .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidParameterValue"));
    assertThat(ec2.createSubnet(r -> r.vpcId(v.vpcId()).cidrBlock("10.0.3.0/24").availabilityZoneId("use1-az3"))
        .subnet().availabilityZone()).isEqualTo("us-east-1c");
    // A second block makes room.
    ec2.associateVpcCidrBlock(r -> r.vpcId(v.vpcId()).cidrBlock("10.9.0.0/16"));
    ec2.createSubnet(r -> r.vpcId(v.vpcId()).cidrBlock("10.9.0.0/24").availabilityZone("us-east-1a"));
    assertThat(ec2.describeSubnets(r -> r.filters(filter("vpc-id", v.vpcId()))).subnets()).hasSize(3);
    assertThat(ec2.describeSubnets(r -> r.subnetIds(s.subnetId())).subnets().get(0).tags()).hasSize(2);
    // IPv6: an Amazon /56 on the VPC, a /64 of it on a subnet.
    var v6 = ec2.associateVpcCidrBlock(r -> r.vpcId(v.vpcId()).amazonProvidedIpv6CidrBlock(true))
        .ipv6CidrBlockAssociation().ipv6CidrBlock();
    assertThat(v6).endsWith("::/56");
    String sub6 = v6.replace("::/56", "::/64");
    ec2.createSubnet(r -> r.vpcId(v.vpcId()).cidrBlock("10.0.2.0/24").ipv6CidrBlock(sub6).availabilityZone("us-east-1a"));
    assertThat(ec2.describeSubnets(r -> r.filters(filter("cidr-block", "10.0.2.0/24"))).subnets().get(0)
        .ipv6CidrBlockAssociationSet()).extracting(a -> a.ipv6CidrBlock()).containsExactly(sub6);
  }

  @Test
  void routeTablesAreIdempotentByClientTokenAndRefuseDoubleAssociationsAndRoutes() {
    Vpc v = vpc(ec2, "10.0.0.0/16", "vpc.app");
    String subnet = ec2.createSubnet(r -> r.vpcId(v.vpcId()).cidrBlock("10.0.0.0/24").availabilityZone("us-east-1a"))
        .subnet().subnetId();
    RouteTable t1 = ec2.createRouteTable(r -> r.vpcId(v.vpcId()).clientToken("tok-1")
        .tagSpecifications(tags(ResourceType.ROUTE_TABLE, "rt.app"))).routeTable();
    RouteTable t2 = ec2.createRouteTable(r -> r.vpcId(v.vpcId()).clientToken("tok-1")
        .tagSpecifications(tags(ResourceType.ROUTE_TABLE, "rt.app"))).routeTable();
    assertThat(t2.routeTableId()).isEqualTo(t1.routeTableId());
    assertThat(cloud.count("route-table")).isEqualTo(2); // main + one
    assertThatThrownBy(() -> ec2.createRouteTable(r -> r.vpcId(v.vpcId()).clientToken("tok-1")))
        .satisfies(e -> assertThat(code(e)).isEqualTo("IdempotentParameterMismatch"));

    String assoc = ec2.associateRouteTable(r -> r.routeTableId(t1.routeTableId()).subnetId(subnet)).associationId();
    assertThatThrownBy(() -> ec2.associateRouteTable(r -> r.routeTableId(t1.routeTableId()).subnetId(subnet)))
        .satisfies(e -> assertThat(code(e)).isEqualTo("Resource.AlreadyAssociated"));
    assertThat(ec2.describeRouteTables(r -> r.filters(filter("association.subnet-id", subnet))).routeTables())
        .extracting(RouteTable::routeTableId).containsExactly(t1.routeTableId());

    String igw = ec2.createInternetGateway(r -> r.tagSpecifications(tags(ResourceType.INTERNET_GATEWAY, "igw")))
        .internetGateway().internetGatewayId();
    assertThatThrownBy(() -> ec2.createRoute(r -> r.routeTableId(t1.routeTableId()).destinationCidrBlock("0.0.0.0/0")
        .gatewayId(igw))).satisfies(e -> assertThat(code(e)).isEqualTo("InvalidParameterValue"));
    ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(v.vpcId()));
    ec2.createRoute(r -> r.routeTableId(t1.routeTableId()).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
    assertThatThrownBy(() -> ec2.createRoute(r -> r.routeTableId(t1.routeTableId()).destinationCidrBlock("0.0.0.0/0")
        .gatewayId(igw))).satisfies(e -> assertThat(code(e)).isEqualTo("RouteAlreadyExists"));
    assertThat(ec2.describeInternetGateways(r -> r.filters(filter("attachment.vpc-id", v.vpcId())))
        .internetGateways().get(0).attachments().get(0).vpcId()).isEqualTo(v.vpcId());

    // Pruning, in the order AWS insists on.
    assertThatThrownBy(() -> ec2.deleteVpc(r -> r.vpcId(v.vpcId())))
        .satisfies(e -> assertThat(code(e)).isEqualTo("DependencyViolation"));
    assertThatThrownBy(() -> ec2.deleteRouteTable(r -> r.routeTableId(t1.routeTableId())))
        .satisfies(e -> assertThat(code(e)).isEqualTo("DependencyViolation"));
    ec2.deleteRoute(r -> r.routeTableId(t1.routeTableId()).destinationCidrBlock("0.0.0.0/0"));
    ec2.disassociateRouteTable(r -> r.associationId(assoc));
    ec2.deleteRouteTable(r -> r.routeTableId(t1.routeTableId()));
    ec2.deleteSubnet(r -> r.subnetId(subnet));
    assertThatThrownBy(() -> ec2.deleteInternetGateway(r -> r.internetGatewayId(igw)))
        .satisfies(e -> assertThat(code(e)).isEqualTo("DependencyViolation"));
    ec2.detachInternetGateway(r -> r.internetGatewayId(igw).vpcId(v.vpcId()));
    ec2.deleteInternetGateway(r -> r.internetGatewayId(igw));
    ec2.deleteVpc(r -> r.vpcId(v.vpcId()));
    assertThat(cloud.count("vpc") + cloud.count("route-table") + cloud.count("internet-gateway")).isZero();
  }

  @Test
  void tagsAreAddedAndRemovedAndUnknownActionsAreInvalid() {
    Vpc v = vpc(ec2, "10.0.0.0/16", "vpc.app");
    ec2.createTags(r -> r.resources(v.vpcId()).tags(Tag.builder().key("Name").value("app").build()));
    ec2.deleteTags(r -> r.resources(v.vpcId()).tags(Tag.builder().key("vpcplan:plan").value("other").build()));
    assertThat(cloud.resources(FakeCloud.CALLER, E1, "vpc").get(0).tags())
        .isEqualTo(Map.of("vpcplan:plan", "acme", "vpcplan:id", "vpc.app", "Name", "app"));
    ec2.deleteTags(r -> r.resources(v.vpcId()).tags(Tag.builder().key("vpcplan:plan").build()));
    assertThat(cloud.resources(FakeCloud.CALLER, E1, "vpc").get(0).tags()).doesNotContainKey("vpcplan:plan");
    assertThatThrownBy(() -> ec2.createTags(r -> r.resources("vpc-00000000000000ff").tags(Tag.builder().key("a").value("b").build())))
        .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidID"));

    assertThatThrownBy(() -> ec2.describeSecurityGroups())
        .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidAction"));
    assertThatThrownBy(() -> ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16").dryRun(true)))
        .satisfies(e -> assertThat(code(e)).isEqualTo("DryRunOperation"));
    assertThat(ec2.describeRegions().regions()).extracting(r -> r.regionName()).contains("us-east-1", "eu-west-1");

    try (StsClient sts = clients.sts(E1)) {
      assertThat(sts.getCallerIdentity().account()).isEqualTo(FakeCloud.CALLER);
      assertThat(sts.assumeRole(r -> r.roleArn("arn:aws:iam::222222222222:role/R").roleSessionName("s"))
          .credentials().accessKeyId()).isEqualTo("ASIAFAKE222222222222");
    }
  }
}
