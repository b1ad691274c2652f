package io.vpcplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules every target takes from VpcGateways where Terraform used to have its own. */
class VpcGatewaysTablesTest {
  private static final Cidr ANY4 = Cidr.parse("0.0.0.0/0");
  private static final Cidr ANY6 = Cidr.parse("::/0");

  private static Vpc vpc(boolean dualStack, List<RouteTable> tables) {
    List<Subnet> subnets = List.of(
        new Subnet("pub-a", "pub-a", "public", "us-east-1a", Cidr.parse("10.0.0.0/24"), Purpose.WORKLOAD, true, null),
        new Subnet("pub-b", "pub-b", "public", "us-east-1b", Cidr.parse("10.0.1.0/24"), Purpose.WORKLOAD, true, null),
        new Subnet("app-a", "app-a", "app", "us-east-1a", Cidr.parse("10.0.2.0/24"), Purpose.WORKLOAD, false, null),
        new Subnet("app-b", "app-b", "app", "us-east-1b", Cidr.parse("10.0.3.0/24"), Purpose.WORKLOAD, false, null),
        new Subnet("tgw-a", "tgw-a", "", "us-east-1a", Cidr.parse("10.0.4.0/28"), Purpose.TGW_ATTACHMENT, false, null));
    List<Cidr> cidrs = new ArrayList<>(List.of(Cidr.parse("10.0.0.0/16")));
    if (dualStack) cidrs.add(Cidr.parse("2001:db8::/56"));
    return new Vpc("v", "app", "111111111111", "us-east-1", "", cidrs, subnets, List.of(), Origin.IMPORTED, null)
        .withRouteTables(tables);
  }

  private static RouteTable main() {
    return new RouteTable("rtb-main", "main", List.of(), List.of(), true);
  }

  private static RouteTable table(String id, List<String> subnets) {
    return new RouteTable(id, id, List.of(), subnets, false);
  }

  private static RouteTable named(VpcGateways g, String id) {
    return g.routeTables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " in " + g));
  }

  @Test
  void privateSubnetsOnAnExplicitTableWithoutADefaultRouteGetTheirAzsNatGateway() {
    VpcGateways g = VpcGateways.of(vpc(false, List.of(main(), table("rtb-app", List.of("app-a", "app-b")))), NatGateways.PER_AZ);
    assertThat(g.natGateways()).extracting(VpcGateways.NatGateway::subnetId).containsExactly("pub-a", "pub-b");
    assertThat(named(g, "rtb-app/us-east-1a").subnetIds()).containsExactly("app-a");
    assertThat(named(g, "rtb-app/us-east-1b").routes()).contains(new Route(ANY4, RouteTarget.NAT_GATEWAY, "nat/v/us-east-1b", false));
    assertThat(g.hasEgressOnlyGateway()).isFalse();
  }

  @Test
  void dualStackPrivateTablesSendIpv6ToTheEgressOnlyGateway() {
    VpcGateways g = VpcGateways.of(vpc(true, List.of(main())), NatGateways.SINGLE);
    assertThat(g.egressOnlyGateway()).isEqualTo("eigw/v");
    assertThat(named(g, "rtb-main/us-east-1b").routes()).contains(new Route(ANY4, RouteTarget.NAT_GATEWAY, "nat/v/us-east-1a", false),
        new Route(ANY6, RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY, "eigw/v", false));
    assertThat(named(g, "rtb-main").subnetIds()).as("attachment subnets: no internet route").containsExactly("tgw-a");
    assertThat(named(g, "rtb-main").routes()).isEmpty();
  }

  @Test
  void withoutNatGatewaysThereIsNoEgressOnlyGateway() {
    assertThat(VpcGateways.of(vpc(true, List.of(main())), NatGateways.NONE).hasEgressOnlyGateway()).isFalse();
  }

  @Test
  void aTableRoutingToAnInternetGatewayGivesTheVpcOneAndRoutesToIt() {
    Vpc v = vpc(false, List.of(new RouteTable("rtb-main", "main", List.of(new Route(ANY4, RouteTarget.INTERNET_GATEWAY, "igw-0abc", false)),
        List.of(), true)));
    List<Subnet> privateOnly = v.subnets().stream().filter(s -> !s.isPublic()).toList();
    v = new Vpc(v.id(), v.name(), v.account(), v.region(), "", v.cidrs(), privateOnly, v.routeTables(), Origin.IMPORTED, null);
    VpcGateways g = VpcGateways.of(v, NatGateways.PER_AZ);
    assertThat(g.internetGateway()).isEqualTo("igw/v");
    assertThat(named(g, "rtb-main").routes()).containsExactly(new Route(ANY4, RouteTarget.INTERNET_GATEWAY, "igw/v", false));
  }

  @Test
  void aVpcWithoutAMainTableGetsAStandInForItsSplits() {
    VpcGateways g = VpcGateways.of(vpc(false, List.of()), NatGateways.PER_AZ);
    assertThat(g.routeTables()).extracting(RouteTable::id).containsExactly("rtb/v/public", "rtb/v/us-east-1a", "rtb/v/us-east-1b");
    assertThat(g.routeTables()).flatMap(RouteTable::subnetIds).as("the attachment subnet stays on AWS's main table")
        .doesNotContain("tgw-a");
    assertThat(g.natGateways()).hasSize(2);
  }
}
