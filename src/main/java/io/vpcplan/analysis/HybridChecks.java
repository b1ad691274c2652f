package io.vpcplan.analysis;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpnConnection;
import io.vpcplan.topology.ReachFinding;
import io.vpcplan.topology.ReachReport;
import io.vpcplan.topology.Reachability;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks of on-premises connectivity on any network (planned or imported): site ranges that
 * overlap VPCs, BGP ASN clashes, DX allowed prefixes over the quota, connections with no gateway
 * to land on, routes learned over VPN/DX that a TGW table drops ({@link LearnedRoutes}), and the
 * reach of sites against their {@code reaches}. Does nothing on a network without hybrid parts.
 */
public final class HybridChecks {
  /** Allowed prefixes per Direct Connect gateway association with a transit gateway (not adjustable). */
  public static final int DX_TGW_ALLOWED_PREFIXES = 200;

  private HybridChecks() {}

  public static void check(Network net, List<Finding> out) {
    Hybrid h = net.hybrid();
    if (h.isEmpty()) return;
    Map<String, TransitGateway> tgws = new HashMap<>();
    for (TransitGateway t : net.transitGateways()) tgws.put(t.id(), t);
    Set<String> vgws = new HashSet<>();
    h.vpnGateways().forEach(g -> vgws.add(g.id()));
    overlaps(net, out);
    gateways(h, tgws, vgws, out);
    asns(h, tgws, out);
    for (DxGateway d : h.dxGateways()) {
      for (DxGateway.Association a : d.associations()) {
        if (a.allowedPrefixes().size() > DX_TGW_ALLOWED_PREFIXES && tgws.containsKey(a.gatewayId())) {
          out.add(Finding.of(Code.ONPREM_PREFIX_QUOTA, Severity.WARNING, "Direct Connect gateway " + d.id() + " allows "
              + a.allowedPrefixes().size() + " prefixes on its association with " + a.gatewayId() + "; the quota is "
              + DX_TGW_ALLOWED_PREFIXES + ": advertise summaries (region or segment blocks) instead of VPC blocks",
              d.location(), dx(d)));
        }
      }
    }
    LearnedRoutes.check(net, out);
    if (!h.sites().isEmpty() && !net.transitGateways().isEmpty()) out.addAll(reachFindings(Reachability.analyze(net)));
  }

  private static void overlaps(Network net, List<Finding> out) {
    for (OnPremSite s : net.hybrid().sites()) {
      for (Cidr r : s.ranges()) {
        for (Vpc v : net.vpcs()) {
          for (Cidr c : v.cidrs()) {
            if (!c.overlaps(r)) continue;
            boolean routes = s.segments().contains(v.segment()) || routesTo(v, s.ranges());
            out.add(Finding.of(Code.ONPREM_RANGE_OVERLAP, routes ? Severity.ERROR : Severity.WARNING, "VPC " + v.displayName()
                + " block " + c + " overlaps " + r + " of on-premises site " + s.name() + (routes
                ? "; the VPC routes to the site, so traffic to the shared addresses stays in the VPC: renumber one side"
                : "; the VPC does not route to the site today, but connecting them later would fail: keep the ranges apart"),
                v.location(), Resource.vpc(v), site(s)).withRange(c));
          }
        }
      }
    }
  }

  /** Whether a route table sends part of the site's ranges to a TGW or VGW (a summary covering more does not count). */
  private static boolean routesTo(Vpc v, List<Cidr> ranges) {
    for (RouteTable t : v.routeTables()) {
      for (Route x : t.routes()) {
        boolean gateway = x.targetType() == RouteTarget.TRANSIT_GATEWAY || x.target().startsWith("vgw-");
        if (gateway && ranges.stream().anyMatch(r -> r.contains(x.destination()))) return true;
      }
    }
    return false;
  }

  private static void gateways(Hybrid h, Map<String, TransitGateway> tgws, Set<String> vgws, List<Finding> out) {
    String fix = "; on-premises traffic needs a transit gateway or a virtual private gateway (a peering mesh cannot carry it): choose tgw-hub or hybrid";
    for (VpnConnection v : h.vpnConnections()) {
      boolean ok = tgws.containsKey(v.transitGatewayId()) || vgws.contains(v.vpnGatewayId());
      if (!ok) {
        String to = v.transitGatewayId().isEmpty() ? v.vpnGatewayId() : v.transitGatewayId();
        out.add(Finding.of(Code.ONPREM_NO_GATEWAY, Severity.WARNING, "VPN connection " + v.id() + " ends on "
            + (to.isEmpty() ? "no gateway" : to + ", which is not in the network") + fix, v.location(), vpn(v)));
      }
    }
    for (DxGateway d : h.dxGateways()) {
      for (DxGateway.Association a : d.associations()) {
        if (!tgws.containsKey(a.gatewayId()) && !vgws.contains(a.gatewayId())) {
          out.add(Finding.of(Code.ONPREM_NO_GATEWAY, Severity.WARNING, "Direct Connect gateway " + d.id()
              + " is associated with " + a.gatewayId() + ", which is not in the network" + fix, d.location(), dx(d)));
        }
      }
    }
  }

  private static void asns(Hybrid h, Map<String, TransitGateway> tgws, List<Finding> out) {
    Map<String, CustomerGateway> cgws = new HashMap<>();
    h.customerGateways().forEach(c -> cgws.put(c.id(), c));
    for (VpnConnection v : h.vpnConnections()) {
      TransitGateway t = tgws.get(v.transitGatewayId());
      CustomerGateway c = cgws.get(v.customerGatewayId());
      if (t != null && c != null && t.asn() == c.asn() && !v.staticRoutesOnly()) {
        out.add(Finding.of(Code.ONPREM_ASN_CLASH, Severity.ERROR, "customer gateway " + c.id() + " and transit gateway "
            + t.id() + " both use ASN " + c.asn() + ", so BGP over VPN " + v.id() + " cannot come up; give the site "
            + "(or the TGW) another ASN", c.location(), new Resource("customer-gateway", c.id(), c.name(), c.account(), c.region()),
            tgw(t)));
      }
    }
    for (DxGateway d : h.dxGateways()) {
      Map<Long, TransitGateway> seen = new HashMap<>();
      for (DxGateway.Association a : d.associations()) {
        TransitGateway t = tgws.get(a.gatewayId());
        if (t == null) continue;
        if (t.asn() == d.asn()) {
          out.add(Finding.of(Code.ONPREM_ASN_CLASH, Severity.ERROR, "Direct Connect gateway " + d.id() + " and transit gateway "
              + t.id() + " both use ASN " + d.asn() + "; AWS requires them to differ: change the DX gateway's ASN",
              d.location(), dx(d), tgw(t)));
        }
        TransitGateway other = seen.putIfAbsent(t.asn(), t);
        if (other != null && !other.id().equals(t.id())) {
          out.add(Finding.of(Code.ONPREM_ASN_CLASH, Severity.ERROR, "transit gateways " + other.id() + " (" + other.region()
              + ") and " + t.id() + " (" + t.region() + ") share ASN " + t.asn() + " and are both associated with Direct "
              + "Connect gateway " + d.id() + "; give each TGW its own ASN", d.location(), dx(d), tgw(other), tgw(t)));
        }
      }
    }
  }

  /** Leaks and gaps between VPCs and on-premises sites, as findings. */
  public static List<Finding> reachFindings(ReachReport r) {
    Set<String> sites = new HashSet<>(r.sites());
    List<Finding> out = new java.util.ArrayList<>();
    for (List<ReachFinding> list : List.of(r.leaks(), r.gaps())) {
      for (ReachFinding f : list) {
        if (!sites.contains(f.from()) && !sites.contains(f.to())) continue;
        boolean leak = f.kind() == ReachFinding.Kind.LEAK;
        String how = f.path() == null ? "" : "; path: " + String.join(" | ", f.path().hops())
            + (f.path().delivered() ? "" : " | dropped: " + f.path().reason());
        out.add(Finding.of(leak ? Code.ONPREM_REACH_LEAK : Code.ONPREM_REACH_GAP, Severity.ERROR, f.from() + " -> " + f.to()
            + ": " + f.detail() + how + (leak ? "; remove the propagation or route, or add the segment to the site's reaches"
            : "; add the propagation or route, or drop the segment from the site's reaches"), Location.NONE,
            new Resource("reach", f.from() + " -> " + f.to(), "", "", "")));
      }
    }
    return out;
  }

  static Resource site(OnPremSite s) {
    return new Resource("on-premises-site", s.name(), s.name(), "", "");
  }

  static Resource tgw(TransitGateway t) {
    return new Resource("transit-gateway", t.id(), t.name(), t.account(), t.region());
  }

  private static Resource dx(DxGateway d) {
    return new Resource("dx-gateway", d.id(), d.name(), d.account(), "");
  }

  private static Resource vpn(VpnConnection v) {
    return new Resource("vpn-connection", v.id(), v.name(), v.account(), v.region());
  }

  static boolean isEdge(AttachmentType t) {
    return t == AttachmentType.VPN || t == AttachmentType.DIRECT_CONNECT;
  }
}
