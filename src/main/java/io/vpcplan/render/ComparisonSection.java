package io.vpcplan.render;

import java.util.List;
import java.util.Optional;

/** Connectivity options side by side: a table (best value per row marked) and charts. */
final class ComparisonSection {
  private ComparisonSection() {}

  static void write(StringBuilder h, Optional<ReportData.Comparison> comparison) {
    h.append("<section id=\"comparison\">\n<h2>Mesh vs Transit Gateway</h2>\n");
    if (comparison.isEmpty()) {
      h.append("<p class=\"note\">No comparison was computed for this network.</p>\n</section>\n");
      return;
    }
    ReportData.Comparison c = comparison.get();
    if (!c.title().isEmpty()) h.append("<p>").append(Html.esc(c.title())).append("</p>\n");
    h.append("<table id=\"comparison-table\">\n<thead><tr><th>Metric</th>");
    for (String o : c.options()) h.append("<th class=\"num\">").append(Html.esc(o)).append("</th>");
    h.append("</tr></thead>\n<tbody>\n");
    for (ReportData.Row r : c.rows()) {
      java.util.Set<Integer> best = best(r);
      h.append("<tr><td>").append(Html.esc(r.metric())).append(r.unit().isEmpty() ? "" : " (" + Html.esc(r.unit()) + ")")
          .append("</td>");
      for (int i = 0; i < r.values().size(); i++) {
        h.append("<td class=\"num").append(best.contains(i) ? " best" : "").append("\">")
            .append(Html.number(r.values().get(i))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    if (!c.recommendation().isEmpty()) {
      h.append("<p><b>Recommendation:</b> ").append(Html.esc(c.recommendation())).append("</p>\n");
    }
    if (c.rows().stream().anyMatch(r -> r.values().stream().distinct().count() > 1)) {
      h.append(Charts.bars(c.options(), c.rows())).append('\n');
    }
    if (!c.curves().isEmpty()) h.append(Charts.lines(c.curves())).append('\n');
    h.append("</section>\n");
  }

  /** Indexes holding the best value of a row; empty when all values are equal. */
  static java.util.Set<Integer> best(ReportData.Row r) {
    List<Double> v = r.values();
    if (v.stream().distinct().count() <= 1) return java.util.Set.of();
    double best = r.lowerIsBetter() ? v.stream().mapToDouble(Double::doubleValue).min().orElse(0)
        : v.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    java.util.Set<Integer> out = new java.util.TreeSet<>();
    for (int i = 0; i < v.size(); i++) if (v.get(i) == best) out.add(i);
    return out;
  }
}
