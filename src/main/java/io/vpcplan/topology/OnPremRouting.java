package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpnConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hub's side of on-premises sites, per region: a VPN attachment per VPN connection to the
 * region's TGW and a Direct Connect gateway attachment per DX gateway associated with it; one TGW
 * route table per site associated with those attachments, propagated from exactly the local VPCs
 * of the segments the site reaches; and in those segments' tables the site's routes, propagated
 * from the attachments (BGP: a DX gateway attachment and a BGP VPN propagate what they learn;
 * DX beats VPN for the same prefix) or, for a static VPN without DX, static routes to it. Tables
 * of other segments get nothing, or intended blackholes when a default route would carry the
 * traffic (inspection). Work is linear in VPCs × sites.
 */
final class OnPremRouting {
  private record SiteAtt(OnPremSite site, TgwAttachment att, boolean staticVpn) {}

  private final Network network;
  private final String account;
  private final Map<String, List<SiteAtt>> byRegion = new HashMap<>();

  OnPremRouting(Network network, String account, List<String> regions) {
    this.network = network;
    this.account = account;
    Map<String, OnPremSite> sites = new HashMap<>();
    for (OnPremSite s : network.hybrid().sites()) sites.put(s.name(), s);
    for (String r : regions) {
      List<SiteAtt> atts = new ArrayList<>();
      for (DxGateway dx : network.hybrid().dxGateways()) {
        OnPremSite s = sites.get(dxSite(dx));
        if (s == null) continue;
        for (DxGateway.Association a : dx.associations()) {
          if (!a.gatewayId().equals(HubPlan.tgwId(r))) continue;
          atts.add(new SiteAtt(s, new TgwAttachment(HubPlan.dxAttachmentId(dx.id(), r), HubPlan.tgwId(r),
              AttachmentType.DIRECT_CONNECT, dx.id(), account, List.of(), false), false));
        }
      }
      for (VpnConnection v : network.hybrid().vpnConnections()) {
        OnPremSite s = sites.get(v.site());
        if (s == null || !v.transitGatewayId().equals(HubPlan.tgwId(r))) continue;
        atts.add(new SiteAtt(s, new TgwAttachment(HubPlan.vpnAttachmentId(v.id()), HubPlan.tgwId(r), AttachmentType.VPN,
            v.id(), account, List.of(), false), v.staticRoutesOnly()));
      }
      byRegion.put(r, atts);
    }
  }

  private String dxSite(DxGateway dx) {
    for (VirtualInterface v : network.hybrid().virtualInterfaces()) {
      if (v.dxGatewayId().equals(dx.id()) && !v.site().isEmpty()) return v.site();
    }
    return "";
  }

  List<TgwAttachment> attachments(String region) {
    return byRegion.getOrDefault(region, List.of()).stream().map(SiteAtt::att).toList();
  }

  /** The region's tables with the sites' routes added, plus one table per site. */
  List<TgwRouteTable> apply(String region, List<TgwRouteTable> tables, List<Vpc> spokes) {
    List<SiteAtt> atts = byRegion.getOrDefault(region, List.of());
    if (atts.isEmpty()) return tables;
    Map<String, Vpc> byAttachment = new HashMap<>();
    for (Vpc v : spokes) if (v.region().equals(region)) byAttachment.put(HubPlan.attachmentId(v.id()), v);
    List<TgwRouteTable> out = new ArrayList<>();
    for (TgwRouteTable t : tables) {
      String segment = null;
      for (String a : t.associations()) if (byAttachment.containsKey(a)) segment = byAttachment.get(a).segment();
      out.add(segment == null ? t : withSites(t, segment, atts));
    }
    Map<String, List<String>> assoc = new java.util.TreeMap<>();
    for (SiteAtt sa : atts) assoc.computeIfAbsent(sa.site().name(), k -> new ArrayList<>()).add(sa.att().id());
    for (Map.Entry<String, List<String>> e : assoc.entrySet()) {
      OnPremSite site = atts.stream().filter(sa -> sa.site().name().equals(e.getKey())).findFirst().orElseThrow().site();
      List<String> props = new ArrayList<>();
      for (Vpc v : spokes) {
        if (v.region().equals(region) && site.segments().contains(v.segment())) props.add(HubPlan.attachmentId(v.id()));
      }
      props.sort(null);
      e.getValue().sort(null);
      out.add(new TgwRouteTable(HubPlan.onPremTableId(region, site.name()), "onprem-" + site.name(), e.getValue(), props, List.of()));
    }
    out.sort(java.util.Comparator.comparing(TgwRouteTable::id));
    return out;
  }

  private static TgwRouteTable withSites(TgwRouteTable t, String segment, List<SiteAtt> atts) {
    List<String> props = new ArrayList<>(t.propagations());
    List<TgwRoute> routes = new ArrayList<>(t.routes());
    boolean defaultRoute = t.routes().stream().anyMatch(r -> r.destination().length() == 0 && !r.blackhole());
    for (SiteAtt sa : atts) {
      OnPremSite s = sa.site();
      if (!s.segments().contains(segment)) {
        if (defaultRoute) {
          for (Cidr c : s.ranges()) if (routes.stream().noneMatch(r -> r.destination().equals(c))) routes.add(new TgwRoute(c, "", true, true));
        }
        continue;
      }
      if (!sa.staticVpn()) {
        props.add(sa.att().id());
      } else if (!hasDx(atts, s)) {
        for (Cidr c : s.ranges()) routes.add(new TgwRoute(c, sa.att().id(), false));
      }
    }
    props.sort(null);
    return new TgwRouteTable(t.id(), t.name(), t.associations(), props, routes, t.location());
  }

  private static boolean hasDx(List<SiteAtt> atts, OnPremSite s) {
    return atts.stream().anyMatch(a -> a.site() == s && a.att().type() == AttachmentType.DIRECT_CONNECT);
  }

  /** Routes a spoke's workload tables need: the ranges of every site its segment reaches, to the region's TGW. */
  List<Route> vpcRoutes(Vpc v) {
    List<Route> out = new ArrayList<>();
    List<SiteAtt> here = byRegion.getOrDefault(v.region(), List.of());
    for (OnPremSite s : network.hybrid().sites()) {
      if (!s.segments().contains(v.segment()) || here.stream().noneMatch(a -> a.site() == s)) continue;
      for (Cidr c : s.ranges()) out.add(new Route(c, RouteTarget.TRANSIT_GATEWAY, HubPlan.tgwId(v.region()), false));
    }
    return out;
  }
}
