package io.vpcplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each hybrid check finds its problem on an edited hybrid-dc hub, and nothing on the hub as designed. */
class HybridChecksTest {
  static Network hub() {
    return SourcePipeline.load(new SourceRequest(List.of(Paths.get("designs/hybrid-dc.yaml")), null, null, Map.of(),
        "tgw-hub", true, null)).network();
  }

  static List<Finding> check(Network n) {
    List<Finding> out = new ArrayList<>();
    HybridChecks.check(n, out);
    return out;
  }

  static List<Finding> of(Network n, Code code) {
    return check(n).stream().filter(f -> f.code() == code).toList();
  }

  @Test
  void theDesignedHubIsClean() {
    assertThat(check(hub())).isEmpty();
  }

  @Test
  void aSiteRangeOverlappingAVpcIsAnErrorWhenTheVpcRoutesThereElseAWarning() {
    Network n = hub();
    Cidr prod = n.vpc("prod/us-east-1/web").orElseThrow().cidrs().get(0);
    Cidr nonprod = n.vpc("nonprod/us-east-1/web").orElseThrow().cidrs().get(0);
    Network bad = sites(n, s -> new OnPremSite(s.name(), List.of(Cidr.parse("172.16.0.0/12"), prod, nonprod), s.asn(),
        s.segments(), s.location()));
    List<Finding> fs = of(bad, Code.ONPREM_RANGE_OVERLAP);
    assertThat(fs).extracting(f -> f.severity() + " " + f.range())
        .containsExactlyInAnyOrder("ERROR " + prod, "WARNING " + nonprod);
    assertThat(fs.get(0).message()).contains("overlaps").contains("of on-premises site dc1");
  }

  @Test
  void aBlackholeOverTheLearnedRangeIsFound() {
    Network bad = table(hub(), "tgw-rtb/us-east-1/prod", t -> {
      List<TgwRoute> routes = new ArrayList<>(t.routes());
      routes.add(new TgwRoute(Cidr.parse("172.16.0.0/12"), "", true));
      return new TgwRouteTable(t.id(), t.name(), t.associations(), t.propagations(), routes);
    });
    List<Finding> fs = of(bad, Code.ONPREM_ROUTE_DROPPED);
    // learned from the DX and the VPN attachment: both lose the prefix
    assertThat(fs).hasSize(2).allMatch(f -> f.message().contains("blackhole route for the same prefix"));
    assertThat(of(bad, Code.ONPREM_REACH_GAP)).isNotEmpty();
  }

  @Test
  void aStaticRouteElsewhereOverridesTheLearnedRange() {
    Network bad = table(hub(), "tgw-rtb/us-east-1/prod", t -> {
      List<TgwRoute> routes = new ArrayList<>(t.routes());
      routes.add(new TgwRoute(Cidr.parse("10.0.0.0/16"), "tgw-attach/network/us-east-1/dns", false));
      return new TgwRouteTable(t.id(), t.name(), t.associations(), t.propagations(), routes);
    });
    assertThat(of(bad, Code.ONPREM_ROUTE_DROPPED)).extracting(Finding::message)
        .allMatch(m -> m.contains("sends it to tgw-attach/network/us-east-1/dns")).hasSize(2);
  }

  @Test
  void moreAllowedPrefixesThanTheQuotaIsAWarning() {
    List<Cidr> many = IntStream.range(0, 201).mapToObj(i -> Cidr.parse("10." + (64 + i / 256) + "." + (i % 256) + ".0/24")).toList();
    Network bad = dx(hub(), d -> new DxGateway(d.id(), d.name(), d.account(), d.asn(), d.associations().stream()
        .map(a -> new DxGateway.Association(a.gatewayId(), a.gatewayRegion(), many)).toList(), d.location()));
    assertThat(of(bad, Code.ONPREM_PREFIX_QUOTA)).hasSize(2).allMatch(f -> f.message().contains("allows 201 prefixes"));
    Network ok = dx(hub(), d -> new DxGateway(d.id(), d.name(), d.account(), d.asn(), d.associations().stream()
        .map(a -> new DxGateway.Association(a.gatewayId(), a.gatewayRegion(), many.subList(0, 200))).toList(), d.location()));
    assertThat(of(ok, Code.ONPREM_PREFIX_QUOTA)).isEmpty();
  }

  @Test
  void aCustomerGatewayWithTheTgwsAsnClashes() {
    Network n = hub();
    Hybrid h = n.hybrid();
    List<CustomerGateway> cgws = h.customerGateways().stream().map(c -> new CustomerGateway(c.id(), c.name(), c.account(),
        c.region(), 64601, c.ipAddress(), c.site(), c.location())).toList();
    Network bad = n.withHybrid(new Hybrid(h.sites(), cgws, h.vpnConnections(), h.vpnGateways(), h.dxGateways(), h.virtualInterfaces()));
    assertThat(of(bad, Code.ONPREM_ASN_CLASH)).extracting(Finding::message)
        .containsExactly("customer gateway cgw/dc1/us-east-1 and transit gateway tgw-us-east-1 both use ASN 64601, so BGP over "
            + "VPN vpn/dc1/us-east-1 cannot come up; give the site (or the TGW) another ASN");
  }

  @Test
  void twoTgwsWithOneAsnOnOneDxGatewayClash() {
    Network n = hub();
    List<TransitGateway> tgws = n.transitGateways().stream().map(t -> new TransitGateway(t.id(), t.name(), t.account(),
        t.region(), 64600, false, false, false, t.attachments(), t.routeTables(), t.location())).toList();
    Network bad = n.withTopology(tgws, n.peerings(), n.ramShares());
    assertThat(of(bad, Code.ONPREM_ASN_CLASH)).extracting(Finding::message)
        .anyMatch(m -> m.contains("share ASN 64600 and are both associated with Direct Connect gateway dxgw/dc1"));
    Network same = dx(n, d -> new DxGateway(d.id(), d.name(), d.account(), 64601, d.associations(), d.location()));
    assertThat(of(same, Code.ONPREM_ASN_CLASH)).extracting(Finding::message)
        .containsExactly("Direct Connect gateway dxgw/dc1 and transit gateway tgw-us-east-1 both use ASN 64601; AWS requires "
            + "them to differ: change the DX gateway's ASN");
  }

  @Test
  void aMeshHasNoGatewayForTheSite() {
    Network mesh = SourcePipeline.load(new SourceRequest(List.of(Paths.get("designs/hybrid-dc.yaml")), null, null, Map.of(),
        "full-mesh", true, null)).network();
    List<Finding> fs = of(mesh, Code.ONPREM_NO_GATEWAY);
    assertThat(fs).hasSize(3).allMatch(f -> f.severity() == Severity.WARNING && f.message().contains("choose tgw-hub or hybrid"));
    assertThat(fs.get(0).location().line()).isPositive();
  }

  @Test
  void reachLeaksAndGapsBecomeFindings() {
    Network bad = table(hub(), "tgw-rtb/us-east-1/onprem/dc1", t -> {
      List<String> props = new ArrayList<>(t.propagations());
      props.add("tgw-attach/nonprod/us-east-1/web");
      return new TgwRouteTable(t.id(), t.name(), t.associations(), props, t.routes());
    });
    assertThat(of(bad, Code.ONPREM_REACH_LEAK)).extracting(Finding::message)
        .singleElement().asString().startsWith("onprem/dc1 -> nonprod/us-east-1/web: segment nonprod is not allowed on-premises");
  }

  static Network sites(Network n, UnaryOperator<OnPremSite> change) {
    Hybrid h = n.hybrid();
    return n.withHybrid(new Hybrid(h.sites().stream().map(change).toList(), h.customerGateways(), h.vpnConnections(),
        h.vpnGateways(), h.dxGateways(), h.virtualInterfaces()));
  }

  static Network dx(Network n, UnaryOperator<DxGateway> change) {
    Hybrid h = n.hybrid();
    return n.withHybrid(new Hybrid(h.sites(), h.customerGateways(), h.vpnConnections(), h.vpnGateways(),
        h.dxGateways().stream().map(change).toList(), h.virtualInterfaces()));
  }

  static Network table(Network n, String id, UnaryOperator<TgwRouteTable> change) {
    List<TransitGateway> tgws = new ArrayList<>();
    for (TransitGateway t : n.transitGateways()) {
      tgws.add(new TransitGateway(t.id(), t.name(), t.account(), t.region(), t.asn(), t.defaultAssociation(),
          t.defaultPropagation(), t.autoAccept(), t.attachments(),
          t.routeTables().stream().map(x -> x.id().equals(id) ? change.apply(x) : x).toList(), t.location(),
          t.dnsSupport(), t.vpnEcmpSupport()));
    }
    return n.withTopology(tgws, n.peerings(), n.ramShares());
  }
}
