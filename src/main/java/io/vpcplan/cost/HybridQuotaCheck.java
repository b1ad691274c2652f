package io.vpcplan.cost;

import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The quotas that bind hybrid connectivity, checked on a design's network: allowed prefixes per
 * Direct Connect gateway association, TGWs and VGWs per DX gateway, prefixes on-premises advertises to a
 * TGW over DX (the ranges of the sites whose transit VIFs reach its DX gateway) and routes a
 * site advertises over a BGP VPN (its ranges).
 */
final class HybridQuotaCheck {
  private HybridQuotaCheck() {}

  static List<QuotaViolation> check(Network n, Facts f) {
    Hybrid h = n.hybrid();
    List<QuotaViolation> out = new ArrayList<>();
    if (h.isEmpty()) return out;
    Set<String> tgws = new HashSet<>();
    for (TransitGateway g : n.transitGateways()) tgws.add(g.id());
    Map<String, Long> ranges = new HashMap<>();
    for (OnPremSite s : h.sites()) ranges.put(s.name(), (long) s.ranges().size());
    Map<String, Long> prefixes = new HashMap<>();
    Map<String, Long> tgwsPer = new HashMap<>();
    Map<String, Long> fromOnPrem = new HashMap<>();
    Map<String, Long> vgwsPer = new HashMap<>();
    Set<String> vgws = new HashSet<>();
    h.vpnGateways().forEach(g -> vgws.add(g.id()));
    for (DxGateway d : h.dxGateways()) {
      long sites = 0;
      Set<String> seen = new HashSet<>();
      for (VirtualInterface v : h.virtualInterfaces()) {
        if (v.dxGatewayId().equals(d.id()) && seen.add(v.site())) sites += ranges.getOrDefault(v.site(), 0L);
      }
      long t = 0;
      for (DxGateway.Association a : d.associations()) {
        if (!tgws.contains(a.gatewayId())) continue;
        t++;
        prefixes.put(d.id() + " -> " + a.gatewayId(), (long) a.allowedPrefixes().size());
        fromOnPrem.merge(a.gatewayId(), sites, Long::sum);
      }
      tgwsPer.put(d.id(), t);
      vgwsPer.put(d.id(), d.associations().stream().filter(a -> vgws.contains(a.gatewayId())).count());
    }
    Map<String, Long> vpn = new HashMap<>();
    for (VpnConnection c : h.vpnConnections()) {
      if (!c.staticRoutesOnly()) vpn.put(c.id(), ranges.getOrDefault(c.site(), 0L));
    }
    QuotaCheck.check(out, f, "quotas.dxAllowedPrefixesPerAssociation", prefixes, "allowed prefixes on DX association",
        "associations");
    QuotaCheck.check(out, f, "quotas.tgwsPerDxGateway", tgwsPer, "transit gateways on DX gateway", "DX gateways");
    QuotaCheck.check(out, f, "quotas.vgwsPerDxGateway", vgwsPer, "virtual private gateways on DX gateway", "DX gateways");
    QuotaCheck.check(out, f, "quotas.dxPrefixesFromOnPrem", fromOnPrem, "on-premises prefixes over DX to", "TGWs");
    QuotaCheck.check(out, f, "quotas.vpnBgpRoutes", vpn, "BGP routes advertised over VPN", "VPN connections");
    return out;
  }
}
