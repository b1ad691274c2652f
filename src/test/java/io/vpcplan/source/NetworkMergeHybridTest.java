package io.vpcplan.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import io.vpcplan.model.VpnGateway;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two SOURCEs with VPN and Direct Connect: merged, each element once (the first source's), none dropped. */
class NetworkMergeHybridTest {
  private static Network with(Hybrid h) {
    return Network.ofVpcs(List.of()).withHybrid(h);
  }

  private static CustomerGateway cgw(String id, String name) {
    return new CustomerGateway(id, name, "111111111111", "us-east-1", 65000, "192.0.2.1", "", null);
  }

  @Test
  void hybridListsAreMergedByIdAndSitesByName() {
    OnPremSite dc = new OnPremSite("dc1", List.of(Cidr.parse("172.16.0.0/12")), 65010, List.of(), null);
    VpnConnection vpn = new VpnConnection("vpn-1", "", "", "", "cgw-1", "tgw-1", "", false, List.of(), 2, "", null);
    VpnGateway vgw = new VpnGateway("vgw-1", "", "", "", 64512, List.of("vpc-1"), null);
    DxGateway dx = new DxGateway("dx-1", "dx", "111111111111", 64600, List.of(), null);
    VirtualInterface vif = new VirtualInterface("dxvif-1", "", "", "", "transit", "dx-1", "", 65010, 101, "", 0, "", null);
    Network a = with(new Hybrid(List.of(dc), List.of(cgw("cgw-1", "first")), List.of(vpn), List.of(), List.of(dx), List.of()));
    Network b = with(new Hybrid(List.of(new OnPremSite("dc1", List.of(), 1, List.of(), null)),
        List.of(cgw("cgw-1", "second"), cgw("cgw-2", "other")), List.of(vpn), List.of(vgw), List.of(dx), List.of(vif)));
    Hybrid m = NetworkMerge.merge(List.of(a, b)).hybrid();
    assertThat(m.sites()).containsExactly(dc);
    assertThat(m.customerGateways()).extracting(CustomerGateway::name).containsExactly("first", "other");
    assertThat(m.vpnConnections()).containsExactly(vpn);
    assertThat(m.vpnGateways()).containsExactly(vgw);
    assertThat(m.dxGateways()).containsExactly(dx);
    assertThat(m.virtualInterfaces()).containsExactly(vif);
  }

  @Test
  void sourcesWithoutHybridStayWithout() {
    Network m = NetworkMerge.merge(List.of(Network.ofVpcs(List.of()), Network.ofVpcs(List.of())));
    assertThat(m.hybrid().isEmpty()).isTrue();
  }
}
