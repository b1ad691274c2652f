package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.model.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad VPN or Direct Connect element is one INVENTORY_ELEMENT finding at file:line:column; the rest is read. */
class HybridMalformedTest {
  @TempDir Path dir;

  private Inventory read(String name, String json) throws IOException {
    Path f = Run.write(dir, name, json);
    return AwsConfigs.readFile(f, "111111111111", "us-east-1");
  }

  private static Finding only(Inventory inv, Code code) {
    List<Finding> fs = HybridImportTest.of(inv, code);
    assertThat(fs).as(inv.findings().toString()).hasSize(1);
    return fs.get(0);
  }

  private static void at(Finding f, int line, int column) {
    Location l = f.location();
    assertThat(l.line() + ":" + l.column()).as(f.message()).isEqualTo(line + ":" + column);
  }

  @Test
  void customerGatewayAsnThatIsNotANumber() throws IOException {
    Inventory inv = read("cgw.json", """
        {"CustomerGateways": [
          {"CustomerGatewayId": "cgw-1", "BgpAsn": "sixty-five", "IpAddress": "192.0.2.1", "State": "available"},
          {"CustomerGatewayId": "cgw-2", "BgpAsn": "65000", "IpAddress": "192.0.2.2", "State": "available"}]}
        """);
    Finding f = only(inv, Code.INVENTORY_ELEMENT);
    assertThat(f.message()).contains("CustomerGateways[0] (cgw-1)").contains("BgpAsn").contains("'sixty-five' is not a BGP ASN")
        .contains("such as \"65000\"");
    at(f, 2, 44);
    assertThat(inv.network().hybrid().customerGateways()).extracting(c -> c.id()).containsExactly("cgw-2");
  }

  @Test
  void vpnConnectionWithoutIdAndOneWithBothGateways() throws IOException {
    Inventory inv = read("vpn.json", """
        {"VpnConnections": [
          {"CustomerGatewayId": "cgw-1", "TransitGatewayId": "tgw-1", "State": "available"},
          {"VpnConnectionId": "vpn-2", "TransitGatewayId": "tgw-1", "VpnGatewayId": "vgw-1"},
          {"VpnConnectionId": "vpn-3", "VpnGatewayId": "vgw-1", "Routes": [{"DestinationCidrBlock": "10.0.0.1/8"}]},
          {"VpnConnectionId": "vpn-4", "TransitGatewayId": "tgw-1"}]}
        """);
    List<Finding> fs = HybridImportTest.of(inv, Code.INVENTORY_ELEMENT);
    assertThat(fs).hasSize(3);
    assertThat(fs.get(0).message()).contains("VpnConnections[0]").contains("VpnConnectionId: missing");
    at(fs.get(0), 2, 3);
    assertThat(fs.get(1).message()).contains("VpnConnections[1] (vpn-2)").contains("not both");
    assertThat(fs.get(2).message()).contains("VpnConnections[2] (vpn-3)").contains("Routes[0].DestinationCidrBlock")
        .contains("host bits");
    at(fs.get(2), 4, 93);
    assertThat(inv.network().hybrid().vpnConnections()).extracting(v -> v.id()).containsExactly("vpn-4");
  }

  @Test
  void virtualInterfaceWithAVlanOutOfRangeAndAStringAsn() throws IOException {
    Inventory inv = read("vifs.json", """
        {"virtualInterfaces": [
          {"virtualInterfaceId": "dxvif-1", "vlan": 5000, "virtualInterfaceState": "available"},
          {"virtualInterfaceId": "dxvif-2", "vlan": "ten"},
          {"virtualInterfaceId": "dxvif-3", "vlan": 10, "asn": 65001, "virtualInterfaceState": "deleted"},
          {"virtualInterfaceId": "dxvif-4", "vlan": 11, "asn": 65001, "virtualInterfaceType": "transit"}]}
        """);
    List<Finding> fs = HybridImportTest.of(inv, Code.INVENTORY_ELEMENT);
    assertThat(fs).extracting(Finding::message).satisfiesExactly(
        m -> assertThat(m).contains("virtualInterfaces[0] (dxvif-1)").contains("5000 is not a VLAN id; give 1 to 4094"),
        m -> assertThat(m).contains("virtualInterfaces[1] (dxvif-2)").contains("vlan: expected a whole number"));
    assertThat(inv.network().hybrid().virtualInterfaces()).extracting(v -> v.id()).containsExactly("dxvif-4");
  }

  @Test
  void associationWithABadPrefixAndOneWithoutItsGateway() throws IOException {
    Inventory inv = read("assoc.json", """
        {"directConnectGatewayAssociations": [
          {"directConnectGatewayId": "dx-1", "associationState": "associated",
           "associatedGateway": {"id": "tgw-1", "region": "us-east-1"},
           "allowedPrefixesToDirectConnectGateway": [{"cidr": "10.0.0.0/33"}]},
          {"directConnectGatewayId": "dx-2", "associationState": "associated",
           "associatedGateway": {"id": "tgw-1", "region": "us-east-1"}}]}
        """);
    Finding bad = only(inv, Code.INVENTORY_ELEMENT);
    assertThat(bad.message()).contains("directConnectGatewayAssociations[0] (dx-1)")
        .contains("allowedPrefixesToDirectConnectGateway[0].cidr");
    at(bad, 4, 55);
    Finding dangling = only(inv, Code.DANGLING_REFERENCE);
    assertThat(dangling.message()).contains("Direct Connect gateway dx-2").contains("describe-direct-connect-gateways");
    assertThat(inv.network().hybrid().dxGateways()).isEmpty();
  }

  @Test
  void pascalCaseDirectConnectKeysAreReadToo() throws IOException {
    Inventory inv = read("dx.json", """
        {"DirectConnectGateways": [{"DirectConnectGatewayId": "dx-1", "DirectConnectGatewayName": "main",
          "AmazonSideAsn": 64512, "DirectConnectGatewayState": "available"}],
         "DirectConnectGatewayAssociations": [{"DirectConnectGatewayId": "dx-1", "AssociationState": "associating",
          "AssociatedGateway": {"Id": "tgw-1", "Region": "eu-west-1"},
          "AllowedPrefixesToDirectConnectGateway": [{"Cidr": "10.0.0.0/8"}]}]}
        """);
    assertThat(inv.findings()).isEmpty();
    var d = inv.network().hybrid().dxGateways().get(0);
    assertThat(d.account()).isEqualTo("111111111111"); // no ownerAccount: the folder's
    assertThat(d.associations().get(0).gatewayRegion()).isEqualTo("eu-west-1");
    assertThat(d.associations().get(0).allowedPrefixes()).hasSize(1);
  }

  @Test
  void aLoneDirectConnectFileTakesItsAccountAndRegionFromTheData() throws IOException {
    Path f = Run.write(dir, "vifs.json", """
        {"virtualInterfaces": [{"virtualInterfaceId": "dxvif-1", "ownerAccount": "123456789012", "region": "eu-west-2",
          "vlan": 10, "virtualInterfaceState": "available", "directConnectGatewayId": "dx-1"}]}
        """);
    Inventory inv = AwsConfigs.readAll(java.util.List.of(f), null, null);
    assertThat(inv.findings()).isEmpty();
    assertThat(inv.network().hybrid().virtualInterfaces()).singleElement()
        .satisfies(v -> assertThat(v.account() + "/" + v.region()).isEqualTo("123456789012/eu-west-2"));
    assertThat(inv.network().accounts()).extracting(a -> a.key()).contains("123456789012");
  }

  @Test
  void aListWhereTheElementsShouldBe() throws IOException {
    Inventory inv = read("vgw.json", """
        {"VpnGateways": {"VpnGatewayId": "vgw-1"}}
        """);
    Finding f = only(inv, Code.INVENTORY_ELEMENT);
    assertThat(f.message()).contains("VpnGateways: expected a list");
    at(f, 1, 17);
  }
}
