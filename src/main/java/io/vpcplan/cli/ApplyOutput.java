package io.vpcplan.cli;

import io.vpcplan.aws.ApplyListener.StepResult;
import io.vpcplan.aws.ApplyRun;
import io.vpcplan.change.Change;
import io.vpcplan.change.ChangeSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The change set as `terraform plan` shows one (grouped by account and region), and as a JSON/YAML tree. */
final class ApplyOutput {
  private ApplyOutput() {}

  static String text(String plan, String topology, ApplyRun.Preview p) {
    ChangeSet cs = p.changes();
    StringBuilder sb = new StringBuilder();
    sb.append("vpcplan apply: plan ").append(plan).append(", topology ").append(topology).append('\n');
    if (cs.isEmpty()) {
      sb.append("\nNo changes. The live resources of this plan match it.\n");
    } else {
      sb.append("\nvpcplan will perform these actions (+ create, ~ update, - delete):\n");
      group(sb, cs.changes());
    }
    if (!cs.drift().isEmpty()) {
      sb.append("\nDrift apply will not touch (fix by hand, or change the design):\n");
      for (Change c : cs.drift()) line(sb, c, true);
    }
    if (!cs.blocked().isEmpty()) {
      sb.append("\nNot attempted, because something they need is not as planned:\n");
      for (Change c : cs.blocked()) line(sb, c, true);
    }
    if (!cs.kept().isEmpty()) {
      sb.append("\nOwned by this plan but no longer planned (kept; --prune deletes them):\n");
      for (Change c : cs.kept()) line(sb, c, true);
    }
    if (!p.unread().isEmpty()) {
      sb.append("\nAccounts apply could not read (nothing there is changed):\n");
      p.unread().forEach((a, why) -> sb.append("  ").append(a).append(": ").append(why).append('\n'));
    }
    if (!cs.notes().isEmpty()) {
      sb.append("\nNot applied by apply:\n");
      for (String n : cs.notes()) sb.append("  - ").append(n).append('\n');
    }
    for (String w : p.warnings()) sb.append("\nwarning: ").append(w).append('\n');
    Map<String, Long> s = cs.summary();
    sb.append("\nPlan: ").append(s.get("create")).append(" to create, ").append(s.get("update")).append(" to update, ")
        .append(s.get("delete")).append(" to delete; ").append(s.get("unchanged")).append(" unchanged");
    if (s.get("drift") > 0) sb.append(", ").append(s.get("drift")).append(" drifted");
    if (s.get("kept") > 0) sb.append(", ").append(s.get("kept")).append(" kept");
    sb.append(".\n");
    for (String c : cs.costWarnings()) sb.append("Cost: ").append(c).append(".\n");
    return sb.toString();
  }

  private static void group(StringBuilder sb, List<Change> changes) {
    String where = null;
    List<Change> byPlace = new ArrayList<>(changes);
    byPlace.sort(java.util.Comparator.comparing(Change::account).thenComparing(Change::region)); // stable: kind order within
    for (Change c : byPlace) {
      String w = c.account() + " " + c.region();
      if (!w.equals(where)) {
        sb.append("\n  # account ").append(c.account()).append(", ").append(c.region()).append('\n');
        where = w;
      }
      line(sb, c, false);
    }
  }

  private static void line(StringBuilder sb, Change c, boolean place) {
    sb.append("  ").append(c.action().sign()).append(' ').append(pad(c.kind().label(), 28)).append(' ').append(c.key());
    if (place) sb.append("  (").append(c.account()).append(' ').append(c.region()).append(')');
    if (!c.detail().isEmpty()) sb.append("  ").append(c.detail());
    sb.append('\n');
  }

  private static String pad(String s, int n) {
    return s.length() >= n ? s : s + " ".repeat(n - s.length());
  }

  static Map<String, Object> tree(String plan, String topology, ApplyRun.Preview p, ApplyRun.Outcome outcome) {
    ChangeSet cs = p.changes();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("plan", plan);
    m.put("topology", topology);
    m.put("changes", items(cs.changes()));
    m.put("drift", items(cs.drift()));
    m.put("blocked", items(cs.blocked()));
    m.put("kept", items(cs.kept()));
    m.put("unread", p.unread());
    m.put("notes", cs.notes());
    m.put("warnings", p.warnings());
    m.put("summary", cs.summary());
    m.put("costWarnings", cs.costWarnings());
    if (outcome != null) {
      List<Object> results = new ArrayList<>();
      for (StepResult r : outcome.results()) {
        Map<String, Object> i = item(r.change());
        i.put("status", r.status().name().toLowerCase());
        i.put("id", r.awsId());
        i.put("message", r.message());
        results.add(i);
      }
      m.put("results", results);
      m.put("stoppedAccounts", outcome.stopped());
      m.put("interrupted", outcome.interrupted());
    }
    return m;
  }

  private static List<Object> items(List<Change> cs) {
    List<Object> out = new ArrayList<>();
    for (Change c : cs) out.add(item(c));
    return out;
  }

  private static Map<String, Object> item(Change c) {
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("action", c.action().word());
    i.put("type", c.kind().label());
    i.put("account", c.account());
    i.put("region", c.region());
    i.put("name", c.key());
    i.put("tagName", c.name());
    i.put("detail", c.detail());
    i.put("needs", c.needs());
    return i;
  }

  /** One finished step, as a line on stderr. */
  static String step(int n, int total, StepResult r) {
    Change c = r.change();
    String head = "[" + n + "/" + total + "] " + c.action().sign() + " " + c.kind().label() + " " + c.key();
    return switch (r.status()) {
      case DONE -> head + (r.awsId().isEmpty() ? "" : " → " + r.awsId());
      case FAILED -> head + ": FAILED: " + r.message();
      case SKIPPED -> head + ": skipped: " + r.message();
    };
  }
}
