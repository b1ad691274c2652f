package io.vpcplan.cli;

import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.source.Loaded;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line on standard error when the estate this command read had problems it does not list
 * (a bad element skipped, a route whose prefix list was not exported …): its diagram, paths or
 * code are then incomplete, and the user should know before trusting them. validate lists them.
 */
final class SourceNote {
  private SourceNote() {}

  static void print(PrintWriter err, Loaded in) {
    String line = of(in);
    if (line != null) err.println(line);
  }

  /** The note, or null for a design (plan prints its own warnings) or a clean estate. */
  static String of(Loaded in) {
    if (in.planned().isPresent()) return null;
    Map<String, Integer> byCode = new TreeMap<>();
    int errors = 0;
    int warnings = 0;
    for (Finding f : in.findings()) {
      if (f.severity() == Severity.INFO) continue;
      if (f.severity() == Severity.ERROR) errors++;
      else warnings++;
      byCode.merge(f.code().name(), 1, Integer::sum);
    }
    if (errors + warnings == 0) return null;
    StringBuilder codes = new StringBuilder();
    byCode.forEach((c, n) -> codes.append(codes.length() == 0 ? "" : ", ").append(c).append(n > 1 ? " ×" + n : ""));
    return "note: reading the sources gave " + count(errors, "error") + (errors > 0 && warnings > 0 ? " and " : "")
        + count(warnings, "warning") + " (" + codes + ") that this command does not list, so what it shows may be"
        + " incomplete; `vpcplan validate` with the same sources says where and how to fix them";
  }

  private static String count(int n, String what) {
    return n == 0 ? "" : n + " " + what + (n == 1 ? "" : "s");
  }
}
