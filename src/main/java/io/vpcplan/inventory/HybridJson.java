package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import io.vpcplan.model.VpnGateway;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * VPN and Direct Connect as the AWS CLI prints them, with Batfish's file names: EC2's keys in
 * PascalCase, Direct Connect's in lower camel case. Only the fields the importer reads, so a
 * written folder reads back to the same Network.
 */
final class HybridJson {
  private HybridJson() {}

  /** Puts each element in the folder of its account and region; a DX gateway (global) where its first association is. */
  static void place(Hybrid h, BiFunction<String, String, HybridParts> folder) {
    for (CustomerGateway c : h.customerGateways()) folder.apply(c.account(), c.region()).customerGateways.add(c);
    for (VpnConnection v : h.vpnConnections()) folder.apply(v.account(), v.region()).vpnConnections.add(v);
    for (VpnGateway v : h.vpnGateways()) folder.apply(v.account(), v.region()).vpnGateways.add(v);
    for (DxGateway d : h.dxGateways()) {
      String region = d.associations().stream().map(DxGateway.Association::gatewayRegion).filter(r -> !r.isEmpty())
          .findFirst().orElse("us-east-1");
      folder.apply(d.account(), region).dxGateways.add(d);
    }
    for (VirtualInterface v : h.virtualInterfaces()) {
      HybridParts f = folder.apply(v.account(), v.region());
      f.virtualInterfaces.add(v);
      if (!v.connectionId().isEmpty() && v.bandwidthMbps() > 0) f.connectionMbps.putIfAbsent(v.connectionId(), v.bandwidthMbps());
    }
  }

  /** Returns the number of files written. */
  static int write(Path dir, HybridParts f) throws IOException {
    int n = 0;
    if (!f.customerGateways.isEmpty()) {
      f.customerGateways.sort(Comparator.comparing(CustomerGateway::id));
      InventoryWriter.file(dir.resolve("CustomerGateways.json"), g -> DescribeJson.list(g, "CustomerGateways",
          f.customerGateways, HybridJson::customerGateway));
      n++;
    }
    if (!f.vpnConnections.isEmpty()) {
      f.vpnConnections.sort(Comparator.comparing(VpnConnection::id));
      InventoryWriter.file(dir.resolve("VpnConnections.json"), g -> DescribeJson.list(g, "VpnConnections",
          f.vpnConnections, HybridJson::vpnConnection));
      n++;
    }
    if (!f.vpnGateways.isEmpty()) {
      f.vpnGateways.sort(Comparator.comparing(VpnGateway::id));
      InventoryWriter.file(dir.resolve("VpnGateways.json"), g -> DescribeJson.list(g, "VpnGateways", f.vpnGateways,
          HybridJson::vpnGateway));
      n++;
    }
    if (!f.dxGateways.isEmpty()) {
      f.dxGateways.sort(Comparator.comparing(DxGateway::id));
      InventoryWriter.file(dir.resolve("DirectConnectGateways.json"), g -> DescribeJson.list(g, "directConnectGateways",
          f.dxGateways, HybridJson::dxGateway));
      InventoryWriter.file(dir.resolve("DirectConnectGatewayAssociations.json"), g -> associations(g, f.dxGateways));
      n += 2;
    }
    if (!f.virtualInterfaces.isEmpty()) {
      f.virtualInterfaces.sort(Comparator.comparing(VirtualInterface::id));
      InventoryWriter.file(dir.resolve("VirtualInterfaces.json"), g -> DescribeJson.list(g, "virtualInterfaces",
          f.virtualInterfaces, HybridJson::virtualInterface));
      n++;
    }
    if (!f.connectionMbps.isEmpty()) {
      InventoryWriter.file(dir.resolve("Connections.json"), g -> DescribeJson.list(g, "connections",
          List.copyOf(f.connectionMbps.entrySet()), (gg, e) -> {
            gg.writeStartObject();
            gg.writeStringField("connectionId", e.getKey());
            gg.writeStringField("bandwidth", DxReaders.bandwidth(e.getValue()));
            gg.writeStringField("connectionState", "available");
            gg.writeEndObject();
          }));
      n++;
    }
    return n;
  }

  private static void customerGateway(JsonGenerator g, CustomerGateway c) throws IOException {
    g.writeStartObject();
    g.writeStringField("CustomerGatewayId", c.id());
    g.writeStringField("BgpAsn", Long.toString(c.asn()));
    if (!c.ipAddress().isEmpty()) g.writeStringField("IpAddress", c.ipAddress());
    g.writeStringField("State", "available");
    g.writeStringField("Type", "ipsec.1");
    DescribeJson.tags(g, c.name());
    g.writeEndObject();
  }

  private static void vpnConnection(JsonGenerator g, VpnConnection v) throws IOException {
    g.writeStartObject();
    g.writeStringField("VpnConnectionId", v.id());
    if (!v.customerGatewayId().isEmpty()) g.writeStringField("CustomerGatewayId", v.customerGatewayId());
    if (!v.transitGatewayId().isEmpty()) g.writeStringField("TransitGatewayId", v.transitGatewayId());
    if (!v.vpnGatewayId().isEmpty()) g.writeStringField("VpnGatewayId", v.vpnGatewayId());
    g.writeStringField("State", "available");
    g.writeStringField("Type", "ipsec.1");
    g.writeStringField("Category", "VPN");
    g.writeObjectFieldStart("Options");
    g.writeBooleanField("StaticRoutesOnly", v.staticRoutesOnly());
    g.writeEndObject();
    g.writeArrayFieldStart("Routes");
    for (Cidr c : v.staticRoutes()) {
      g.writeStartObject();
      g.writeStringField("DestinationCidrBlock", c.toString());
      g.writeStringField("Source", "Static");
      g.writeStringField("State", "available");
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("VgwTelemetry"); // one entry per tunnel: how many tunnels there are
    for (int i = 0; i < v.tunnels(); i++) {
      g.writeStartObject();
      g.writeStringField("Status", "UP");
      g.writeEndObject();
    }
    g.writeEndArray();
    DescribeJson.tags(g, v.name());
    g.writeEndObject();
  }

  private static void vpnGateway(JsonGenerator g, VpnGateway v) throws IOException {
    g.writeStartObject();
    g.writeStringField("VpnGatewayId", v.id());
    g.writeStringField("State", "available");
    g.writeStringField("Type", "ipsec.1");
    g.writeNumberField("AmazonSideAsn", v.asn());
    g.writeArrayFieldStart("VpcAttachments");
    for (String vpc : v.vpcIds()) {
      g.writeStartObject();
      g.writeStringField("State", "attached");
      g.writeStringField("VpcId", vpc);
      g.writeEndObject();
    }
    g.writeEndArray();
    DescribeJson.tags(g, v.name());
    g.writeEndObject();
  }

  private static void dxGateway(JsonGenerator g, DxGateway d) throws IOException {
    g.writeStartObject();
    g.writeStringField("directConnectGatewayId", d.id());
    if (!d.name().isEmpty()) g.writeStringField("directConnectGatewayName", d.name());
    g.writeNumberField("amazonSideAsn", d.asn());
    if (!d.account().isEmpty()) g.writeStringField("ownerAccount", d.account());
    g.writeStringField("directConnectGatewayState", "available");
    g.writeEndObject();
  }

  private static void associations(JsonGenerator g, List<DxGateway> gateways) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("directConnectGatewayAssociations");
    for (DxGateway d : gateways) {
      for (DxGateway.Association a : d.associations()) {
        g.writeStartObject();
        g.writeStringField("directConnectGatewayId", d.id());
        g.writeStringField("associationState", "associated");
        g.writeObjectFieldStart("associatedGateway");
        g.writeStringField("id", a.gatewayId());
        g.writeStringField("type", a.gatewayId().startsWith("vgw-") ? "virtualPrivateGateway" : "transitGateway");
        if (!a.gatewayRegion().isEmpty()) g.writeStringField("region", a.gatewayRegion());
        g.writeEndObject();
        g.writeArrayFieldStart("allowedPrefixesToDirectConnectGateway");
        for (Cidr c : a.allowedPrefixes()) {
          g.writeStartObject();
          g.writeStringField("cidr", c.toString());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void virtualInterface(JsonGenerator g, VirtualInterface v) throws IOException {
    g.writeStartObject();
    if (!v.account().isEmpty()) g.writeStringField("ownerAccount", v.account());
    g.writeStringField("virtualInterfaceId", v.id());
    if (!v.connectionId().isEmpty()) g.writeStringField("connectionId", v.connectionId());
    if (!v.type().isEmpty()) g.writeStringField("virtualInterfaceType", v.type());
    if (!v.name().isEmpty()) g.writeStringField("virtualInterfaceName", v.name());
    g.writeNumberField("vlan", v.vlan());
    g.writeNumberField("asn", v.bgpAsn());
    g.writeStringField("virtualInterfaceState", "available");
    if (!v.vpnGatewayId().isEmpty()) g.writeStringField("virtualGatewayId", v.vpnGatewayId());
    if (!v.dxGatewayId().isEmpty()) g.writeStringField("directConnectGatewayId", v.dxGatewayId());
    if (!v.region().isEmpty()) g.writeStringField("region", v.region());
    g.writeEndObject();
  }
}
