package io.vpcplan.render;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report's on-premises section: the sites (ASN, ranges, the segments that may reach them),
 * their links (Direct Connect virtual interfaces and Site-to-Site VPNs, with bandwidth and
 * routing) and the prefixes each side advertises (AWS over each DX gateway association, the
 * site's ranges and a static VPN's routes towards AWS). Written only when the network has any.
 */
final class OnPremSection {
  private OnPremSection() {}

  static boolean present(Hybrid h) {
    return !h.isEmpty();
  }

  static void write(StringBuilder h, Hybrid hy) {
    if (!present(hy)) return;
    h.append("<section id=\"onprem\">\n<h2>On-premises</h2>\n<h3>Sites</h3>\n");
    if (hy.sites().isEmpty()) h.append("<p class=\"note\">No on-premises sites are named; links are listed below.</p>\n");
    else {
      h.append("<table id=\"sites-table\">\n<thead><tr><th>Site</th><th class=\"num\">ASN</th><th>Ranges</th>")
          .append("<th>Segments that reach it</th></tr></thead>\n<tbody>\n");
      for (OnPremSite s : hy.sites()) {
        h.append("<tr><td>").append(Html.esc(s.name())).append("</td><td class=\"num\">").append(s.asn() > 0 ? s.asn() : "—")
            .append("</td><td>").append(cidrs(s.ranges())).append("</td><td>")
            .append(s.segments().isEmpty() ? "—" : Html.esc(String.join(", ", s.segments()))).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
    h.append("<h3>Links</h3>\n<table id=\"links-table\">\n<thead><tr><th>Link</th><th>Kind</th><th>Site</th><th>AWS side</th>")
        .append("<th>Bandwidth</th><th>Routing</th></tr></thead>\n<tbody>\n");
    for (VirtualInterface v : hy.virtualInterfaces()) {
      String aws = !v.dxGatewayId().isEmpty() ? "DX gateway " + v.dxGatewayId() : "VGW " + v.vpnGatewayId();
      row(h, v.id(), "Direct Connect " + (v.type().isEmpty() ? "" : v.type() + " ") + "VIF", v.site(), aws,
          v.bandwidthMbps() > 0 ? OnPremises.gbps(v.bandwidthMbps() / 1000.0) : "—", "BGP" + (v.bgpAsn() > 0 ? " (ASN " + v.bgpAsn() + ")" : ""));
    }
    for (VpnConnection c : hy.vpnConnections()) {
      String aws = !c.transitGatewayId().isEmpty() ? "TGW " + c.transitGatewayId() : "VGW " + c.vpnGatewayId();
      row(h, c.id(), "Site-to-Site VPN", c.site(), aws, c.tunnels() + " tunnels × 1.25 Gbps", c.staticRoutesOnly() ? "static" : "BGP");
    }
    h.append("</tbody>\n</table>\n<h3>Advertised prefixes</h3>\n<table id=\"prefixes-table\">\n")
        .append("<thead><tr><th>Direction</th><th>Over</th><th class=\"num\">Count</th><th>Prefixes</th></tr></thead>\n<tbody>\n");
    for (DxGateway d : hy.dxGateways()) {
      for (DxGateway.Association a : d.associations()) {
        prefixes(h, "AWS → on-premises", d.id() + " ↔ " + a.gatewayId(), a.allowedPrefixes());
      }
    }
    for (OnPremSite s : hy.sites()) prefixes(h, "on-premises → AWS", s.name(), s.ranges());
    for (VpnConnection c : hy.vpnConnections()) {
      if (c.staticRoutesOnly()) prefixes(h, "on-premises → AWS (static)", c.id(), c.staticRoutes());
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void row(StringBuilder h, String... cells) {
    h.append("<tr>");
    for (String c : cells) h.append("<td>").append(c.isEmpty() ? "—" : Html.esc(c)).append("</td>");
    h.append("</tr>\n");
  }

  private static void prefixes(StringBuilder h, String direction, String over, List<Cidr> p) {
    h.append("<tr><td>").append(Html.esc(direction)).append("</td><td>").append(Html.esc(over)).append("</td><td class=\"num\">")
        .append(p.size()).append("</td><td>").append(p.isEmpty() ? "—" : cidrs(p)).append("</td></tr>\n");
  }

  private static String cidrs(List<Cidr> c) {
    return Html.esc(c.stream().map(Cidr::toString).collect(Collectors.joining(", ")));
  }
}
