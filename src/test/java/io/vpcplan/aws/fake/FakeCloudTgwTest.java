package io.vpcplan.aws.fake;

import static io.vpcplan.aws.fake.FakeCloudTest.code;
import static io.vpcplan.aws.fake.FakeCloudTest.filter;
import static io.vpcplan.aws.fake.FakeCloudTest.tags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TransitGateway;
import software.amazon.awssdk.services.ec2.model.TransitGatewayAttachmentState;
import software.amazon.awssdk.services.ec2.model.TransitGatewayRoute;
import software.amazon.awssdk.services.ram.RamClient;

/** Transit gateways, cross-account attachments through RAM, TGW routing and peering. */
class FakeCloudTgwTest {
  static final String NET = FakeCloud.CALLER;
  static final String APP = "222222222222";
  static final String E1 = "us-east-1";
  static final String W1 = "eu-west-1";
  FakeCloud cloud;
  FakeClients clients;

  @BeforeEach
  void start() throws IOException {
    cloud = new FakeCloud();
    clients = new FakeClients(cloud, 1);
  }

  @AfterEach
  void stop() {
    clients.close();
    cloud.close();
  }

  static TransitGateway tgw(Ec2Client ec2, String id) {
    return ec2.createTransitGateway(r -> r.options(o -> o.amazonSideAsn(64512L).autoAcceptSharedAttachments("disable")
        .defaultRouteTableAssociation("disable").defaultRouteTablePropagation("disable").dnsSupport("enable"))
        .tagSpecifications(tags(ResourceType.TRANSIT_GATEWAY, id))).transitGateway();
  }

  static String state(Ec2Client ec2, String tgwId) {
    return ec2.describeTransitGateways(r -> r.transitGatewayIds(tgwId)).transitGateways().get(0).stateAsString();
  }

  /** A tagged VPC with one tagged subnet in each of two zones; returns {vpc, subnet a, subnet b}. */
  static String[] vpc(Ec2Client ec2, String cidr16, String id) {
    String vpc = FakeCloudTest.vpc(ec2, cidr16 + ".0.0/16", id).vpcId();
    String a = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock(cidr16 + ".0.0/28").availabilityZone(E1 + "a")
        .tagSpecifications(tags(ResourceType.SUBNET, id + ".a"))).subnet().subnetId();
    String b = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock(cidr16 + ".0.16/28").availabilityZone(E1 + "b")
        .tagSpecifications(tags(ResourceType.SUBNET, id + ".b"))).subnet().subnetId();
    return new String[] {vpc, a, b};
  }

  @Test
  void aTransitGatewayIsPendingForOneDescribeThenAvailableAndAttachmentsWaitForIt() {
    Ec2Client net = clients.ec2(NET, E1);
    TransitGateway t = tgw(net, "tgw.use1");
    assertThat(t.transitGatewayArn()).isEqualTo("arn:aws:ec2:us-east-1:" + NET + ":transit-gateway/" + t.transitGatewayId());
    assertThat(t.stateAsString()).isEqualTo("pending");
    assertThat(t.options().amazonSideAsn()).isEqualTo(64512L);
    assertThat(t.options().associationDefaultRouteTableId()).isNull();
    String[] v = vpc(net, "10.0", "vpc.shared");
    assertThatThrownBy(() -> net.createTransitGatewayVpcAttachment(r -> r.transitGatewayId(t.transitGatewayId())
        .vpcId(v[0]).subnetIds(v[1], v[2]))).satisfies(e -> assertThat(code(e)).isEqualTo("IncorrectState"));
    assertThat(state(net, t.transitGatewayId())).isEqualTo("pending");
    assertThat(state(net, t.transitGatewayId())).isEqualTo("available");

    var att = net.createTransitGatewayVpcAttachment(r -> r.transitGatewayId(t.transitGatewayId()).vpcId(v[0])
        .subnetIds(v[1], v[2]).tagSpecifications(tags(ResourceType.TRANSIT_GATEWAY_ATTACHMENT, "att.shared")))
        .transitGatewayVpcAttachment();
    assertThat(att.state()).isEqualTo(TransitGatewayAttachmentState.PENDING);
    assertThat(att.subnetIds()).containsExactly(v[1], v[2]);
    assertThatThrownBy(() -> net.createTransitGatewayVpcAttachment(r -> r.transitGatewayId(t.transitGatewayId())
        .vpcId(v[0]).subnetIds(v[1]))).satisfies(e -> assertThat(code(e)).isEqualTo("DuplicateTransitGatewayAttachment"));
    // Same account: no acceptance step.
    net.describeTransitGatewayVpcAttachments();
    assertThat(net.describeTransitGatewayVpcAttachments(r -> r.filters(filter("vpc-id", v[0])))
        .transitGatewayVpcAttachments().get(0).state()).isEqualTo(TransitGatewayAttachmentState.AVAILABLE);
  }

  @Test
  void aMemberAccountAttachesOnlyOnceTheTgwIsSharedAndAcceptedThenTheOwnerAccepts() {
    cloud.orgSharing(false).pendingDescribes(0);
    Ec2Client net = clients.ec2(NET, E1);
    Ec2Client app = clients.ec2(APP, E1);
    TransitGateway t = tgw(net, "tgw.use1");
    String[] v = vpc(app, "10.1", "vpc.app");
    assertThatThrownBy(() -> app.createTransitGatewayVpcAttachment(r -> r.transitGatewayId(t.transitGatewayId())
        .vpcId(v[0]).subnetIds(v[1]))).satisfies(e -> assertThat(code(e)).isEqualTo("InvalidTransitGatewayID.NotFound"));

    try (RamClient ram = clients.ram(NET, E1); RamClient appRam = clients.ram(APP, E1)) {
      ram.createResourceShare(r -> r.name("tgw").resourceArns(t.transitGatewayArn()).principals(APP));
      assertThat(app.describeTransitGateways().transitGateways()).isEmpty(); // invitation not accepted yet
      var inv = appRam.getResourceShareInvitations(r -> r.maxResults(100)).resourceShareInvitations();
      assertThat(inv).singleElement().satisfies(i -> assertThat(i.statusAsString()).isEqualTo("PENDING"));
      appRam.acceptResourceShareInvitation(r -> r.resourceShareInvitationArn(inv.get(0).resourceShareInvitationArn()));
    }
    assertThat(app.describeTransitGateways().transitGateways()).singleElement()
        .satisfies(g -> assertThat(g.ownerId()).isEqualTo(NET));

    String att = app.createTransitGatewayVpcAttachment(r -> r.transitGatewayId(t.transitGatewayId()).vpcId(v[0])
        .subnetIds(v[1], v[2]).tagSpecifications(tags(ResourceType.TRANSIT_GATEWAY_ATTACHMENT, "att.app")))
        .transitGatewayVpcAttachment().transitGatewayAttachmentId();
    var seenByOwner = net.describeTransitGatewayAttachments(r -> r.transitGatewayAttachmentIds(att))
        .transitGatewayAttachments().get(0);
    assertThat(seenByOwner.stateAsString()).isEqualTo("pendingAcceptance");
    assertThat(seenByOwner.resourceOwnerId()).isEqualTo(APP);
    assertThat(seenByOwner.resourceId()).isEqualTo(v[0]);
    assertThatThrownBy(() -> app.acceptTransitGatewayVpcAttachment(r -> r.transitGatewayAttachmentId(att)))
        .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidTransitGatewayAttachmentID.NotFound"));
    net.acceptTransitGatewayVpcAttachment(r -> r.transitGatewayAttachmentId(att));
    assertThat(app.describeTransitGatewayVpcAttachments(r -> r.filters(filter("transit-gateway-id", t.transitGatewayId())))
        .transitGatewayVpcAttachments().get(0).state()).isEqualTo(TransitGatewayAttachmentState.AVAILABLE);

    // Now the member may route to the TGW.
    String main = app.describeRouteTables(r -> r.filters(filter("vpc-id", v[0]))).routeTables().get(0).routeTableId();
    app.createRoute(r -> r.routeTableId(main).destinationCidrBlock("10.0.0.0/8").transitGatewayId(t.transitGatewayId()));
    assertThat(cloud.resources(APP, E1, "route-table").get(0).attr("routes"))
        .isEqualTo("10.0.0.0/8>" + t.transitGatewayId());
    assertThat(cloud.resources(APP, E1, "route-table").get(0).attr("associations")).isEqualTo("main");
    assertThat(cloud.resources(APP, E1, "vpc").get(0).attr("cidrs")).isEqualTo("10.1.0.0/16");
    assertThat(cloud.resources(APP, E1, "transit-gateway-attachment")).singleElement()
        .satisfies(a -> assertThat(a.tag("vpcplan:id")).isEqualTo("att.app"));
  }

  @Test
  void routeTablesAssociatePropagateAndHoldStaticAndBlackholeRoutes() {
    cloud.pendingDescribes(0);
    Ec2Client net = clients.ec2(NET, E1);
    TransitGateway t = tgw(net, "tgw.use1");
    String[] v = vpc(net, "10.0", "vpc.shared");
    String att = net.createTransitGatewayVpcAttachment(r -> r.transitGatewayId(t.transitGatewayId()).vpcId(v[0])
        .subnetIds(v[1])).transitGatewayVpcAttachment().transitGatewayAttachmentId();
    String rt = net.createTransitGatewayRouteTable(r -> r.transitGatewayId(t.transitGatewayId())
        .tagSpecifications(tags(ResourceType.TRANSIT_GATEWAY_ROUTE_TABLE, "rt.shared")))
        .transitGatewayRouteTable().transitGatewayRouteTableId();
    net.associateTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(rt).transitGatewayAttachmentId(att));
    assertThatThrownBy(() -> net.associateTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(rt)
        .transitGatewayAttachmentId(att))).satisfies(e -> assertThat(code(e)).isEqualTo("Resource.AlreadyAssociated"));
    net.enableTransitGatewayRouteTablePropagation(r -> r.transitGatewayRouteTableId(rt).transitGatewayAttachmentId(att));
    net.createTransitGatewayRoute(r -> r.transitGatewayRouteTableId(rt).destinationCidrBlock("0.0.0.0/0")
        .transitGatewayAttachmentId(att));
    net.createTransitGatewayRoute(r -> r.transitGatewayRouteTableId(rt).destinationCidrBlock("192.168.0.0/16").blackhole(true));
    assertThatThrownBy(() -> net.createTransitGatewayRoute(r -> r.transitGatewayRouteTableId(rt)
        .destinationCidrBlock("0.0.0.0/0").blackhole(true))).satisfies(e -> assertThat(code(e)).isEqualTo("RouteAlreadyExists"));

    assertThat(cloud.resources(NET, E1, "transit-gateway-route-table").get(0).attr("routes"))
        .isEqualTo("0.0.0.0/0>" + att + ",192.168.0.0/16>blackhole");
    List<TransitGatewayRoute> routes = net.searchTransitGatewayRoutes(r -> r.transitGatewayRouteTableId(rt)
        .filters(filter("state", "active", "blackhole")).maxResults(1000)).routes();
    assertThat(routes).extracting(r -> r.destinationCidrBlock() + " " + r.typeAsString() + " " + r.stateAsString())
        .containsExactly("10.0.0.0/16 propagated active", "0.0.0.0/0 static active", "192.168.0.0/16 static blackhole");
    assertThat(routes.get(0).transitGatewayAttachments().get(0).resourceId()).isEqualTo(v[0]);
    assertThat(net.getTransitGatewayRouteTableAssociations(r -> r.transitGatewayRouteTableId(rt)).associations())
        .extracting(a -> a.transitGatewayAttachmentId()).containsExactly(att);
    assertThat(net.getTransitGatewayRouteTablePropagations(r -> r.transitGatewayRouteTableId(rt))
        .transitGatewayRouteTablePropagations()).extracting(p -> p.resourceId()).containsExactly(v[0]);
    assertThat(net.describeTransitGatewayAttachments().transitGatewayAttachments().get(0).association()
        .transitGatewayRouteTableId()).isEqualTo(rt);

    // Taken apart again: the TGW cannot go while attached; deleted things stay visible as deleted.
    assertThatThrownBy(() -> net.deleteTransitGateway(r -> r.transitGatewayId(t.transitGatewayId())))
        .satisfies(e -> assertThat(code(e)).isEqualTo("IncorrectState"));
    net.deleteTransitGatewayRoute(r -> r.transitGatewayRouteTableId(rt).destinationCidrBlock("0.0.0.0/0"));
    net.disableTransitGatewayRouteTablePropagation(r -> r.transitGatewayRouteTableId(rt).transitGatewayAttachmentId(att));
    net.disassociateTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(rt).transitGatewayAttachmentId(att));
    net.deleteTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(rt));
    net.deleteTransitGatewayVpcAttachment(r -> r.transitGatewayAttachmentId(att));
    net.deleteTransitGateway(r -> r.transitGatewayId(t.transitGatewayId()));
    assertThat(state(net, t.transitGatewayId())).isEqualTo("deleted");
    assertThat(cloud.count("transit-gateway") + cloud.count("transit-gateway-attachment")
        + cloud.count("transit-gateway-route-table")).isZero();
  }

  @Test
  void aPeeringIsSeenFromBothRegionsAndOnlyTheAccepterAcceptsIt() {
    cloud.pendingDescribes(0);
    Ec2Client east = clients.ec2(NET, E1);
    Ec2Client west = clients.ec2(NET, W1);
    TransitGateway te = tgw(east, "tgw.use1");
    TransitGateway tw = tgw(west, "tgw.euw1");
    String peering = east.createTransitGatewayPeeringAttachment(r -> r.transitGatewayId(te.transitGatewayId())
        .peerTransitGatewayId(tw.transitGatewayId()).peerAccountId(NET).peerRegion(W1)
        .tagSpecifications(tags(ResourceType.TRANSIT_GATEWAY_ATTACHMENT, "peer.use1-euw1")))
        .transitGatewayPeeringAttachment().transitGatewayAttachmentId();
    var atWest = west.describeTransitGatewayPeeringAttachments(r -> r.maxResults(1000)).transitGatewayPeeringAttachments();
    assertThat(atWest).singleElement().satisfies(p -> {
      assertThat(p.stateAsString()).isEqualTo("pendingAcceptance");
      assertThat(p.requesterTgwInfo().region()).isEqualTo(E1);
      assertThat(p.accepterTgwInfo().transitGatewayId()).isEqualTo(tw.transitGatewayId());
    });
    var westView = west.describeTransitGatewayAttachments(r -> r.filters(filter("resource-type", "peering")))
        .transitGatewayAttachments().get(0);
    assertThat(westView.transitGatewayId()).isEqualTo(tw.transitGatewayId());
    assertThat(westView.resourceId()).isEqualTo(te.transitGatewayId());
    assertThatThrownBy(() -> east.acceptTransitGatewayPeeringAttachment(r -> r.transitGatewayAttachmentId(peering)))
        .satisfies(e -> assertThat(code(e)).isEqualTo("IncorrectState"));
    west.acceptTransitGatewayPeeringAttachment(r -> r.transitGatewayAttachmentId(peering));
    assertThat(east.describeTransitGatewayPeeringAttachments(r -> r.transitGatewayAttachmentIds(peering))
        .transitGatewayPeeringAttachments().get(0).stateAsString()).isEqualTo("available");
    // Static routes across the peering, on each side's own table.
    for (var side : List.of(new Object[] {east, te, "10.1.0.0/16"}, new Object[] {west, tw, "10.0.0.0/16"})) {
      Ec2Client c = (Ec2Client) side[0];
      String rt = c.createTransitGatewayRouteTable(r -> r.transitGatewayId(((TransitGateway) side[1]).transitGatewayId()))
          .transitGatewayRouteTable().transitGatewayRouteTableId();
      c.associateTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(rt).transitGatewayAttachmentId(peering));
      c.createTransitGatewayRoute(r -> r.transitGatewayRouteTableId(rt).destinationCidrBlock((String) side[2])
          .transitGatewayAttachmentId(peering));
    }
    assertThat(west.describeTransitGatewayAttachments().transitGatewayAttachments().get(0).association()).isNotNull();
    assertThat(cloud.duplicates()).isEmpty();
  }
}
