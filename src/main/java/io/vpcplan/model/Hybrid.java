package io.vpcplan.model;

import java.util.List;

/** Everything on the far side of AWS and the gateways that reach it: sites, VPN and Direct Connect. */
public record Hybrid(List<OnPremSite> sites, List<CustomerGateway> customerGateways,
    List<VpnConnection> vpnConnections, List<VpnGateway> vpnGateways, List<DxGateway> dxGateways,
    List<VirtualInterface> virtualInterfaces) {
  public static final Hybrid NONE = new Hybrid(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public Hybrid {
    sites = Checks.list(sites);
    customerGateways = Checks.list(customerGateways);
    vpnConnections = Checks.list(vpnConnections);
    vpnGateways = Checks.list(vpnGateways);
    dxGateways = Checks.list(dxGateways);
    virtualInterfaces = Checks.list(virtualInterfaces);
  }

  public boolean isEmpty() {
    return sites.isEmpty() && customerGateways.isEmpty() && vpnConnections.isEmpty() && vpnGateways.isEmpty()
        && dxGateways.isEmpty() && virtualInterfaces.isEmpty();
  }
}
