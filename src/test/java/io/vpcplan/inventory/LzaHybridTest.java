package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.VpnConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LZA customerGateways, directConnectGateways and virtualPrivateGateway: into the model and the TGW route tables. */
class LzaHybridTest {
  @TempDir Path tmp;

  private static TgwRouteTable table(TransitGateway t, String name) {
    return t.routeTables().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void theSampleHasVpnDxAndAVgw() {
    Inventory inv = LzaImporter.read(Path.of("samples/lza-hybrid/network-config.yaml"));
    assertThat(inv.findings()).isEmpty();
    Hybrid h = inv.network().hybrid();
    assertThat(h.customerGateways()).extracting(c -> c.id() + " " + c.asn() + " " + c.ipAddress()).containsExactly(
        "Network/us-east-1/Branch-London 65020 203.0.113.20", "Network/us-east-1/DC1-Edge 65010 198.51.100.10");
    assertThat(h.vpnConnections()).extracting(VpnConnection::name, VpnConnection::customerGatewayId,
        VpnConnection::transitGatewayId, VpnConnection::vpnGatewayId, VpnConnection::staticRoutesOnly).containsExactly(
        tuple("Branch-London-VPN", "Network/us-east-1/Branch-London", "", "Network/us-east-1/Legacy-Branch/vgw", true),
        tuple("DC1-VPN-Backup", "Network/us-east-1/DC1-Edge", "Network/us-east-1/Network-Main", "", false));
    assertThat(h.vpnGateways()).singleElement().satisfies(g -> {
      assertThat(g.asn()).isEqualTo(64513);
      assertThat(g.vpcIds()).containsExactly("Network/us-east-1/Legacy-Branch");
    });
    assertThat(h.dxGateways()).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("Network/Network-DXGW");
      assertThat(d.asn()).isEqualTo(64600);
      assertThat(d.associations()).containsExactly(new DxGateway.Association("Network/us-east-1/Network-Main",
          "us-east-1", List.of(Cidr.parse("10.0.0.0/12"), Cidr.parse("10.99.0.0/16"))));
    });
    assertThat(h.virtualInterfaces()).singleElement().satisfies(v -> {
      assertThat(v.type()).isEqualTo("transit");
      assertThat(v.vlan()).isEqualTo(101);
      assertThat(v.bgpAsn()).isEqualTo(65010);
      assertThat(v.dxGatewayId()).isEqualTo("Network/Network-DXGW");
      assertThat(v.connectionId()).isEqualTo("dxcon-fgab0001");
    });
  }

  @Test
  void vpnAndDxAttachmentsJoinTheTgwRouteTablesAndRoutesResolveToThem() {
    TransitGateway t = LzaImporter.read(Path.of("samples/lza-hybrid/network-config.yaml")).network().transitGateways().get(0);
    assertThat(t.attachments()).extracting(TgwAttachment::id, TgwAttachment::type, TgwAttachment::resourceId).contains(
        tuple("vpn:DC1-VPN-Backup", AttachmentType.VPN, "Network/us-east-1/DC1-VPN-Backup"),
        tuple("dx:Network-DXGW", AttachmentType.DIRECT_CONNECT, "Network/Network-DXGW"));
    assertThat(table(t, "OnPremises").associations()).containsExactly("vpn:DC1-VPN-Backup", "dx:Network-DXGW");
    assertThat(table(t, "Spokes").propagations()).containsExactly("vpn:DC1-VPN-Backup", "dx:Network-DXGW");
    assertThat(table(t, "Spokes").routes()).extracting(TgwRoute::attachmentId).containsExactly("dx:Network-DXGW");
  }

  private Inventory lza(String yaml) throws IOException {
    Path f = tmp.resolve("network-config.yaml");
    Files.writeString(f, yaml);
    return LzaImporter.read(f);
  }

  private static final String TGW = """
      transitGateways:
        - name: Main
          account: Network
          region: us-east-1
          asn: 65521
          routeTables:
            - name: Core
      """;

  @Test
  void badElementsAreLocatedFindingsAndTheRestIsRead() throws IOException {
    Inventory inv = lza(TGW + """
        customerGateways:
          - name: Both
            account: Network
            region: us-east-1
            ipAddress: 192.0.2.1
            asn: 65000
            vpnConnections:
              - name: Confused
                transitGateway: Main
                vpc: Legacy
              - name: Good
                transitGateway: Main
                routeTableAssociations: [Cor]
          - name: BadAsn
            account: Network
            region: us-east-1
            ipAddress: 192.0.2.2
            asn: sixty-five
        directConnectGateways:
          - name: DX
            account: Network
            asn: 64600
            gatewayName: DX
            virtualInterfaces:
              - name: V
                connectionId: dxcon-1
                customerAsn: 65000
                interfaceName: v
                ownerAccount: Network
                region: us-east-1
                type: transit
                vlan: 5000
            transitGatewayAssociations:
              - name: Nowhere
                account: Network
                allowedPrefixes: [10.0.0.0/8]
        """);
    List<Finding> errors = LzaTolerantTest.of(inv, Code.INVENTORY_ELEMENT);
    assertThat(errors).extracting(f -> f.location().line() + " " + f.message()).satisfiesExactlyInAnyOrder(
        m -> assertThat(m).startsWith("15 ").contains("either transitGateway or vpc").contains("names both"),
        m -> assertThat(m).startsWith("25 ").contains("'sixty-five' is not a BGP ASN"),
        m -> assertThat(m).startsWith("39 ").contains("5000 is not a VLAN id"));
    List<Finding> dangling = LzaTolerantTest.of(inv, Code.DANGLING_REFERENCE);
    assertThat(dangling).extracting(Finding::message).satisfiesExactlyInAnyOrder(
        m -> assertThat(m).contains("names route table 'Cor'").contains("did you mean"),
        m -> assertThat(m).contains("transit gateway Network/Nowhere"));
    Hybrid h = inv.network().hybrid();
    assertThat(h.vpnConnections()).extracting(VpnConnection::name).containsExactly("Good");
    assertThat(h.customerGateways()).extracting(c -> c.name()).containsExactly("Both");
    assertThat(h.dxGateways()).singleElement().satisfies(d -> assertThat(d.associations()).isEmpty());
    assertThat(h.virtualInterfaces()).isEmpty();
    assertThat(inv.network().transitGateways().get(0).attachments()).extracting(TgwAttachment::id)
        .containsExactly("vpn:Good");
  }

  @Test
  void lzaOwnAllEnabledConfigHasItsVpnsAndDxGatewayOnNetworkMain() {
    Inventory inv = LzaImporter.read(LzaRealFilesTest.file("all-enabled.network-config.yaml"));
    Hybrid h = inv.network().hybrid();
    assertThat(h.customerGateways()).extracting(c -> c.name()).contains("accelerator-cgw", "accelerator-cgw-ipv6");
    assertThat(h.vpnConnections()).extracting(VpnConnection::name).contains("accelerator-vpn", "accelerator-vpn-ipv6");
    assertThat(h.dxGateways()).extracting(DxGateway::name).contains("Network-DXGW");
    TransitGateway main = inv.network().transitGateways().stream().filter(t -> t.name().equals("Network-Main"))
        .findFirst().orElseThrow();
    assertThat(table(main, "Network-Main-Core").associations()).contains("vpn:accelerator-vpn", "dx:Network-DXGW");
    assertThat(inv.findings()).extracting(Finding::message).noneMatch(m -> m.contains("customerGateways")
        || m.contains("directConnectGateways") || m.contains("vpnConnections"));
  }
}
