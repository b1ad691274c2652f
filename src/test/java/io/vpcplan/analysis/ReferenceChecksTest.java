package io.vpcplan.analysis;

import static io.vpcplan.analysis.Nets.net;
import static io.vpcplan.analysis.Nets.of;
import static io.vpcplan.analysis.Nets.tgw;
import static io.vpcplan.analysis.Nets.vpc;
import static io.vpcplan.analysis.Nets.withRoutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Endpoint;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DANGLING_REFERENCE: one finding per reference the network cannot resolve, with where it is and how to fix it. */
class ReferenceChecksTest {
  private static List<Finding> dangling(Network n) {
    return of(Validator.validate(n), Code.DANGLING_REFERENCE);
  }

  @Test
  void aTgwAttachmentToAnAbsentVpcNamesTheAccountToExport() {
    TgwAttachment a = new TgwAttachment("tgw-attach-9", "tgw-1", AttachmentType.VPC, "vpc-9", "999999999999", List.of(),
        false, new Location("TransitGatewayAttachments.json", 7, 5));
    TransitGateway t = new TransitGateway("tgw-1", "", "111111111111", "us-east-1", 64512, false, false, false,
        List.of(a), List.of(), new Location("TransitGateways.json", 1, 1));
    Network n = new Network(List.of(), List.of(vpc("vpc-1", "10.0.0.0/16")), List.of(t), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
    assertThat(dangling(n)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("vpc-9").contains("account 999999999999 is not in the inventory")
          .contains("aws_configs/999999999999/us-east-1/");
      assertThat(f.location()).isEqualTo(new Location("TransitGatewayAttachments.json", 7, 5));
    });
  }

  @Test
  void routesToAbsentTgwsPeeringsAndEndpointsButNotToGatewayKindsTheNetworkDoesNotHold() {
    Vpc v = withRoutes(vpc("vpc-1", "10.0.0.0/16"),
        new Route(Cidr.parse("10.1.0.0/16"), RouteTarget.TRANSIT_GATEWAY, "tgw-gone", false),
        new Route(Cidr.parse("10.2.0.0/16"), RouteTarget.PEERING, "pcx-gone", false),
        new Route(Cidr.parse("10.3.0.0/16"), RouteTarget.VPC_ENDPOINT, "vpce-gone", false),
        new Route(Cidr.parse("0.0.0.0/0"), RouteTarget.INTERNET_GATEWAY, "igw-1", false),
        new Route(Cidr.parse("10.4.0.0/16"), RouteTarget.BLACKHOLE, "pcx-old", false));
    // the network holds no TGW, peering or endpoint at all: nothing to compare with, no noise
    assertThat(dangling(net(v))).isEmpty();
    Vpc w = vpc("vpc-2", "10.9.0.0/16");
    Network n = new Network(List.of(), List.of(v, w), List.of(tgw(List.of(), List.of(), List.of(), "vpc-2")),
        List.of(Nets.peering("vpc-1", "vpc-2")), List.of(),
        List.of(new Endpoint("vpce-1", "vpc-2", "com.amazonaws.us-east-1.sts", List.of())), List.of(), List.of(), List.of());
    assertThat(dangling(n)).extracting(Finding::message).hasSize(3)
        .anySatisfy(m -> assertThat(m).contains("transit gateway tgw-gone"))
        .anySatisfy(m -> assertThat(m).contains("peering pcx-gone"))
        .anySatisfy(m -> assertThat(m).contains("endpoint vpce-gone"));
  }

  @Test
  void anEndpointInAnAbsentVpc() {
    Network n = new Network(List.of(), List.of(vpc("vpc-1", "10.0.0.0/16")), List.of(), List.of(), List.of(),
        List.of(new Endpoint("vpce-1", "vpc-9", "svc", List.of(), new Location("VpcEndpoints.json", 3, 5))),
        List.of(), List.of(), List.of());
    assertThat(dangling(n)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("endpoint vpce-1").contains("vpc-9");
      assertThat(f.location().file()).isEqualTo("VpcEndpoints.json");
    });
  }

  @Test
  void aPeeringWithBothSidesAbsentNamesBoth() {
    Peering p = new Peering("pcx-1", "vpc-7", "vpc-8", new Location("VpcPeeringConnections.json", 2, 3),
        "777777777777", "us-east-1", "888888888888", "eu-west-1");
    Network n = new Network(List.of(), List.of(vpc("vpc-1", "10.0.0.0/16")), List.of(), List.of(p), List.of(), List.of(),
        List.of(), List.of(), List.of());
    assertThat(dangling(n)).singleElement().satisfies(f -> assertThat(f.message()).contains("vpc-7").contains("vpc-8")
        .contains("aws_configs/777777777777/us-east-1/").contains("aws_configs/888888888888/eu-west-1/"));
  }

  @Test
  void tgwRouteTableMembersThatAreNotAttachments() {
    TransitGateway t = tgw(List.of("vpc-1"), List.of("vpc-1"), List.of(), "vpc-1");
    TgwRouteTable bad = new TgwRouteTable("tgw-rtb-2", "", List.of("tgw-attach-x"), List.of("tgw-attach-y"),
        List.of(new TgwRoute(Cidr.parse("10.5.0.0/16"), "tgw-attach-z", false)), new Location("TransitGatewayRouteTables.json", 9, 5));
    TransitGateway withBad = new TransitGateway(t.id(), "", t.account(), t.region(), 64512, false, false, false,
        t.attachments(), List.of(t.routeTables().get(0), bad), t.location());
    Network n = new Network(List.of(), List.of(vpc("vpc-1", "10.0.0.0/16")), List.of(withBad), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of());
    assertThat(dangling(n)).hasSize(3).allSatisfy(f -> assertThat(f.location().line()).isEqualTo(9))
        .extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("associates attachment tgw-attach-x"))
        .anySatisfy(m -> assertThat(m).contains("propagation from attachment tgw-attach-y"))
        .anySatisfy(m -> assertThat(m).contains("routes 10.5.0.0/16 to attachment tgw-attach-z"));
  }

  @Test
  void aRouteBlackholeIsLocatedAtItsRouteTableNotItsVpc() {
    Vpc v = vpc("vpc-1", "10.0.0.0/16").withRouteTables(List.of(new io.vpcplan.model.RouteTable("rtb-1", "",
        List.of(new Route(Cidr.parse("10.4.0.0/16"), RouteTarget.BLACKHOLE, "pcx-old", false)), List.of(), true,
        new Location("RouteTables.json", 12, 7))));
    assertThat(of(Validator.validate(net(v)), Code.BLACKHOLE_ROUTE)).singleElement()
        .satisfies(f -> assertThat(f.location()).isEqualTo(new Location("RouteTables.json", 12, 7)));
  }
}
