package io.vpcplan.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Network;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.source.Loaded;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** designs/hybrid-dc.yaml, hand-checked: prod and shared reach the data centre both ways, nonprod does not. */
class HybridReachTest {
  static final String SITE = "onprem/dc1";

  static Loaded hub() {
    return SourcePipeline.load(new SourceRequest(List.of(Paths.get("designs/hybrid-dc.yaml")), null, null, Map.of(),
        "tgw-hub", true, null));
  }

  @Test
  void matrixIncludingTheSiteEqualsTheIntent() {
    ReachReport r = Reachability.analyze(hub().network());
    assertThat(r.sites()).containsExactly(SITE);
    Set<String> reaching = Set.of("network/us-east-1/dns", "network/eu-west-1/dns", "prod/us-east-1/payments",
        "prod/us-east-1/web", "prod/eu-west-1/web");
    for (String v : r.vpcs()) {
      ReachReport.Status want = reaching.contains(v) ? ReachReport.Status.FULL : ReachReport.Status.NONE;
      assertThat(r.matrix().status(v, SITE)).as(v + " -> site").isEqualTo(want);
      assertThat(r.matrix().status(SITE, v)).as("site -> " + v).isEqualTo(want);
      assertThat(r.matrix().intended(v, SITE)).as(v).isEqualTo(reaching.contains(v));
    }
    assertThat(r.clean()).isTrue();
    assertThat(r.pairs()).isEqualTo(7 * 6 + 7 * 2);
  }

  @Test
  void aRemovedPropagationIsAGap() {
    Network n = edit(hub().network(), "tgw-rtb/us-east-1/prod",
        t -> new TgwRouteTable(t.id(), t.name(), t.associations(),
            t.propagations().stream().filter(p -> !p.startsWith("tgw-attach/dxgw/") && !p.startsWith("tgw-attach/vpn/")).toList(),
            t.routes()));
    ReachReport r = Reachability.analyze(n);
    assertThat(r.gaps()).extracting(f -> f.from() + " -> " + f.to())
        .containsExactly("prod/us-east-1/payments -> onprem/dc1", "prod/us-east-1/web -> onprem/dc1");
    assertThat(r.leakCount()).isZero();
    assertThat(r.gaps().get(0).path().reason()).contains("has no route for");
  }

  @Test
  void anAddedPropagationIsALeak() {
    Network n = edit(hub().network(), "tgw-rtb/us-east-1/onprem/dc1", t -> {
      List<String> props = new ArrayList<>(t.propagations());
      props.add("tgw-attach/nonprod/us-east-1/web");
      return new TgwRouteTable(t.id(), t.name(), t.associations(), props, t.routes());
    });
    ReachReport r = Reachability.analyze(n);
    assertThat(r.leaks()).extracting(f -> f.from() + " -> " + f.to()).containsExactly("onprem/dc1 -> nonprod/us-east-1/web");
    assertThat(r.leaks().get(0).path().deliveredTo()).isEqualTo("nonprod/us-east-1/web");
    assertThat(r.gapCount()).isZero();
  }

  @Test
  void theAdvertisedPrefixesAreTheReachingSegmentsBlocks() {
    Loaded l = hub();
    DxGateway dx = l.network().hybrid().dxGateways().get(0);
    var segs = l.planned().orElseThrow().plan().lock().segments();
    for (DxGateway.Association a : dx.associations()) {
      List<Cidr> want = new ArrayList<>();
      want.addAll(segs.get(a.gatewayRegion() + "/prod"));
      want.addAll(segs.get(a.gatewayRegion() + "/shared"));
      want.sort(null);
      assertThat(a.allowedPrefixes()).as(a.gatewayId()).isEqualTo(want);
      assertThat(a.allowedPrefixes()).noneMatch(c -> segs.get(a.gatewayRegion() + "/nonprod").stream().anyMatch(c::overlaps));
    }
    assertThat(dx.associations()).extracting(DxGateway.Association::gatewayId).containsExactly("tgw-eu-west-1", "tgw-us-east-1");
  }

  @Test
  void theHubHasTheOnPremisesAttachmentsAndTable() {
    Network n = hub().network();
    TransitGateway use1 = n.transitGateways().stream().filter(t -> t.region().equals("us-east-1")).findFirst().orElseThrow();
    assertThat(use1.attachments()).extracting(a -> a.type() + " " + a.id())
        .contains("DIRECT_CONNECT tgw-attach/dxgw/dc1/us-east-1", "VPN tgw-attach/vpn/dc1/us-east-1");
    TgwRouteTable onprem = use1.routeTables().stream().filter(t -> t.id().endsWith("/onprem/dc1")).findFirst().orElseThrow();
    assertThat(onprem.associations()).containsExactly("tgw-attach/dxgw/dc1/us-east-1", "tgw-attach/vpn/dc1/us-east-1");
    assertThat(onprem.propagations()).containsExactly("tgw-attach/network/us-east-1/dns",
        "tgw-attach/prod/us-east-1/payments", "tgw-attach/prod/us-east-1/web");
    // the DX route wins over the VPN's for the same prefix
    var path = Reachability.trace(n, "prod/us-east-1/web", "network/us-east-1/dns");
    assertThat(path).isNotEmpty();
    Forwarder f = new Forwarder(n);
    var web = n.vpc("prod/us-east-1/web").orElseThrow();
    Path p = f.trace(web, VpcTables.workload(web).get(0), Cidr.parse("172.16.0.0/12"), false, true);
    assertThat(p.deliveredTo()).isEqualTo(SITE);
    assertThat(String.join("\n", p.hops())).contains("-> tgw-attach/dxgw/dc1/us-east-1");
  }

  @Test
  void tracesGoBothWaysBetweenAVpcAndTheSite() {
    Network n = hub().network();
    List<Path> out = Reachability.trace(n, "prod/eu-west-1/web", SITE);
    assertThat(out).isNotEmpty().allMatch(p -> p.deliveredTo(SITE));
    List<Path> in = Reachability.trace(n, SITE, "prod/eu-west-1/web");
    assertThat(in).extracting(p -> p.hops().get(0)).containsExactly("onprem/dc1 -> tgw-attach/dxgw/dc1/eu-west-1",
        "onprem/dc1 -> tgw-attach/dxgw/dc1/us-east-1", "onprem/dc1 -> tgw-attach/vpn/dc1/us-east-1");
    // over eu-west-1's own DX attachment it arrives; over us-east-1's the block is not advertised there
    assertThat(in.get(0).deliveredTo()).isEqualTo("prod/eu-west-1/web");
    assertThat(in.get(1).reason()).contains("is not among the prefixes dxgw/dc1 advertises");
    List<Path> none = Reachability.trace(n, "nonprod/us-east-1/web", SITE);
    assertThat(none).noneMatch(Path::delivered);
  }

  static Network edit(Network n, String tableId, UnaryOperator<TgwRouteTable> change) {
    List<TransitGateway> tgws = new ArrayList<>();
    for (TransitGateway t : n.transitGateways()) {
      List<TgwRouteTable> tables = t.routeTables().stream().map(x -> x.id().equals(tableId) ? change.apply(x) : x).toList();
      tgws.add(new TransitGateway(t.id(), t.name(), t.account(), t.region(), t.asn(), t.defaultAssociation(),
          t.defaultPropagation(), t.autoAccept(), t.attachments(), tables, t.location(), t.dnsSupport(), t.vpnEcmpSupport()));
    }
    return n.withTopology(tgws, n.peerings(), n.ramShares());
  }
}
