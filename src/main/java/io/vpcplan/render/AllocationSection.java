package io.vpcplan.render;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.ipam.PoolUsage;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.List;
import java.util.stream.Collectors;

/** Pools and their regions with utilisation bars, then every VPC with the share its subnets use. */
final class AllocationSection {
  private AllocationSection() {}

  static void write(StringBuilder h, ReportData d) {
    h.append("<section id=\"allocation\">\n<h2>Allocation</h2>\n");
    pools(h, d.pools());
    vpcs(h, d.network().vpcs().stream().sorted(NetworkIndex.VPC_ORDER).toList());
    h.append("</section>\n");
  }

  private static void pools(StringBuilder h, List<PoolUsage> pools) {
    h.append("<h3>Pools and regions</h3>\n");
    if (pools.isEmpty()) {
      h.append("<p class=\"note\">No address pools.</p>\n");
      return;
    }
    h.append("<table id=\"pools-table\">\n<thead><tr><th>Pool / region</th><th>CIDR</th><th class=\"num\">Used</th>")
        .append("<th class=\"num\">Reserved</th><th class=\"num\">Free</th><th>Largest free block</th><th>Utilisation</th></tr></thead>\n<tbody>\n");
    for (PoolUsage p : pools) {
      long size = p.cidr().isV4() ? p.cidr().size4() : 0;
      h.append("<tr class=\"pool\"><td><b>").append(Html.esc(p.name())).append("</b></td><td>").append(p.cidr())
          .append("</td><td class=\"num\">").append(Html.count(p.allocated())).append("</td><td class=\"num\">")
          .append(Html.count(p.reserved())).append("</td><td class=\"num\">").append(Html.count(p.free())).append("</td><td>").append(p.largestFree() == null ? "—" : p.largestFree())
          .append("</td><td>").append(Html.bar(p.utilisation())).append("</td></tr>\n");
      for (PoolUsage.RegionUsage r : p.regions()) {
        // Regions of an imported estate have no blocks of their own: show their share of the pool.
        boolean share = r.blocks().isEmpty();
        double f = share ? (size == 0 ? 0 : (double) r.used() / size) : r.utilisation();
        h.append("<tr class=\"region\"><td>").append(Html.esc(r.region())).append("</td><td>")
            .append(share ? "—" : Html.esc(r.blocks().stream().map(Cidr::toString).collect(Collectors.joining(", "))))
            .append("</td><td class=\"num\">").append(Html.count(r.used())).append("</td><td class=\"num\">—</td>")
            .append("<td class=\"num\">").append(share ? "—" : Html.count(r.free())).append("</td><td>")
            .append(r.largestFree() == null ? "—" : r.largestFree()).append("</td><td>").append(Html.bar(f))
            .append(share ? " of pool" : "").append("</td></tr>\n");
      }
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void vpcs(StringBuilder h, List<Vpc> vpcs) {
    h.append("<h3>VPCs</h3>\n");
    if (vpcs.isEmpty()) {
      h.append("<p class=\"note\">No VPCs.</p>\n");
      return;
    }
    h.append("<div class=\"scroll\">\n<table id=\"vpcs-table\">\n<thead><tr><th>Region</th><th>Account</th><th>VPC</th>")
        .append("<th>Segment</th><th>CIDR blocks</th><th class=\"num\">Subnets</th><th>Subnet allocation</th>")
        .append("<th>Origin</th></tr></thead>\n<tbody>\n");
    for (Vpc v : vpcs) {
      long size = v.ipv4().stream().mapToLong(Cidr::size4).sum();
      long used = v.subnets().stream().map(Subnet::cidr).filter(Cidr::isV4).mapToLong(Cidr::size4).sum();
      h.append("<tr><td>").append(Html.esc(v.region())).append("</td><td>").append(Html.esc(v.account()))
          .append("</td><td>").append(Html.esc(NetworkIndex.vpcName(v))).append("</td><td>")
          .append(Html.esc(v.segment())).append("</td><td>")
          .append(Html.esc(v.cidrs().stream().map(Cidr::toString).collect(Collectors.joining(", "))))
          .append("</td><td class=\"num\">").append(v.subnets().size()).append("</td><td>")
          .append(size == 0 ? "—" : Html.bar((double) used / size)).append("</td><td>")
          .append(v.origin().name().toLowerCase(java.util.Locale.ROOT)).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</div>\n");
  }
}
