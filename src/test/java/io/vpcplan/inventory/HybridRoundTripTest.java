package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.Location;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import io.vpcplan.model.VpnGateway;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What import writes of VPN and Direct Connect reads back to the same Hybrid (locations aside: they are the new files'). */
class HybridRoundTripTest {
  @TempDir Path out;

  static Hybrid withoutLocations(Hybrid h) {
    Location n = Location.NONE;
    return new Hybrid(h.sites(),
        h.customerGateways().stream().map(c -> new CustomerGateway(c.id(), c.name(), c.account(), c.region(), c.asn(),
            c.ipAddress(), c.site(), n)).toList(),
        h.vpnConnections().stream().map(v -> new VpnConnection(v.id(), v.name(), v.account(), v.region(),
            v.customerGatewayId(), v.transitGatewayId(), v.vpnGatewayId(), v.staticRoutesOnly(), v.staticRoutes(),
            v.tunnels(), v.site(), n)).toList(),
        h.vpnGateways().stream().map(v -> new VpnGateway(v.id(), v.name(), v.account(), v.region(), v.asn(), v.vpcIds(),
            n)).toList(),
        h.dxGateways().stream().map(d -> new DxGateway(d.id(), d.name(), d.account(), d.asn(), d.associations(), n))
            .toList(),
        h.virtualInterfaces().stream().map(v -> new VirtualInterface(v.id(), v.name(), v.account(), v.region(), v.type(),
            v.dxGatewayId(), v.vpnGatewayId(), v.bgpAsn(), v.vlan(), v.connectionId(), v.bandwidthMbps(), v.site(), n))
            .toList());
  }

  @Test
  void theHybridSampleRoundTrips() throws IOException {
    Inventory a = AwsConfigs.readDirectory(Path.of("samples/aws_configs-hybrid"));
    assertThat(a.network().hybrid().isEmpty()).isFalse();
    InventoryWriter.write(a.network(), out);
    Inventory b = AwsConfigs.readDirectory(out);
    assertThat(b.findings()).isEmpty();
    assertThat(withoutLocations(b.network().hybrid())).isEqualTo(withoutLocations(a.network().hybrid()));
    assertThat(b.network().transitGateways().get(0).attachments()).extracting(t -> t.type() + " " + t.resourceId())
        .isEqualTo(a.network().transitGateways().get(0).attachments().stream().map(t -> t.type() + " " + t.resourceId())
            .toList());
  }

  @Test
  void theLzaHybridSampleRoundTrips() throws IOException {
    Inventory a = LzaImporter.read(Path.of("samples/lza-hybrid/network-config.yaml"));
    InventoryWriter.write(a.network(), out);
    Inventory b = AwsConfigs.readDirectory(out);
    assertThat(b.findings()).isEmpty();
    assertThat(withoutLocations(b.network().hybrid())).isEqualTo(withoutLocations(a.network().hybrid()));
  }

  @Test
  void writingTwiceGivesTheSameBytes() throws IOException {
    Inventory a = AwsConfigs.readDirectory(Path.of("samples/aws_configs-hybrid"));
    InventoryWriter.write(a.network(), out.resolve("1"));
    InventoryWriter.write(AwsConfigs.readDirectory(out.resolve("1")).network(), out.resolve("2"));
    for (String f : new String[] {"VpnConnections.json", "CustomerGateways.json", "VpnGateways.json",
        "DirectConnectGateways.json", "DirectConnectGatewayAssociations.json", "VirtualInterfaces.json", "Connections.json"}) {
      Path rel = Path.of("aws_configs/111111111111/us-east-1", f);
      assertThat(out.resolve("2").resolve(rel)).as(f).hasSameTextualContentAs(out.resolve("1").resolve(rel));
    }
  }
}
