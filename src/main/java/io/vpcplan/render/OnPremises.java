package io.vpcplan.render;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpnConnection;
import io.vpcplan.model.VpnGateway;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * On-premises in the overview: the sites as a cluster of their own (a data-centre shape with its
 * ASN and ranges), Direct Connect as solid lines (site → DX gateway over a virtual interface,
 * labelled with its bandwidth; DX gateway → the TGW or VGW it is associated with, labelled with
 * the allowed prefixes) and Site-to-Site VPN as dashed lines to the TGW table or VPC it lands on.
 */
final class OnPremises {
  static final String DX = "#8c564b";
  static final String VPN = "#e377c2";
  private static final int RANGES_SHOWN = 4;
  /** One tunnel's bandwidth (Site-to-Site VPN quotas); the cost facts hold the same number. */
  private static final double TUNNEL_GBPS = 1.25;

  private final NetworkIndex idx;
  private final Placement place;
  private final Scene scene;
  private final Legend legend;

  OnPremises(NetworkIndex idx, Placement place, Scene scene, Legend legend) {
    this.idx = idx;
    this.place = place;
    this.scene = scene;
    this.legend = legend;
  }

  /** The ids of VPN connections and DX gateways drawn here, so TGW attachments to them are not drawn twice. */
  static Set<String> drawn(Hybrid h) {
    Set<String> out = new HashSet<>();
    if (h.sites().isEmpty()) return out;
    for (VpnConnection c : h.vpnConnections()) out.add(c.id());
    for (DxGateway d : h.dxGateways()) out.add(d.id());
    return out;
  }

  void draw() {
    Hybrid h = idx.network.hybrid();
    if (h.sites().isEmpty()) return;
    Scene.Cluster cluster = scene.root.child("p:on-premises", "label", "on-premises", "style", "rounded,filled",
        "fillcolor", "#f3efe9", "color", "#8c7b6b", "fontsize", "15", "margin", "14");
    for (OnPremSite s : h.sites()) cluster.node(site(s.name()), "shape", "house", "style", "filled", "fillcolor", "#e8dfd3",
        "label", label(s));
    for (DxGateway d : h.dxGateways()) {
      scene.root.node("dx:" + d.id(), "shape", "octagon", "style", "filled", "fillcolor", "#efe4dc", "label",
          "DX gateway\n" + (d.name().isEmpty() ? d.id() : d.name()) + (d.asn() > 0 ? "\nASN " + d.asn() : ""));
      for (DxGateway.Association a : d.associations()) {
        scene.edge("dx:" + d.id(), gateway(a.gatewayId(), AttachmentType.DIRECT_CONNECT, d.id()), Scene.Kind.DX, DX,
            a.allowedPrefixes().isEmpty() ? "" : prefixes(a.allowedPrefixes()));
        legend.add("Direct Connect gateway association (allowed prefixes)", DX, "solid");
      }
    }
    for (VirtualInterface v : h.virtualInterfaces()) {
      if (v.site().isEmpty()) continue;
      String to = !v.dxGatewayId().isEmpty() ? "dx:" + v.dxGatewayId() : gateway(v.vpnGatewayId(), AttachmentType.DIRECT_CONNECT, "");
      scene.edge(site(v.site()), to, Scene.Kind.DX, DX, "DX " + (v.type().isEmpty() ? "" : v.type() + " VIF ")
          + (v.bandwidthMbps() > 0 ? gbps(v.bandwidthMbps() / 1000.0) : ""));
      legend.add("Direct Connect virtual interface (bandwidth)", DX, "solid");
    }
    for (VpnConnection c : h.vpnConnections()) {
      if (c.site().isEmpty()) continue;
      String gw = c.transitGatewayId().isEmpty() ? c.vpnGatewayId() : c.transitGatewayId();
      scene.edge(site(c.site()), gateway(gw, AttachmentType.VPN, c.id()), Scene.Kind.VPN, VPN,
          "VPN " + c.tunnels() + " × " + gbps(TUNNEL_GBPS) + (c.staticRoutesOnly() ? ", static" : ", BGP"));
      legend.add("Site-to-Site VPN (tunnels × bandwidth)", VPN, "dashed");
    }
  }

  private static String site(String name) {
    return "s:" + name;
  }

  private static String label(OnPremSite s) {
    StringBuilder sb = new StringBuilder(s.name());
    if (s.asn() > 0) sb.append("\nASN ").append(s.asn());
    List<Cidr> r = s.ranges();
    for (int i = 0; i < Math.min(RANGES_SHOWN, r.size()); i++) sb.append('\n').append(r.get(i));
    if (r.size() > RANGES_SHOWN) sb.append("\n+").append(r.size() - RANGES_SHOWN).append(" more");
    return sb.toString();
  }

  /** The TGW node (at the port of the table its attachment to {@code resource} is associated with), a VGW's VPC, or an external node. */
  private String gateway(String id, AttachmentType type, String resource) {
    TransitGateway t = idx.tgwById.get(id);
    if (t != null) {
      for (TgwAttachment a : t.attachments()) {
        if (a.type() != type || !a.resourceId().equals(resource)) continue;
        TgwRouteTable rt = idx.tableOf(a);
        return Nodes.tgw(t) + (rt == null ? "" : "|" + Nodes.tablePort(t, rt.id()));
      }
      return Nodes.tgw(t);
    }
    for (VpnGateway g : idx.network.hybrid().vpnGateways()) {
      if (!g.id().equals(id) || g.vpcIds().isEmpty()) continue;
      Vpc v = idx.vpcById.get(g.vpcIds().get(0));
      if (v != null) return place.nodeOf(v);
    }
    return place.externalTgw(id);
  }

  private static String prefixes(List<Cidr> p) {
    return p.size() == 1 ? p.get(0).toString() : p.get(0) + " +" + (p.size() - 1);
  }

  static String gbps(double g) {
    return (g == Math.rint(g) ? String.valueOf((long) g) : String.format(Locale.ROOT, "%.2f", g)) + " Gbps";
  }
}
