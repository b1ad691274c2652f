package io.vpcplan.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Design;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HybridFactsTest {
  @Test
  void vpnAndDirectConnectFactsHaveValuesSourcesAndOverrides() {
    Facts f = AwsFacts.defaults();
    assertThat(f.get("prices.vpnConnectionHour")).isEqualTo(0.05);
    assertThat(f.get("prices.dxGatewayHour")).isZero();
    assertThat(f.fact("prices.dxGatewayHour").description()).contains("no charge");
    assertThat(f.get("prices.dxPort10GHour")).isEqualTo(2.25);
    assertThat(f.get("quotas.dxAllowedPrefixesPerAssociation")).isEqualTo(200);
    assertThat(f.get("quotas.vpnTunnelGbps")).isEqualTo(1.25);
    assertThat(f.fact("quotas.tgwsPerDxGateway").source()).contains("Direct Connect quotas");
    Facts o = f.with(List.of(new Design.Override("prices.dxTransferOutPerGb", 0.03, new Location("d.yaml", 9, 5))));
    assertThat(o.get("prices.dxTransferOutPerGb")).isEqualTo(0.03);
    assertThat(o.fact("prices.dxTransferOutPerGb").source()).contains("d.yaml:9:5");
  }

  private static TransitGateway tgw(String id) {
    return new TransitGateway(id, id, "network", "us-east-1", 64512, false, false, false, List.of(), List.of(), null);
  }

  @Test
  void hybridQuotasBind() {
    List<Cidr> prefixes = new ArrayList<>();
    for (int i = 0; i < 201; i++) prefixes.add(Cidr.parse("10." + (i / 256) + "." + (i % 256) + ".0/24"));
    List<TransitGateway> tgws = new ArrayList<>();
    List<DxGateway.Association> assoc = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      tgws.add(tgw("tgw-" + i));
      assoc.add(new DxGateway.Association("tgw-" + i, "us-east-1", i == 0 ? prefixes : List.of()));
    }
    List<Cidr> ranges = new ArrayList<>();
    for (int i = 0; i < 101; i++) ranges.add(Cidr.parse("172.16." + i + ".0/24"));
    OnPremSite dc = new OnPremSite("dc1", ranges, 65010, List.of(), null);
    Hybrid h = new Hybrid(List.of(dc), List.of(), List.of(new VpnConnection("vpn-1", "", "network", "us-east-1", "cgw-1",
        "tgw-0", "", false, List.of(), 2, "dc1", null)), List.of(),
        List.of(new DxGateway("dxgw-1", "", "network", 64900, assoc, null)),
        List.of(new VirtualInterface("dxvif-1", "", "network", "us-east-1", "transit", "dxgw-1", "", 65010, 100, "dxcon-1",
            10_000, "dc1", null)));
    Network n = Network.ofVpcs(List.of()).withTopology(tgws, List.of(), List.of()).withHybrid(h);
    List<QuotaViolation> v = HybridQuotaCheck.check(n, AwsFacts.defaults());
    assertThat(v).extracting(QuotaViolation::quota).containsExactly("quotas.dxAllowedPrefixesPerAssociation",
        "quotas.tgwsPerDxGateway", "quotas.dxPrefixesFromOnPrem", "quotas.vpnBgpRoutes");
    assertThat(v.get(0).message()).startsWith("201 allowed prefixes on DX association dxgw-1 -> tgw-0 exceed the quota of 200");
    assertThat(v.get(1).actual()).isEqualTo(7);
    assertThat(v.get(2).subjectsOver()).isEqualTo(7);
    assertThat(v.get(3).message()).startsWith("101 BGP routes advertised over VPN vpn-1 exceed the quota of 100");
    assertThat(HybridQuotaCheck.check(Network.ofVpcs(List.of()), AwsFacts.defaults())).isEmpty();
  }
}
