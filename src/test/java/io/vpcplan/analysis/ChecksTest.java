package io.vpcplan.analysis;

import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import static io.vpcplan.analysis.Nets.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Intent;
import io.vpcplan.model.Location;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every check: one case that must fire, one that must not. */
class ChecksTest {

  @Test
  void overlapOfUnconnectedVpcsIsAWarning() {
    List<Finding> f = Validator.validate(net(vpc("a", "10.0.0.0/16"), vpc("b", "10.0.128.0/17")));
    List<Finding> o = of(f, Code.VPC_CIDR_OVERLAP);
    assertThat(o).hasSize(1);
    assertThat(o.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(o.get(0).range()).isEqualTo(Cidr.parse("10.0.128.0/17"));
    assertThat(o.get(0).resources()).extracting(Resource::id).containsExactly("a", "b");
  }

  @Test
  void disjointVpcsGiveNoOverlap() {
    assertThat(Validator.validate(net(vpc("a", "10.0.0.0/16"), vpc("b", "10.1.0.0/16"), vpc("c", "2600:1f18::/56"))))
        .isEmpty();
  }

  @Test
  void overlapOfPeeredVpcsIsAnErrorAndAPeeringOverlap() {
    var n = net(List.of(vpc("a", "10.0.0.0/16"), vpc("b", "10.0.0.0/16")), List.of(peering("a", "b")), List.of(), List.of());
    List<Finding> f = Validator.validate(n);
    assertThat(of(f, Code.VPC_CIDR_OVERLAP)).singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
    assertThat(of(f, Code.PEERING_OVERLAP)).singleElement().satisfies(p -> {
      assertThat(p.location().line()).isEqualTo(2);
      assertThat(p.message()).contains("pcx-ab");
    });
  }

  @Test
  void peeringBetweenDisjointVpcsIsFine() {
    var n = net(List.of(vpc("a", "10.0.0.0/16"), vpc("b", "10.1.0.0/16")), List.of(peering("a", "b")), List.of(), List.of());
    assertThat(Validator.validate(n)).isEmpty();
  }

  @Test
  void overlapIsAnErrorWhenOneTgwRouteTableMixesThem() {
    var tgw = tgw(List.of("a"), List.of("b"), List.of(), "a", "b");
    var n = net(List.of(vpc("a", "10.0.0.0/16"), vpc("b", "10.0.0.0/24")), List.of(), List.of(tgw), List.of());
    assertThat(of(Validator.validate(n), Code.VPC_CIDR_OVERLAP)).singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR))
        .satisfies(x -> assertThat(x.message()).contains("TGW route table tgw-rtb-1 of tgw-1 (111111111111/us-east-1) routes between them"));
  }

  @Test
  void overlapStaysAWarningWhenTheTgwKeepsThemApart() {
    // both attached, but neither table routes from one to the other
    var tgw = tgw(List.of("a"), List.of(), List.of(), "a", "b");
    var n = net(List.of(vpc("a", "10.0.0.0/16"), vpc("b", "10.0.0.0/24")), List.of(), List.of(tgw), List.of());
    assertThat(of(Validator.validate(n), Code.VPC_CIDR_OVERLAP)).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.WARNING);
  }

  @Test
  void overlapIsAnErrorWhenAnIntentConnectsThem() {
    var intent = new Intent("a", "b", "", "", 0, 0, false, Location.NONE);
    var n = net(List.of(vpc("a", "10.0.0.0/16"), vpc("b", "10.0.0.0/16")), List.of(), List.of(), List.of(intent));
    assertThat(of(Validator.validate(n), Code.VPC_CIDR_OVERLAP)).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }

  @Test
  void threeVpcsOnOneRangeMakeAGroup() {
    List<Finding> f = Validator.validate(net(vpc("a", "10.0.0.0/16"), vpc("b", "10.0.0.0/16"), vpc("c", "10.0.0.0/16")));
    assertThat(of(f, Code.VPC_CIDR_OVERLAP)).hasSize(3);
    assertThat(of(f, Code.VPC_CIDR_OVERLAP_GROUP)).singleElement()
        .satisfies(g -> assertThat(g.message()).startsWith("3 VPCs use 10.0.0.0/16"));
  }

  @Test
  void twoVpcsMakeNoGroup() {
    assertThat(of(Validator.validate(net(vpc("a", "10.0.0.0/16"), vpc("b", "10.0.0.0/16"))), Code.VPC_CIDR_OVERLAP_GROUP))
        .isEmpty();
  }

  @Test
  void largeGroupsAreSummarisedButConnectedPairsStillReported() {
    List<Vpc> vpcs = new ArrayList<>();
    for (int i = 0; i < 150; i++) vpcs.add(vpc("v" + i, "172.31.0.0/16"));
    var n = net(vpcs, List.of(new Peering("pcx-1", "v3", "v7", Location.NONE)), List.of(), List.of());
    List<Finding> f = Validator.validate(n);
    assertThat(of(f, Code.VPC_CIDR_OVERLAP)).singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
    assertThat(of(f, Code.VPC_CIDR_OVERLAP_GROUP)).singleElement().satisfies(g -> {
      assertThat(g.severity()).isEqualTo(Severity.ERROR);
      assertThat(g.message()).contains("150 VPCs").contains("not listed one by one");
      assertThat(g.resources()).hasSize(150);
    });
  }

  @Test
  void subnetOutsideItsVpc() {
    var v = withSubnets(vpc("a", "10.0.0.0/16"), "10.0.1.0/24", "10.1.0.0/24");
    assertThat(of(Validator.validate(net(v)), Code.SUBNET_OUTSIDE_VPC)).singleElement()
        .extracting(Finding::range).isEqualTo(Cidr.parse("10.1.0.0/24"));
  }

  @Test
  void subnetInASecondaryBlockIsInside() {
    var v = withSubnets(vpc("a", "10.0.0.0/16", "10.1.0.0/16"), "10.1.0.0/24");
    assertThat(Validator.validate(net(v))).isEmpty();
  }

  @Test
  void overlappingSubnets() {
    var v = withSubnets(vpc("a", "10.0.0.0/16"), "10.0.0.0/24", "10.0.0.128/25", "10.0.1.0/24");
    assertThat(of(Validator.validate(net(v)), Code.SUBNET_OVERLAP)).singleElement()
        .satisfies(x -> assertThat(x.message()).contains("10.0.0.0/24 contains 10.0.0.128/25"));
  }

  @Test
  void disjointSubnetsDoNotOverlap() {
    var v = withSubnets(vpc("a", "10.0.0.0/16"), "10.0.0.0/25", "10.0.0.128/25");
    assertThat(of(Validator.validate(net(v)), Code.SUBNET_OVERLAP)).isEmpty();
  }

  @Test
  void vpcSizes() {
    assertThat(of(Validator.validate(net(vpc("a", "10.0.0.0/15"))), Code.VPC_SIZE)).hasSize(1);
    assertThat(of(Validator.validate(net(vpc("a", "10.0.0.0/29"))), Code.VPC_SIZE)).hasSize(1);
    assertThat(of(Validator.validate(net(vpc("a", "10.0.0.0/16", "2600:1f18::/58"))), Code.VPC_SIZE)).hasSize(1);
    assertThat(of(Validator.validate(net(vpc("a", "10.0.0.0/28", "2600:1f18::/56"))), Code.VPC_SIZE)).isEmpty();
  }

  @Test
  void subnetSizes() {
    var bad = withSubnets(vpc("a", "10.0.0.0/16"), "10.0.0.0/29");
    var ok = withSubnets(vpc("b", "10.1.0.0/16"), "10.1.0.0/28", "10.1.0.16/28");
    assertThat(of(Validator.validate(net(bad)), Code.SUBNET_SIZE)).hasSize(1);
    assertThat(of(Validator.validate(net(ok)), Code.SUBNET_SIZE)).isEmpty();
  }

  @Test
  void rfc1918MixingAndRestrictedRanges() {
    assertThat(of(Validator.validate(net(vpc("a", "10.0.0.0/16", "192.168.0.0/20"))), Code.RFC1918_MIXING)).hasSize(1);
    assertThat(of(Validator.validate(net(vpc("a", "172.16.0.0/16", "172.31.0.0/16"))), Code.VPC_CIDR_RESTRICTED)).hasSize(1);
    assertThat(Validator.validate(net(vpc("a", "10.0.0.0/16", "10.1.0.0/16", "100.64.0.0/16")))).isEmpty();
  }

  @Test
  void blockQuota() {
    var six = vpc("a", "10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16", "10.5.0.0/16");
    assertThat(of(Validator.validate(net(six)), Code.VPC_BLOCK_QUOTA)).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.WARNING);
    var five = vpc("a", "10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16");
    assertThat(of(Validator.validate(net(five)), Code.VPC_BLOCK_QUOTA)).isEmpty();
  }

  @Test
  void peeringQuota() {
    List<Vpc> vpcs = new ArrayList<>();
    List<Peering> peers = new ArrayList<>();
    vpcs.add(vpc("hub", "10.0.0.0/16"));
    for (int i = 1; i <= 51; i++) {
      vpcs.add(vpc("s" + i, "10." + i + ".0.0/16"));
      peers.add(new Peering("pcx-" + i, "hub", "s" + i, Location.NONE));
    }
    var f = of(Validator.validate(net(vpcs, peers, List.of(), List.of())), Code.PEERING_QUOTA);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("51 active peerings"));
    var fifty = of(Validator.validate(net(vpcs, peers.subList(0, 50), List.of(), List.of())), Code.PEERING_QUOTA);
    assertThat(fifty).isEmpty();
  }

  @Test
  void routeTableQuota() {
    List<Route> routes = new ArrayList<>();
    routes.add(new Route(Cidr.parse("10.0.0.0/16"), RouteTarget.LOCAL, "local", false));
    for (int i = 0; i < 51; i++) routes.add(new Route(Cidr.parse("172.16." + i + ".0/24"), RouteTarget.PEERING, "pcx-1", false));
    var v = withRoutes(vpc("a", "10.0.0.0/16"), routes.toArray(Route[]::new));
    assertThat(of(Validator.validate(net(v)), Code.ROUTE_TABLE_QUOTA)).singleElement()
        .satisfies(x -> assertThat(x.message()).contains("51 IPv4 routes"));
    var ok = withRoutes(vpc("a", "10.0.0.0/16"), routes.subList(0, 51).toArray(Route[]::new));
    assertThat(of(Validator.validate(net(ok)), Code.ROUTE_TABLE_QUOTA)).isEmpty();
  }

  @Test
  void blackholeRoutes() {
    var v = withRoutes(vpc("a", "10.0.0.0/16"), new Route(Cidr.parse("10.9.0.0/16"), RouteTarget.BLACKHOLE, "pcx-9", false),
        new Route(Cidr.parse("10.8.0.0/16"), RouteTarget.PEERING, "pcx-8", false));
    assertThat(of(Validator.validate(net(v)), Code.BLACKHOLE_ROUTE)).singleElement()
        .extracting(Finding::range).isEqualTo(Cidr.parse("10.9.0.0/16"));
    var tgw = tgw(List.of(), List.of(), List.of(new TgwRoute(Cidr.parse("192.0.2.0/24"), "", true),
        new TgwRoute(Cidr.parse("10.0.0.0/8"), "att-a", false)), "a");
    var n = net(List.of(vpc("a", "10.0.0.0/16")), List.of(), List.of(tgw), List.of());
    assertThat(of(Validator.validate(n), Code.BLACKHOLE_ROUTE)).singleElement()
        .extracting(Finding::range).isEqualTo(Cidr.parse("192.0.2.0/24"));
  }

  @Test
  void identicalPropagationsConflict() {
    var tgw = tgw(List.of(), List.of("a", "b", "c"), List.of(), "a", "b", "c");
    var n = net(List.of(vpc("a", "10.0.0.0/16"), vpc("b", "10.0.0.0/16"), vpc("c", "10.1.0.0/16")), List.of(),
        List.of(tgw), List.of());
    assertThat(of(Validator.validate(n), Code.TGW_PROPAGATION_CONFLICT)).singleElement().satisfies(x -> {
      assertThat(x.message()).contains("identical CIDR 10.0.0.0/16").contains("att-a").contains("att-b");
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void distinctPropagationsDoNotConflict() {
    var tgw = tgw(List.of(), List.of("a", "c"), List.of(), "a", "b", "c");
    var n = net(List.of(vpc("a", "10.0.0.0/16"), vpc("b", "10.0.0.0/16"), vpc("c", "10.1.0.0/16")), List.of(),
        List.of(tgw), List.of());
    assertThat(of(Validator.validate(n), Code.TGW_PROPAGATION_CONFLICT)).isEmpty();
  }

  @Test
  void findingsAreDeterministicAndSorted() {
    var a = Validator.validate(net(vpc("b", "10.0.0.0/16"), vpc("a", "10.0.0.0/16"), vpc("c", "10.0.0.0/15")));
    var b = Validator.validate(net(vpc("b", "10.0.0.0/16"), vpc("a", "10.0.0.0/16"), vpc("c", "10.0.0.0/15")));
    assertThat(a).isEqualTo(b);
    assertThat(a).isSortedAccordingTo(Finding.ORDER);
  }
}
