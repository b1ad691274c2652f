package io.vpcplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NAT gateways only where a private subnet routes through one: an idle NAT gateway still costs its hours. */
class VpcGatewaysNatTest {
  static final Cidr ANY = Cidr.parse("0.0.0.0/0");

  private static Vpc vpc(List<Route> privateRoutes) {
    List<Subnet> subnets = List.of(
        new Subnet("s-pub-a", "pub-a", "public", "us-east-1a", Cidr.parse("10.0.0.0/24"), Purpose.WORKLOAD, true, null),
        new Subnet("s-pub-b", "pub-b", "public", "us-east-1b", Cidr.parse("10.0.1.0/24"), Purpose.WORKLOAD, true, null),
        new Subnet("s-app-a", "app-a", "app", "us-east-1a", Cidr.parse("10.0.2.0/24"), Purpose.WORKLOAD, false, null),
        new Subnet("s-app-b", "app-b", "app", "us-east-1b", Cidr.parse("10.0.3.0/24"), Purpose.WORKLOAD, false, null));
    Vpc v = new Vpc("vpc-1", "app", "111111111111", "us-east-1", "prod", List.of(Cidr.parse("10.0.0.0/16")), subnets,
        List.of(), Origin.PLANNED, null);
    return v.withRouteTables(List.of(new RouteTable("rt-main", "main", privateRoutes, List.of(), true)));
  }

  @Test
  void privateSubnetsWithoutADefaultRouteGetANatGatewayPerAz() {
    VpcGateways gw = VpcGateways.of(vpc(List.of()), NatGateways.PER_AZ);
    assertThat(gw.natGateways()).hasSize(2);
    assertThat(gw.routeTables()).flatMap(RouteTable::routes).anyMatch(r -> r.targetType() == RouteTarget.NAT_GATEWAY);
  }

  @Test
  void centralEgressThroughTheTgwNeedsNoNatGateway() {
    Route toTgw = new Route(ANY, RouteTarget.TRANSIT_GATEWAY, "tgw/us-east-1", false);
    VpcGateways gw = VpcGateways.of(vpc(List.of(toTgw)), NatGateways.PER_AZ);
    assertThat(gw.natGateways()).isEmpty();
    assertThat(gw.hasInternetGateway()).isTrue(); // the public tier still has its internet gateway
    assertThat(gw.routeTables()).flatMap(RouteTable::routes).noneMatch(r -> r.targetType() == RouteTarget.NAT_GATEWAY);
  }

  @Test
  void aTableAlreadyRoutedThroughANatGatewayKeepsIt() {
    Route toNat = new Route(ANY, RouteTarget.NAT_GATEWAY, "nat/vpc-1/us-east-1a", false);
    VpcGateways gw = VpcGateways.of(vpc(List.of(toNat)), NatGateways.PER_AZ);
    assertThat(gw.natGateways()).isNotEmpty();
  }
  /** A NAT gateway needs IPv4: the AZ's first public subnet with IPv4 holds it; IPv6-only private subnets need none. */
  @Test
  void ipv6OnlySubnetsNeitherHoldNorNeedANatGateway() {
    Cidr v6 = Cidr.parse("2600:1f18::/56");
    List<Subnet> subnets = List.of(
        new Subnet("s-pub6-a", "pub6-a", "public", "us-east-1a", Cidr.parse("2600:1f18::/64"), Purpose.WORKLOAD, true, null),
        new Subnet("s-pub-a", "pub-a", "public", "us-east-1a", Cidr.parse("10.0.0.0/24"), Purpose.WORKLOAD, true, null),
        new Subnet("s-app6-a", "app6-a", "app", "us-east-1a", Cidr.parse("2600:1f18:0:1::/64"), Purpose.WORKLOAD, false, null));
    Vpc only6 = new Vpc("vpc-6", "six", "111111111111", "us-east-1", "prod", List.of(Cidr.parse("10.0.0.0/16"), v6),
        subnets, List.of(), Origin.PLANNED, null).withRouteTables(List.of(new RouteTable("rt-main", "main", List.of(), List.of(), true)));
    assertThat(VpcGateways.of(only6, NatGateways.PER_AZ).natGateways()).isEmpty();
    // control: an IPv4 private subnet beside them needs one, and it goes in the public subnet with IPv4
    List<Subnet> more = new java.util.ArrayList<>(subnets);
    more.add(new Subnet("s-app-a", "app-a", "app", "us-east-1a", Cidr.parse("10.0.2.0/24"), Purpose.WORKLOAD, false, null));
    Vpc mixed = new Vpc("vpc-6", "six", "111111111111", "us-east-1", "prod", List.of(Cidr.parse("10.0.0.0/16"), v6),
        more, List.of(), Origin.PLANNED, null).withRouteTables(List.of(new RouteTable("rt-main", "main", List.of(), List.of(), true)));
    assertThat(VpcGateways.of(mixed, NatGateways.PER_AZ).natGateways()).extracting(VpcGateways.NatGateway::subnetId)
        .containsExactly("s-pub-a");
  }
}
