package io.vpcplan.cli;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import java.util.List;

/** Human output: findings grouped by severity, then code; one line each, file:line:col first. */
final class FindingsTable {
  private FindingsTable() {}

  /** {@code below}: findings per severity hidden by --min-severity {@code min}. */
  static String render(List<Finding> findings, int suppressed, int[] below, Severity min) {
    StringBuilder sb = new StringBuilder();
    Severity sev = null;
    Code code = null;
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.severity() != sev || f.code() != code) {
        sev = f.severity();
        code = f.code();
        int n = 0;
        for (int j = i; j < findings.size() && findings.get(j).severity() == sev && findings.get(j).code() == code; j++) n++;
        if (sb.length() > 0) sb.append('\n');
        sb.append(sev.name()).append(' ').append(code.name()).append(" (").append(n).append(")\n");
      }
      sb.append("  ");
      String at = f.location().toString();
      if (!at.isEmpty()) sb.append(at).append(": ");
      sb.append(f.message()).append('\n');
    }
    if (sb.length() > 0) sb.append('\n');
    sb.append(summary(findings, suppressed, below, min)).append('\n');
    return sb.toString();
  }

  /** The plan --against section: design ranges that collide with the estate; empty when none. */
  static String collisions(List<Finding> findings) {
    if (findings.isEmpty()) return "";
    StringBuilder sb = new StringBuilder("\nCollisions with the existing estate\n");
    for (Finding f : findings) {
      sb.append("  ").append(f.location().toString().isEmpty() ? "" : f.location() + ": ").append(f.message()).append('\n');
    }
    return sb.toString();
  }

  static String summary(List<Finding> findings, int suppressed, int[] below, Severity min) {
    int[] n = counts(findings);
    String s = n[0] + plural(n[0], " error") + ", " + n[1] + plural(n[1], " warning") + ", " + n[2] + " info";
    List<String> notes = new java.util.ArrayList<>();
    int hidden = below[0] + below[1] + below[2];
    if (hidden > 0) {
      List<String> parts = new java.util.ArrayList<>();
      if (below[1] > 0) parts.add(below[1] + plural(below[1], " warning"));
      if (below[2] > 0) parts.add(below[2] + " info");
      notes.add(hidden + " more below --min-severity " + min.label() + ": " + String.join(", ", parts));
    }
    if (suppressed > 0) notes.add(suppressed + " suppressed");
    return notes.isEmpty() ? s : s + " (" + String.join("; ", notes) + ")";
  }

  static int[] counts(List<Finding> findings) {
    int[] n = new int[3];
    for (Finding f : findings) n[f.severity().ordinal()]++;
    return n;
  }

  private static String plural(int n, String word) {
    return n == 1 ? word : word + "s";
  }
}
