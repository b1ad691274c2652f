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
 * traffic (inspection). A region where the site has no attachment (a VPN in one region only)
 * reaches it over TGW peering: static routes to the site's home region, whose peering table
 * carries the site's routes and whose on-premises table routes that region's reaching VPCs back
 * over the peering. Work is linear in VPCs × sites.
 */
final class OnPremRouting {
  /** Allowed prefixes per DX gateway association with a TGW (not adjustable). */
  static final int DX_TGW_ALLOWED_PREFIXES = 200;

  private record SiteAtt(OnPremSite site, TgwAttachment att, boolean staticVpn) {}

  private final Network network;
  private final String account;
  private final Map<String, List<SiteAtt>> byRegion = new HashMap<>();
  private final List<String> regions;

  OnPremRouting(Network network, String account, List<String> regions) {
    this.network = network;
    this.account = account;
    this.regions = List.copyOf(regions);
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

  /**
   * The region where a site's traffic from {@code region} meets it: the region itself when the site
   * has attachments there, else the first region that has (reached over TGW peering); null when none.
   */
  private String home(OnPremSite s, String region) {
    if (has(s, region)) return region;
    for (String r : regions) if (has(s, r)) return r;
    return null;
  }

  private boolean has(OnPremSite s, String region) {
    return byRegion.getOrDefault(region, List.of()).stream().anyMatch(a -> a.site() == s);
  }

  /** The region's tables with the sites' routes added, plus one table per site attached here. */
  List<TgwRouteTable> apply(String region, List<TgwRouteTable> tables, List<Vpc> spokes) {
    if (network.hybrid().sites().isEmpty()) return tables;
    Map<String, Vpc> byAttachment = new HashMap<>();
    for (Vpc v : spokes) if (v.region().equals(region)) byAttachment.put(HubPlan.attachmentId(v.id()), v);
    List<TgwRouteTable> out = new ArrayList<>();
    for (TgwRouteTable t : tables) {
      String segment = null;
      for (String a : t.associations()) if (byAttachment.containsKey(a)) segment = byAttachment.get(a).segment();
      if (segment != null) out.add(withSites(t, segment, region));
      else if (t.id().equals("tgw-rtb/" + region + "/peering")) out.add(withRemoteSites(t, region));
      else out.add(t);
    }
    for (OnPremSite s : network.hybrid().sites()) {
      if (!has(s, region)) continue;
      List<String> assoc = new ArrayList<>();
      for (SiteAtt sa : byRegion.get(region)) if (sa.site() == s) assoc.add(sa.att().id());
      List<String> props = new ArrayList<>();
      Map<String, List<Cidr>> remote = new java.util.TreeMap<>();
      for (Vpc v : spokes) {
        if (!s.segments().contains(v.segment())) continue;
        if (v.region().equals(region)) props.add(HubPlan.attachmentId(v.id()));
        else if (region.equals(home(s, v.region()))) remote.computeIfAbsent(v.region(), k -> new ArrayList<>()).addAll(v.ipv4());
      }
      List<TgwRoute> routes = new ArrayList<>();
      remote.forEach((r, blocks) -> {
        for (Cidr c : Summaries.aggregate(blocks)) routes.add(new TgwRoute(c, HubPlan.peeringAttachmentId(region, r), false));
      });
      props.sort(null);
      assoc.sort(null);
      out.add(new TgwRouteTable(HubPlan.onPremTableId(region, s.name()), "onprem-" + s.name(), assoc, props, routes));
    }
    out.sort(java.util.Comparator.comparing(TgwRouteTable::id));
    return out;
  }

  private TgwRouteTable withSites(TgwRouteTable t, String segment, String region) {
    List<String> props = new ArrayList<>(t.propagations());
    List<TgwRoute> routes = new ArrayList<>(t.routes());
    boolean defaultRoute = t.routes().stream().anyMatch(r -> r.destination().length() == 0 && !r.blackhole());
    for (OnPremSite s : network.hybrid().sites()) {
      String home = home(s, region);
      if (home == null) continue;
      if (!s.segments().contains(segment)) {
        if (defaultRoute) {
          for (Cidr c : s.ranges()) if (routes.stream().noneMatch(r -> r.destination().equals(c))) routes.add(new TgwRoute(c, "", true, true));
        }
      } else if (home.equals(region)) {
        local(s, region, props, routes);
      } else {
        for (Cidr c : s.ranges()) routes.add(new TgwRoute(c, HubPlan.peeringAttachmentId(region, home), false));
      }
    }
    props.sort(null);
    return new TgwRouteTable(t.id(), t.name(), t.associations(), props, routes, t.location());
  }

  /** The peering table of a site's home region carries the site's routes for regions without attachments. */
  private TgwRouteTable withRemoteSites(TgwRouteTable t, String region) {
    List<String> props = new ArrayList<>(t.propagations());
    List<TgwRoute> routes = new ArrayList<>(t.routes());
    for (OnPremSite s : network.hybrid().sites()) {
      if (!has(s, region)) continue;
      boolean served = regions.stream().anyMatch(r -> !r.equals(region) && region.equals(home(s, r)));
      if (served) local(s, region, props, routes);
    }
    props.sort(null);
    return new TgwRouteTable(t.id(), t.name(), t.associations(), props, routes, t.location());
  }

  /** BGP attachments propagate the site's routes; a static VPN gets static routes unless a DX is there (it would win). */
  private void local(OnPremSite s, String region, List<String> props, List<TgwRoute> routes) {
    List<SiteAtt> here = byRegion.get(region).stream().filter(a -> a.site() == s).toList();
    boolean dx = here.stream().anyMatch(a -> a.att().type() == AttachmentType.DIRECT_CONNECT);
    for (SiteAtt sa : here) {
      if (!sa.staticVpn()) props.add(sa.att().id());
      else if (!dx) for (Cidr c : s.ranges()) routes.add(new TgwRoute(c, sa.att().id(), false));
    }
  }

  /** Routes a spoke's workload tables need: the ranges of every site its segment reaches, to the region's TGW. */
  List<Route> vpcRoutes(Vpc v) {
    List<Route> out = new ArrayList<>();
    for (OnPremSite s : network.hybrid().sites()) {
      if (!s.segments().contains(v.segment()) || home(s, v.region()) == null) continue;
      for (Cidr c : s.ranges()) out.add(new Route(c, RouteTarget.TRANSIT_GATEWAY, HubPlan.tgwId(v.region()), false));
    }
    return out;
  }
}
