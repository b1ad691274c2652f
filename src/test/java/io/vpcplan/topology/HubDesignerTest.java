package io.vpcplan.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;

class HubDesignerTest {
  static Network segmented() {
    return Fixtures.network().segment("prod", "shared").segment("dev", "shared", "dev").segment("shared")
        .vpc("prod1", "us-east-1", "p1", "prod", "10.0.0.0/16").vpc("prod1", "us-east-1", "p2", "prod", "10.1.0.0/16")
        .vpc("dev1", "us-east-1", "d1", "dev", "10.2.0.0/16").vpc("dev1", "us-east-1", "d2", "dev", "10.3.0.0/16")
        .vpc("shared", "us-east-1", "s1", "shared", "10.4.0.0/16")
        .vpc("prod1", "eu-west-1", "p3", "prod", "10.64.0.0/16").vpc("dev1", "eu-west-1", "d3", "dev", "10.65.0.0/16")
        .build();
  }

  private static final Design.Connectivity NET = new Design.Connectivity("network", 64512, false);

  @Test
  void oneTgwPerRegionWithSecureDefaultsSharedThroughRam() {
    TopologyDesign d = new HubDesigner().design(segmented(), NET);
    Network n = d.network();
    assertThat(n.transitGateways()).extracting(TransitGateway::id).containsExactly("tgw-eu-west-1", "tgw-us-east-1");
    for (TransitGateway g : n.transitGateways()) {
      assertThat(g.defaultAssociation() || g.defaultPropagation() || g.autoAccept()).isFalse();
      assertThat(g.account()).isEqualTo("network");
      assertThat(g.attachments()).filteredOn(a -> a.type() == AttachmentType.PEERING).hasSize(1);
    }
    assertThat(n.ramShares()).hasSize(2);
    assertThat(n.ramShares().get(1).principals()).containsExactly("dev1", "prod1", "shared");
    assertThat(n.transitGateways().get(0).asn()).isNotEqualTo(n.transitGateways().get(1).asn());
  }

  @Test
  void oneTableFerSegmentPropagatingOnlyWhatItReaches() {
    Network n = new HubDesigner().design(segmented(), NET).network();
    TransitGateway use1 = n.transitGateways().get(1);
    assertThat(use1.routeTables()).extracting(TgwRouteTable::id).containsExactly(
        "tgw-rtb/us-east-1/dev", "tgw-rtb/us-east-1/peering", "tgw-rtb/us-east-1/prod", "tgw-rtb/us-east-1/shared");
    TgwRouteTable prod = use1.routeTables().get(2);
    assertThat(prod.associations()).containsExactly("tgw-attach/prod1/us-east-1/p1", "tgw-attach/prod1/us-east-1/p2");
    assertThat(prod.propagations()).containsExactly("tgw-attach/shared/us-east-1/s1");
    TgwRouteTable dev = use1.routeTables().get(0);
    assertThat(dev.propagations()).hasSize(3);
    assertThat(dev.routes()).singleElement().satisfies(r -> {
      assertThat(r.destination()).isEqualTo(Cidr.parse("10.65.0.0/16"));
      assertThat(r.attachmentId()).isEqualTo("tgw-attach/peering/eu-west-1--us-east-1");
    });
  }

  @Test
  void workloadTablesGetOneSummaryPerRegionAndAttachmentSubnetsTheirOwnTable() {
    Network n = new HubDesigner().design(segmented(), NET).network();
    Vpc p1 = n.vpc("prod1/us-east-1/p1").orElseThrow();
    RouteTable work = p1.routeTables().get(0);
    assertThat(work.routes()).filteredOn(r -> r.targetType() == RouteTarget.TRANSIT_GATEWAY)
        .extracting(r -> r.destination().toString()).containsExactly("10.64.0.0/15", "10.0.0.0/13");
    RouteTable attach = p1.routeTables().get(1);
    assertThat(attach.id()).endsWith("/tgw-attach");
    assertThat(attach.subnetIds()).hasSize(2).allMatch(s -> s.contains("/tgw-"));
    assertThat(attach.staticRouteCount()).isZero();
  }

  @Test
  void reachabilityEqualsIntentExactly() {
    Network n = new HubDesigner().design(segmented(), NET).network();
    ReachReport r = Reachability.analyze(n);
    assertThat(r.leaks()).isEmpty();
    assertThat(r.gaps()).isEmpty();
    assertThat(r.matrix().status("prod1/us-east-1/p1", "shared/us-east-1/s1")).isEqualTo(ReachReport.Status.FULL);
    assertThat(r.matrix().status("prod1/us-east-1/p1", "prod1/us-east-1/p2")).isEqualTo(ReachReport.Status.NONE);
    assertThat(r.matrix().status("dev1/us-east-1/d1", "dev1/eu-west-1/d3")).isEqualTo(ReachReport.Status.FULL);
    assertThat(r.matrix().status("prod1/eu-west-1/p3", "dev1/eu-west-1/d3")).isEqualTo(ReachReport.Status.NONE);
    // 7 VPCs, 42 ordered pairs; intended: prod-shared 3x1x2, dev-shared 3x1x2, dev-dev 3x2
    assertThat(r.pairs()).isEqualTo(42);
    assertThat(r.intendedPairs()).isEqualTo(18);
    assertThat(r.reachablePairs()).isEqualTo(18);
  }

  @Test
  void inspectionAddsApplianceModeVpcDefaultRouteAndBlackholesWithoutLeaks() {
    Network n = new HubDesigner().design(segmented(), new Design.Connectivity("network", 64512, true)).network();
    Vpc insp = n.vpc("network/us-east-1/inspection").orElseThrow();
    assertThat(insp.cidrs().get(0).toString()).startsWith("100.64.");
    TransitGateway use1 = n.transitGateways().get(1);
    assertThat(use1.attachments()).filteredOn(a -> a.resourceId().equals(insp.id())).singleElement()
        .satisfies(a -> assertThat(a.applianceMode()).isTrue());
    TgwRouteTable prod = use1.routeTables().stream().filter(t -> t.id().endsWith("/prod")).findFirst().orElseThrow();
    assertThat(prod.routes()).anySatisfy(r -> assertThat(r.destination().length()).isZero());
    assertThat(prod.routes()).anySatisfy(r -> assertThat(r.blackhole()).isTrue());
    ReachReport r = Reachability.analyze(n);
    assertThat(r.leaks()).isEmpty();
    assertThat(r.gaps()).isEmpty();
  }

  @Test
  void crossSegmentIntentGetsItsOwnTableInsteadOfWideningTheSegment() {
    Network base = segmented();
    Network n = new Network(base.accounts(), base.vpcs(), List.of(), List.of(), List.of(), List.of(), List.of(), base.segments(),
        List.of(new io.vpcplan.model.Intent("prod1/us-east-1/p1", "dev1/us-east-1/d1", "api", "tcp", 443, 5, false, null)));
    Network hub = new HubDesigner().design(n, NET).network();
    assertThat(hub.transitGateways().get(1).routeTables()).extracting(TgwRouteTable::id)
        .contains("tgw-rtb/us-east-1/vpc/prod1/us-east-1/p1", "tgw-rtb/us-east-1/vpc/dev1/us-east-1/d1");
    ReachReport r = Reachability.analyze(hub);
    assertThat(r.leaks()).isEmpty();
    assertThat(r.gaps()).isEmpty();
    assertThat(r.matrix().status("prod1/us-east-1/p1", "dev1/us-east-1/d1")).isEqualTo(ReachReport.Status.FULL);
    assertThat(r.matrix().status("prod1/us-east-1/p2", "dev1/us-east-1/d1")).isEqualTo(ReachReport.Status.NONE);
  }
}
