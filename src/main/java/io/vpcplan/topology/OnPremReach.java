package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a VPN or Direct Connect gateway attachment stands for: the sites behind it, the prefixes
 * it learns over BGP (a static VPN learns none: the TGW table needs static routes), and the
 * prefixes a DX gateway association advertises to on-premises. Sites are known by
 * {@link #siteId(String)}; a VPN's site comes from the connection or its customer gateway, a
 * DX gateway's from its virtual interfaces.
 */
final class OnPremReach {
  private final Map<String, OnPremSite> sites = new HashMap<>();
  private final Map<String, VpnConnection> vpns = new HashMap<>();
  private final Map<String, String> cgwSite = new HashMap<>();
  private final Map<String, DxGateway> dxgws = new HashMap<>();
  private final Map<String, List<String>> dxSites = new HashMap<>();

  OnPremReach(Network n) {
    for (OnPremSite s : n.hybrid().sites()) sites.put(s.name(), s);
    for (VpnConnection v : n.hybrid().vpnConnections()) vpns.put(v.id(), v);
    for (CustomerGateway c : n.hybrid().customerGateways()) cgwSite.put(c.id(), c.site());
    for (DxGateway d : n.hybrid().dxGateways()) dxgws.put(d.id(), d);
    for (VirtualInterface v : n.hybrid().virtualInterfaces()) {
      if (!v.site().isEmpty() && !v.dxGatewayId().isEmpty()) {
        List<String> l = dxSites.computeIfAbsent(v.dxGatewayId(), k -> new ArrayList<>());
        if (!l.contains(v.site())) l.add(v.site());
      }
    }
  }

  static String siteId(String name) {
    return "onprem/" + name;
  }

  /** Site names behind an attachment. */
  List<String> sitesBehind(TgwAttachment a) {
    if (a.type() == AttachmentType.DIRECT_CONNECT) return dxSites.getOrDefault(a.resourceId(), List.of());
    if (a.type() != AttachmentType.VPN) return List.of();
    VpnConnection v = vpns.get(a.resourceId());
    if (v == null) return List.of();
    String s = !v.site().isEmpty() ? v.site() : cgwSite.getOrDefault(v.customerGatewayId(), "");
    return s.isEmpty() ? List.of() : List.of(s);
  }

  /** The prefixes an attachment propagates into the TGW route tables it propagates to. */
  List<Cidr> learned(TgwAttachment a) {
    if (a.type() == AttachmentType.VPN) {
      VpnConnection v = vpns.get(a.resourceId());
      if (v == null || v.staticRoutesOnly()) return List.of();
    }
    List<Cidr> out = new ArrayList<>();
    for (String s : sitesBehind(a)) {
      OnPremSite site = sites.get(s);
      if (site != null) out.addAll(site.ranges());
    }
    return out;
  }

  /** The site (its id) behind the attachment that holds {@code dst}, or null. */
  String siteHolding(TgwAttachment a, Cidr dst) {
    for (String s : sitesBehind(a)) {
      OnPremSite site = sites.get(s);
      if (site != null && site.ranges().stream().anyMatch(r -> r.contains(dst))) return siteId(s);
    }
    return null;
  }

  /** Whether on-premises learns a route to {@code dst} over this attachment (DX: the association's allowed prefixes). */
  boolean advertised(TgwAttachment a, Cidr dst) {
    if (a.type() != AttachmentType.DIRECT_CONNECT) return true;
    DxGateway d = dxgws.get(a.resourceId());
    if (d == null) return true;
    for (DxGateway.Association as : d.associations()) {
      if (as.gatewayId().equals(a.tgwId())) return as.allowedPrefixes().stream().anyMatch(p -> p.contains(dst));
    }
    return false;
  }
}
