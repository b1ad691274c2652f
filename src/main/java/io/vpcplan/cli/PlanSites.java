package io.vpcplan.cli;

import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plan table's on-premises section: sites (their ranges are reserved), links, and what DX advertises. */
final class PlanSites {
  private PlanSites() {}

  /** Empty when the design has no sites, so other plans keep their bytes. */
  static String render(Hybrid h) {
    if (h.sites().isEmpty()) return "";
    StringBuilder sb = new StringBuilder("\nOn-premises (ranges reserved: nothing is planned inside them)\n");
    TextTable t = new TextTable("SITE", "RANGES", ">ASN", "REACHES", "CONNECTIONS");
    for (OnPremSite s : h.sites()) {
      t.row(s.name(), PlanTable.join(s.ranges()), s.asn() == 0 ? "-" : String.valueOf(s.asn()),
          s.segments().isEmpty() ? "(none)" : String.join(", ", s.segments()), String.join(", ", links(h, s.name())));
    }
    sb.append(t.render("  "));
    for (DxGateway d : h.dxGateways()) {
      for (DxGateway.Association a : d.associations()) {
        sb.append("  ").append(d.id()).append(" advertises in ").append(a.gatewayRegion()).append(": ")
            .append(PlanTable.join(a.allowedPrefixes())).append('\n');
      }
    }
    return sb.toString();
  }

  private static List<String> links(Hybrid h, String site) {
    List<String> out = new ArrayList<>();
    for (VirtualInterface v : h.virtualInterfaces()) {
      if (v.site().equals(site)) out.add("dx " + v.region() + " " + bandwidth(v.bandwidthMbps()));
    }
    for (VpnConnection v : h.vpnConnections()) {
      if (v.site().equals(site)) out.add("vpn " + v.region() + (v.staticRoutesOnly() ? " static" : " bgp"));
    }
    return out.isEmpty() ? List.of("(none)") : out;
  }

  private static String bandwidth(long mbps) {
    if (mbps <= 0) return "";
    if (mbps % 1000 == 0) return mbps / 1000 + "Gbps";
    return mbps >= 1000 ? String.format(Locale.ROOT, "%.2fGbps", mbps / 1000.0) : mbps + "Mbps";
  }
}
