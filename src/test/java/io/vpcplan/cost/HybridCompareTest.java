package io.vpcplan.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Design;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.topology.Fixtures;
import io.vpcplan.topology.Flow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hairpin and split-TGW rows of compare, checked by hand. */
class HybridCompareTest {
  private static final String A = "app/us-east-1/a";
  private static final String B = "app/us-east-1/b";
  private static final String C = "app/eu-west-1/c";

  static Network withSite(Network n) {
    OnPremSite dc = new OnPremSite("dc1", List.of(Cidr.parse("192.168.0.0/16")), 65010, List.of("all"), null);
    return n.withHybrid(new Hybrid(List.of(dc), List.of(), List.of(), List.of(), List.of(), List.of()));
  }

  static Network threeVpcs() {
    return Fixtures.network().segment("all", "all").vpc("app", "us-east-1", "a", "all", "10.0.0.0/16")
        .vpc("app", "us-east-1", "b", "all", "10.1.0.0/16").vpc("app", "eu-west-1", "c", "all", "10.2.0.0/16").build();
  }

  static DesignSummary design(Comparison.Report r, String name) {
    return r.designs().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void hairpinCostAndLinkBandwidthByHand() {
    List<Flow> flows = List.of(new Flow(A, B, 1000), new Flow(A, C, 400_000));
    Comparison.Report r = Comparison.compare(withSite(threeVpcs()), Design.Connectivity.DEFAULT, AwsFacts.defaults(), flows);
    DesignSummary h = design(r, "hairpin");
    // us-east-1 link: a-b crosses it twice (out and back in) + a-c once = 2 x 1000 + 400000 = 402000 GB/month
    //   402000 GB x 8 Gb / (730 h x 3600 s) = 1.2237 Gbps average, x 3 peak-to-average = 3.671 Gbps -> one 10 Gbps port
    // eu-west-1 link: a-c once = 400000 GB -> 1.2177 x 3 = 3.653 Gbps -> one 10 Gbps port
    assertThat(h.dxLinks()).extracting(HairpinCost.Link::region).containsExactly("eu-west-1", "us-east-1");
    HairpinCost.Link east = h.dxLinks().get(1);
    assertThat(east.gbPerMonth()).isEqualTo(402_000);
    assertThat(east.peakGbps()).isEqualTo(3.671);
    assertThat(east.ports()).isEqualTo(1);
    assertThat(east.portGbps()).isEqualTo(10);
    assertThat(h.dxLinks().get(0).peakGbps()).isEqualTo(3.653);
    // ports: 2 x $2.25 x 730 = $3285.00; data out: every byte leaves AWS once, 401000 GB x $0.02 = $8020.00
    assertThat(h.cost().dxPorts()).isEqualTo(3285.00);
    assertThat(h.cost().dxTransfer()).isEqualTo(8020.00);
    assertThat(h.cost().total()).isEqualTo(11305.00);
    assertThat(h.competes()).isFalse();
    assertThat(r.recommendation().design()).isNotEqualTo("hairpin");
    assertThat(r.recommendation().reasons()).anyMatch(s -> s.startsWith("hairpin: $11305.00/month (more than ")
        && s.contains("us-east-1) needs 3.671 Gbps at peak") && s.contains("on-premises round trip"));
  }

  @Test
  void aSmallHairpinFitsOneGigabitPortPerRegion() {
    Comparison.Report r = Comparison.compare(withSite(threeVpcs()), Design.Connectivity.DEFAULT, AwsFacts.defaults(),
        List.of(new Flow(A, B, 1000)));
    DesignSummary h = design(r, "hairpin");
    // us-east-1: 2000 GB -> 2000 x 8 / 2628000 x 3 = 0.018 Gbps; eu-west-1 carries nothing; a 1 Gbps port each:
    // 2 x $0.30 x 730 = $438.00; data out 1000 GB x $0.02 = $20.00
    assertThat(h.dxLinks()).extracting(HairpinCost.Link::peakGbps).containsExactly(0.0, 0.018);
    assertThat(h.cost().dxPorts()).isEqualTo(438.00);
    assertThat(h.cost().total()).isEqualTo(458.00);
  }

  @Test
  void aHairpinOfMoreThanTwentyVpcsInARegionBreaksTheVgwQuota() {
    Network n = withSite(Fixtures.allToAll(21));
    DesignSummary h = design(Comparison.compare(n, Design.Connectivity.DEFAULT, AwsFacts.defaults(), List.of()), "hairpin");
    assertThat(h.violations()).singleElement().satisfies(v -> assertThat(v.message())
        .startsWith("21 virtual private gateways on DX gateway dxgw/hairpin/us-east-1 exceed the quota of 20"));
    DesignSummary ok = design(Comparison.compare(withSite(Fixtures.allToAll(20)), Design.Connectivity.DEFAULT,
        AwsFacts.defaults(), List.of()), "hairpin");
    assertThat(ok.violations()).isEmpty();
  }

  @Test
  void withoutASiteTheHairpinIsNotApplicable() {
    Comparison.Report r = Comparison.compare(threeVpcs(), Design.Connectivity.DEFAULT, AwsFacts.defaults(), List.of());
    DesignSummary h = design(r, "hairpin");
    assertThat(h.notApplicable()).isTrue();
    assertThat(h.cost().total()).isZero();
    assertThat(r.recommendation().reasons())
        .contains("hairpin: not applicable: the design has no on-premises site to route VPC-to-VPC traffic through");
  }

  @Test
  void splitTgwCostByHandForTwoEnvironmentsAndFourVpcs() {
    Network n = io.vpcplan.topology.Fixtures.network().segment("prod", "shared").segment("nonprod", "shared").segment("shared")
        .vpc("prod", "us-east-1", "p1", "prod", "10.0.0.0/20").vpc("prod", "us-east-1", "p2", "prod", "10.0.16.0/20")
        .vpc("nonprod", "us-east-1", "n1", "nonprod", "10.1.0.0/20").vpc("shared", "us-east-1", "s1", "shared", "10.2.0.0/20")
        .build();
    List<Flow> flows = List.of(new Flow("prod/us-east-1/p1", "shared/us-east-1/s1", 100));
    Comparison.Report r = Comparison.compare(n, Design.Connectivity.DEFAULT, AwsFacts.defaults(), flows);
    DesignSummary split = design(r, "split-tgw");
    DesignSummary hub = design(r, "tgw-hub");
    // hub: 4 attachments x $0.05 x 730 = $146.00; split: s1 attaches to both TGWs, 5 x 36.50 = $182.50
    // both: 100 GB through one TGW x $0.02 = $2.00
    assertThat(hub.cost().total()).isEqualTo(148.00);
    assertThat(split.cost().attachmentHours()).isEqualTo(182.50);
    assertThat(split.cost().total()).isEqualTo(184.50);
    assertThat(split.eligible()).isTrue();
    assertThat(r.recommendation().reasons()).contains("split-tgw: fits, but costs $184.50/month");
  }

  @Test
  void splitTgwPaysTheOnPremisesLinksOncePerTgw() {
    Network n = io.vpcplan.topology.Fixtures.network().segment("prod", "shared").segment("nonprod", "shared").segment("shared")
        .vpc("prod", "us-east-1", "p1", "prod", "10.0.0.0/20").vpc("prod", "us-east-1", "p2", "prod", "10.0.16.0/20")
        .vpc("nonprod", "us-east-1", "n1", "nonprod", "10.1.0.0/20").vpc("shared", "us-east-1", "s1", "shared", "10.2.0.0/20")
        .build();
    OnPremSite dc = new OnPremSite("dc1", List.of(Cidr.parse("192.168.0.0/16")), 65010, List.of("prod", "nonprod", "shared"), null);
    Hybrid h = new Hybrid(List.of(dc), List.of(),
        List.of(new io.vpcplan.model.VpnConnection("vpn-1", "", "network", "us-east-1", "cgw-1", "tgw-us-east-1", "", false,
            List.of(), 2, "dc1", null)),
        List.of(), List.of(new io.vpcplan.model.DxGateway("dxgw-1", "", "network", 64900, List.of(), null)),
        List.of(new io.vpcplan.model.VirtualInterface("dxvif-1", "", "network", "us-east-1", "transit", "dxgw-1", "", 65010, 1,
            "dxcon-1", 10_000, "dc1", null)));
    Comparison.Report r = Comparison.compare(n.withHybrid(h), Design.Connectivity.DEFAULT, AwsFacts.defaults(), List.of());
    DesignSummary split = design(r, "split-tgw");
    // every segment may reach dc1, so both TGWs get a DX gateway attachment and a copy of the VPN:
    // 5 VPC + 2 DX + 2 VPN attachments = 9 x $0.05 x 730 = $328.50; 2 VPN connections x $0.05 x 730 = $73.00
    assertThat(split.counts().attachments()).isEqualTo(9);
    assertThat(split.cost().attachmentHours()).isEqualTo(328.50);
    assertThat(split.cost().vpnHours()).isEqualTo(73.00);
    assertThat(split.cost().total()).isEqualTo(401.50);
    assertThat(split.design().network().hybrid().dxGateways().get(0).associations())
        .extracting(io.vpcplan.model.DxGateway.Association::gatewayId).containsExactly("tgw-nonprod-us-east-1", "tgw-prod-us-east-1");
  }

  @Test
  void aSharedVpcReachesTheSiteThroughATgwThatHasTheLinksAnyway() {
    Network n = io.vpcplan.topology.Fixtures.network().segment("prod", "shared").segment("nonprod", "shared").segment("shared")
        .vpc("prod", "us-east-1", "p1", "prod", "10.0.0.0/20").vpc("nonprod", "us-east-1", "n1", "nonprod", "10.1.0.0/20")
        .vpc("shared", "us-east-1", "s1", "shared", "10.2.0.0/20").build();
    OnPremSite dc = new OnPremSite("dc1", List.of(Cidr.parse("192.168.0.0/16")), 65010, List.of("prod", "shared"), null);
    Hybrid h = new Hybrid(List.of(dc), List.of(), List.of(), List.of(),
        List.of(new io.vpcplan.model.DxGateway("dxgw-1", "", "network", 64900, List.of(), null)),
        List.of(new io.vpcplan.model.VirtualInterface("dxvif-1", "", "network", "us-east-1", "transit", "dxgw-1", "", 65010, 1,
            "dxcon-1", 10_000, "dc1", null)));
    Comparison.Report r = Comparison.compare(n.withHybrid(h), Design.Connectivity.DEFAULT, AwsFacts.defaults(), List.of());
    DesignSummary split = design(r, "split-tgw");
    // p1 needs the DX on the prod TGW; s1 (on both TGWs) uses it there: 4 VPC attachments + 1 DX = 5
    assertThat(split.counts().attachments()).isEqualTo(5);
    assertThat(split.counts().attachmentsPerTgw()).containsEntry("tgw-prod-us-east-1", 3L).containsEntry("tgw-nonprod-us-east-1", 2L);
    io.vpcplan.model.Vpc s1 = split.design().network().vpc("shared/us-east-1/s1").orElseThrow();
    assertThat(s1.routeTables()).flatExtracting(io.vpcplan.model.RouteTable::routes)
        .filteredOn(x -> x.destination().toString().equals("192.168.0.0/16"))
        .extracting(io.vpcplan.model.Route::target).containsExactly("tgw-prod-us-east-1");
  }
}
