package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** samples/aws_configs-hybrid, read as the AWS CLI prints it: VPN, customer gateways, VGWs, Direct Connect. */
class HybridImportTest {
  private static Inventory inv;
  private static Hybrid h;

  @BeforeAll
  static void read() {
    inv = AwsConfigs.readDirectory(Path.of("samples/aws_configs-hybrid"));
    h = inv.network().hybrid();
  }

  @Test
  void readsWithoutFindings() {
    assertThat(inv.findings()).isEmpty();
  }

  @Test
  void customerGatewaysSkipDeletedAndParseTheStringAsn() {
    assertThat(h.customerGateways()).extracting(c -> c.id() + " " + c.name() + " " + c.asn() + " " + c.ipAddress()
        + " " + c.account() + "/" + c.region()).containsExactly(
        "cgw-0d00000000000001 dc1-edge-01 65010 198.51.100.10 111111111111/us-east-1",
        "cgw-0d00000000000002 branch-london 65020 203.0.113.20 111111111111/us-east-1");
  }

  @Test
  void vpnConnectionsToTgwAndVgwWithTheirRoutingAndTunnels() {
    assertThat(h.vpnConnections()).extracting(VpnConnection::id)
        .containsExactly("vpn-0c00000000000001", "vpn-0c00000000000002");
    VpnConnection bgp = h.vpnConnections().get(0);
    assertThat(bgp.transitGatewayId()).isEqualTo("tgw-0a1b2c3d4e5f60001");
    assertThat(bgp.vpnGatewayId()).isEmpty();
    assertThat(bgp.customerGatewayId()).isEqualTo("cgw-0d00000000000001");
    assertThat(bgp.staticRoutesOnly()).isFalse();
    assertThat(bgp.tunnels()).isEqualTo(2);
    assertThat(bgp.name()).isEqualTo("dc1-vpn-backup");
    assertThat(bgp.location().line()).isPositive();
    VpnConnection legacy = h.vpnConnections().get(1);
    assertThat(legacy.vpnGatewayId()).isEqualTo("vgw-0e00000000000001");
    assertThat(legacy.transitGatewayId()).isEmpty();
    assertThat(legacy.staticRoutesOnly()).isTrue();
    assertThat(legacy.staticRoutes()).containsExactly(Cidr.parse("172.20.0.0/16")); // the deleted route is left out
  }

  @Test
  void vpnGatewayWithItsAttachedVpc() {
    assertThat(h.vpnGateways()).singleElement().satisfies(g -> {
      assertThat(g.id()).isEqualTo("vgw-0e00000000000001");
      assertThat(g.asn()).isEqualTo(64513);
      assertThat(g.vpcIds()).containsExactly("vpc-0a00000000000099");
      assertThat(g.name()).isEqualTo("legacy-vgw");
    });
  }

  @Test
  void directConnectGatewayWithItsTgwAssociationAndAllowedPrefixes() {
    assertThat(h.dxGateways()).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("5f2a1c3e-0000-4d3b-9a7c-000000000001");
      assertThat(d.name()).isEqualTo("dc1-dxgw");
      assertThat(d.asn()).isEqualTo(64600);
      assertThat(d.account()).isEqualTo("111111111111");
      assertThat(d.associations()).containsExactly(new DxGateway.Association("tgw-0a1b2c3d4e5f60001", "us-east-1",
          List.of(Cidr.parse("10.0.0.0/12"), Cidr.parse("10.99.0.0/16"))));
    });
  }

  @Test
  void transitVirtualInterfaceWithTheBandwidthOfItsConnection() {
    assertThat(h.virtualInterfaces()).singleElement().satisfies(v -> {
      assertThat(v).extracting(VirtualInterface::id, VirtualInterface::type, VirtualInterface::vlan,
          VirtualInterface::bgpAsn, VirtualInterface::connectionId, VirtualInterface::bandwidthMbps)
          .containsExactly("dxvif-ffab0001", "transit", 101, 65010L, "dxcon-fgab0001", 10000L);
      assertThat(v.dxGatewayId()).isEqualTo("5f2a1c3e-0000-4d3b-9a7c-000000000001");
      assertThat(v.vpnGatewayId()).isEmpty();
      assertThat(v.region()).isEqualTo("us-east-1");
    });
  }

  @Test
  void vpnAndDirectConnectAttachmentsNameTheirResourcesAndSitInTheTgwTables() {
    TransitGateway tgw = inv.network().transitGateways().get(0);
    assertThat(tgw.attachments()).extracting(TgwAttachment::id, TgwAttachment::type, TgwAttachment::resourceId)
        .contains(org.assertj.core.groups.Tuple.tuple("tgw-attach-0a00000000000002", AttachmentType.VPN,
            "vpn-0c00000000000001"), org.assertj.core.groups.Tuple.tuple("tgw-attach-0a00000000000003",
            AttachmentType.DIRECT_CONNECT, "5f2a1c3e-0000-4d3b-9a7c-000000000001"));
    TgwRouteTable onPrem = tgw.routeTables().stream().filter(t -> t.name().equals("on-premises")).findFirst().orElseThrow();
    assertThat(onPrem.associations()).containsExactly("tgw-attach-0a00000000000002", "tgw-attach-0a00000000000003");
    assertThat(onPrem.propagations()).containsExactly("tgw-attach-0a00000000000001");
    TgwRouteTable work = tgw.routeTables().stream().filter(t -> t.name().equals("workloads")).findFirst().orElseThrow();
    assertThat(work.propagations()).containsExactly("tgw-attach-0a00000000000002", "tgw-attach-0a00000000000003");
  }

  static List<Finding> of(Inventory i, Code c) {
    return i.findings().stream().filter(f -> f.code() == c).toList();
  }
}
