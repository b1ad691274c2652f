package io.vpcplan.analysis;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpnConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes a TGW route table learns from VPN and DX gateway attachments (the ranges of the sites
 * behind them, over BGP) that the table would not use: a static route or blackhole of the same
 * prefix wins over any propagated route, a propagated VPC block of the same prefix wins over a
 * VPN or DX route, and a blackhole inside the prefix drops part of it.
 */
final class LearnedRoutes {
  private LearnedRoutes() {}

  static void check(Network net, List<Finding> out) {
    Map<String, List<Cidr>> siteRanges = new HashMap<>();
    for (OnPremSite s : net.hybrid().sites()) siteRanges.put(s.name(), s.ranges());
    Map<String, String> cgwSite = new HashMap<>();
    for (CustomerGateway c : net.hybrid().customerGateways()) cgwSite.put(c.id(), c.site());
    Map<String, VpnConnection> vpns = new HashMap<>();
    for (VpnConnection v : net.hybrid().vpnConnections()) vpns.put(v.id(), v);
    Map<String, List<String>> dxSites = new HashMap<>();
    for (VirtualInterface v : net.hybrid().virtualInterfaces()) {
      if (!v.site().isEmpty()) dxSites.computeIfAbsent(v.dxGatewayId(), k -> new ArrayList<>()).add(v.site());
    }
    Map<String, Vpc> vpcs = new HashMap<>();
    for (Vpc v : net.vpcs()) vpcs.put(v.id(), v);
    for (TransitGateway t : net.transitGateways()) {
      Map<String, TgwAttachment> atts = new HashMap<>();
      for (TgwAttachment a : t.attachments()) atts.put(a.id(), a);
      for (TgwRouteTable rt : t.routeTables()) {
        Map<Cidr, String> vpcProps = new HashMap<>();
        for (String p : rt.propagations()) {
          TgwAttachment a = atts.get(p);
          Vpc v = a == null || a.type() != AttachmentType.VPC ? null : vpcs.get(a.resourceId());
          if (v != null) for (Cidr c : v.cidrs()) vpcProps.putIfAbsent(c, v.id());
        }
        for (String p : rt.propagations()) {
          TgwAttachment a = atts.get(p);
          if (a == null || !HybridChecks.isEdge(a.type())) continue;
          List<String> sites = new ArrayList<>();
          if (a.type() == AttachmentType.DIRECT_CONNECT) sites.addAll(dxSites.getOrDefault(a.resourceId(), List.of()));
          VpnConnection v = vpns.get(a.resourceId());
          if (v != null && !v.staticRoutesOnly()) sites.add(v.site().isEmpty() ? cgwSite.getOrDefault(v.customerGatewayId(), "") : v.site());
          for (String s : sites) {
            for (Cidr c : siteRanges.getOrDefault(s, List.of())) judge(t, rt, a, s, c, vpcProps, out);
          }
        }
      }
    }
  }

  private static void judge(TransitGateway t, TgwRouteTable rt, TgwAttachment a, String site, Cidr c,
      Map<Cidr, String> vpcProps, List<Finding> out) {
    String where = "TGW route table " + rt.id() + " on " + t.id() + " learns " + c + " of site " + site + " from " + a.id();
    for (TgwRoute r : rt.routes()) {
      String problem = null;
      if (r.destination().equals(c)) {
        problem = r.blackhole() ? "but a blackhole route for the same prefix drops it"
            : r.attachmentId().equals(a.id()) ? null : "but a static route for the same prefix sends it to " + r.attachmentId();
      } else if (r.blackhole() && c.contains(r.destination())) {
        problem = "but a blackhole route for " + r.destination() + " drops part of it";
      }
      if (problem != null) {
        out.add(Finding.of(Code.ONPREM_ROUTE_DROPPED, Severity.ERROR, where + ", " + problem + " (static routes win over "
            + "propagated ones); remove the static route, or stop the propagation if the site must not be reached",
            rt.location(), new io.vpcplan.finding.Resource("tgw-route-table", rt.id(), rt.name(), t.account(), t.region()))
            .withRange(c));
      }
    }
    String vpc = vpcProps.get(c);
    if (vpc != null) {
      out.add(Finding.of(Code.ONPREM_ROUTE_DROPPED, Severity.ERROR, where + ", but VPC " + vpc + " propagates the same "
          + "prefix and a VPC route wins over a VPN or DX route; renumber the VPC or the site", rt.location(),
          new io.vpcplan.finding.Resource("tgw-route-table", rt.id(), rt.name(), t.account(), t.region())).withRange(c));
    }
  }
}
