package io.vpcplan.cli;

import io.vpcplan.model.NetworkCounts;
import io.vpcplan.topology.Path;
import io.vpcplan.topology.ReachFinding;
import io.vpcplan.topology.ReachReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a reachability report: summary, leaks and gaps with their paths, paths of one pair, the matrix. */
final class ReachOutput {
  private ReachOutput() {}

  static String summary(String topology, NetworkCounts counts, ReachReport r) {
    String in = r.vpcs().size() == counts.vpcs() ? "" : ", " + r.vpcs().size() + " of them in segments or intents,";
    if (!r.sites().isEmpty()) in += " and " + r.sites().size() + " on-premises site" + (r.sites().size() == 1 ? "" : "s");
    return "Reachability (" + topology + "): " + counts.vpcsText() + in + " in " + r.sourceClasses() + " source class" + (r.sourceClasses() == 1 ? "" : "es") + ", "
        + r.pairs() + " ordered pairs, " + r.intendedPairs() + " intended, " + r.reachablePairs() + " reachable; "
        + r.leakCount() + " leak(s), " + r.gapCount() + " gap(s)\n";
  }

  static String findings(ReachReport r) {
    StringBuilder sb = new StringBuilder();
    section(sb, "Leaks (reachable, not intended)", r.leaks(), r.leakCount());
    section(sb, "Gaps (intended, not reachable)", r.gaps(), r.gapCount());
    return sb.toString();
  }

  private static void section(StringBuilder sb, String title, List<ReachFinding> fs, long total) {
    if (total == 0) return;
    sb.append('\n').append(title).append('\n');
    for (ReachFinding f : fs) {
      sb.append("  ").append(f.kind()).append(' ').append(f.from()).append(" -> ").append(f.to()).append(": ").append(f.detail()).append('\n');
      if (f.path() != null) path(sb, f.path(), "      ");
    }
    if (total > fs.size()) sb.append("  … and ").append(total - fs.size()).append(" more\n");
  }

  static void path(StringBuilder sb, Path p, String indent) {
    for (String h : p.hops()) sb.append(indent).append(h).append('\n');
    sb.append(indent).append(p.delivered() ? "ends in " + p.deliveredTo() : "dropped: " + p.reason()).append('\n');
  }

  static String paths(String from, String to, boolean intended, List<Path> paths) {
    StringBuilder sb = new StringBuilder();
    sb.append(from).append(" -> ").append(to).append(intended ? " (intended)" : " (not intended)").append('\n');
    for (Path p : paths) {
      sb.append("  to ").append(p.destination()).append('\n');
      path(sb, p, "    ");
    }
    return sb.toString();
  }

  /** Rows: sources, columns: destinations, by number. '#' reached as intended, 'L' leak, 'G' gap, 'g' partial, '.' neither. */
  static String matrix(ReachReport r) {
    StringBuilder sb = new StringBuilder("\nMatrix (row reaches column): # intended and reached, L leak, G gap, g partly reached, . isolated\n");
    List<String> ids = new ArrayList<>(r.vpcs());
    ids.addAll(r.sites());
    if (ids.isEmpty()) {
      // an estate without segments or intents (or a design without them) has nothing to compare against
      return "\nNo matrix: no VPC is in a segment or an intent, so no pair is intended or checked. Give the VPCs "
          + "segments (or intents) in a design, or trace one pair with --from and --to.\n";
    }
    int w = String.valueOf(ids.size()).length();
    sb.append(" ".repeat(w + 2));
    for (int j = 0; j < ids.size(); j++) sb.append((j + 1) % 10);
    sb.append('\n');
    for (int i = 0; i < ids.size(); i++) {
      sb.append(String.format("%" + w + "d  ", i + 1));
      for (int j = 0; j < ids.size(); j++) sb.append(i == j ? ' ' : cell(r, ids.get(i), ids.get(j)));
      sb.append("  ").append(ids.get(i)).append('\n');
    }
    return sb.toString();
  }

  private static char cell(ReachReport r, String a, String b) {
    ReachReport.Status s = r.matrix().status(a, b);
    boolean want = r.matrix().intended(a, b);
    if (want) return s == ReachReport.Status.FULL ? '#' : s == ReachReport.Status.PARTIAL ? 'g' : 'G';
    return s == ReachReport.Status.NONE ? '.' : 'L';
  }

  static Map<String, Object> tree(String topology, NetworkCounts counts, ReachReport r, List<Path> pairPaths) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("topology", topology);
    m.put("accounts", counts.accounts());
    m.put("vpcs", counts.vpcs());
    m.put("subnets", counts.subnets());
    m.put("inspectionVpcs", counts.connectivityVpcs());
    m.put("vpcsInMatrix", r.vpcs().size());
    m.put("sourceClasses", r.sourceClasses());
    m.put("pairs", r.pairs());
    m.put("intendedPairs", r.intendedPairs());
    m.put("reachablePairs", r.reachablePairs());
    m.put("leakCount", r.leakCount());
    m.put("gapCount", r.gapCount());
    m.put("leaks", findingsTree(r.leaks()));
    m.put("gaps", findingsTree(r.gaps()));
    if (!r.sites().isEmpty()) m.put("onPremises", sitesTree(r));
    if (pairPaths != null) m.put("paths", pairPaths.stream().map(ReachOutput::pathTree).toList());
    return m;
  }

  /** Per site: the VPCs meant to reach it, and how many reach it and are reached from it in full. */
  private static List<Object> sitesTree(ReachReport r) {
    List<Object> out = new ArrayList<>();
    for (String s : r.sites()) {
      int intended = 0;
      int reaches = 0;
      int reached = 0;
      for (String v : r.vpcs()) {
        if (r.matrix().intended(v, s)) intended++;
        if (r.matrix().status(v, s) == ReachReport.Status.FULL) reaches++;
        if (r.matrix().status(s, v) == ReachReport.Status.FULL) reached++;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("site", s);
      m.put("intendedVpcs", intended);
      m.put("vpcsReachingSite", reaches);
      m.put("vpcsReachedFromSite", reached);
      out.add(m);
    }
    return out;
  }

  private static List<Object> findingsTree(List<ReachFinding> fs) {
    List<Object> out = new ArrayList<>();
    for (ReachFinding f : fs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", f.from());
      m.put("to", f.to());
      m.put("detail", f.detail());
      m.put("path", f.path() == null ? null : pathTree(f.path()));
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> pathTree(Path p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", p.from());
    m.put("destination", p.destination());
    m.put("hops", p.hops());
    m.put("deliveredTo", p.deliveredTo());
    m.put("reason", p.reason());
    return m;
  }
}
