package io.vpcplan.cli;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.ipam.Change;
import io.vpcplan.ipam.PlanResult;
import io.vpcplan.ipam.PoolUsage;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The human-readable plan: VPCs with a tier × AZ grid, pool use, changes, warnings. */
final class PlanTable {
  private PlanTable() {}

  static String render(String design, PlanResult r) {
    StringBuilder sb = new StringBuilder();
    long subnets = r.network().vpcs().stream().mapToLong(v -> v.subnets().size()).sum();
    sb.append("Plan for ").append(design).append(": ").append(r.network().vpcs().size()).append(" VPCs, ")
        .append(subnets).append(" subnets — ").append(counts(r)).append("\n\n");
    TextTable vpcs = new TextTable("ACCOUNT", "REGION", "VPC", "SEGMENT", "CIDR", "ORIGIN");
    for (Vpc v : r.network().vpcs()) {
      vpcs.row(v.account(), v.region(), v.name(), v.segment(), join(v.cidrs()), v.origin().name().toLowerCase(Locale.ROOT));
    }
    sb.append(vpcs.render(""));
    for (Vpc v : r.network().vpcs()) {
      if (v.subnets().isEmpty()) continue;
      sb.append('\n').append(v.displayName()).append("  ").append(join(v.cidrs())).append('\n');
      sb.append(grid(v));
    }
    sb.append("\nPool use\n");
    TextTable pools = new TextTable("POOL", "REGION", "BLOCKS", ">USED", ">RESERVED", ">FREE", "LARGEST FREE", ">USE");
    for (PoolUsage p : r.pools()) {
      pools.row(p.name(), "(all)", p.cidr(), fmt(p.allocated()), fmt(p.reserved()), fmt(p.free()), str(p.largestFree()),
          pct(p.utilisation()));
      for (PoolUsage.RegionUsage u : p.regions()) {
        pools.row("", u.region(), join(u.blocks()), fmt(u.used()), "", fmt(u.free()), str(u.largestFree()), pct(u.utilisation()));
      }
    }
    sb.append(pools.render("  "));
    sb.append(PlanSites.render(r.network().hybrid()));
    List<Change> shown = r.changes().stream().filter(c -> c.kind() != Change.Kind.KEPT || r.changes().size() <= 50).toList();
    if (!shown.isEmpty()) {
      sb.append("\nChanges (+ added, = kept, ~ held, - removed, ! conflict)\n");
      for (Change c : shown) sb.append("  ").append(c.kind().symbol()).append(' ').append(c.subject()).append("  ").append(c.detail()).append('\n');
    }
    for (String w : r.warnings()) sb.append("warning: ").append(w).append('\n');
    return sb.toString();
  }

  /** --quiet: the summary line, then only conflicts, removals and warnings. */
  static String quiet(String design, PlanResult r) {
    StringBuilder sb = new StringBuilder();
    long subnets = r.network().vpcs().stream().mapToLong(v -> v.subnets().size()).sum();
    sb.append("Plan for ").append(design).append(": ").append(r.network().vpcs().size()).append(" VPCs, ")
        .append(subnets).append(" subnets — ").append(counts(r)).append('\n');
    for (Change c : r.changes()) {
      if (c.kind() == Change.Kind.CONFLICT || c.kind() == Change.Kind.REMOVED || c.kind() == Change.Kind.HELD) {
        sb.append("  ").append(c.kind().symbol()).append(' ').append(c.subject()).append("  ").append(c.detail()).append('\n');
      }
    }
    for (String w : r.warnings()) sb.append("warning: ").append(w).append('\n');
    return sb.toString();
  }

  /** Tier rows × AZ columns: "10.0.0.0/24 (251)". */
  private static String grid(Vpc v) {
    TreeSet<String> azs = new TreeSet<>();
    Map<String, Map<String, Subnet>> byTier = new LinkedHashMap<>();
    for (Subnet s : v.subnets()) {
      azs.add(s.az());
      byTier.computeIfAbsent(s.tier() + (s.isPublic() && !s.tier().contains("public") ? " (public)" : ""), k -> new LinkedHashMap<>()).put(s.az(), s);
    }
    List<String> headers = new ArrayList<>();
    headers.add("TIER");
    headers.addAll(azs);
    TextTable t = new TextTable(headers.toArray(new String[0]));
    for (Map.Entry<String, Map<String, Subnet>> e : byTier.entrySet()) {
      List<Object> row = new ArrayList<>();
      row.add(e.getKey());
      for (String az : azs) {
        Subnet s = e.getValue().get(az);
        row.add(s == null ? "-" : s.cidr() + " (" + s.usableHosts() + ")");
      }
      t.row(row.toArray());
    }
    return t.render("  ");
  }

  private static String counts(PlanResult r) {
    StringBuilder sb = new StringBuilder();
    for (Change.Kind k : Change.Kind.values()) {
      long n = k == Change.Kind.CONFLICT ? r.conflictCount()
          : r.changes().stream().filter(c -> c.kind() == k && c.subject().startsWith("vpc ")).count();
      if (sb.length() > 0) sb.append(", ");
      sb.append(n).append(' ').append(k.name().toLowerCase(Locale.ROOT)).append(k == Change.Kind.CONFLICT && n != 1 ? "s" : "");
    }
    return sb.toString();
  }

  static String join(List<Cidr> l) {
    return String.join(", ", l.stream().map(Cidr::toString).toList());
  }

  private static String str(Object o) {
    return o == null ? "none" : o.toString();
  }

  private static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String pct(double d) {
    return String.format(Locale.ROOT, "%.1f%%", d * 100);
  }
}
