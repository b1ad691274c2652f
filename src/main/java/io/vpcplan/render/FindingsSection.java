package io.vpcplan.render;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The findings table with severity check boxes, a code filter and a text search (inline JS). */
final class FindingsSection {
  private FindingsSection() {}

  static final List<String> SEVERITY_ORDER = List.of("error", "warning", "info");

  static void write(StringBuilder h, List<ReportData.Finding> findings) {
    h.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
    if (findings.isEmpty()) {
      h.append("<p class=\"note\">No findings.</p>\n</section>\n");
      return;
    }
    List<ReportData.Finding> sorted = findings.stream().sorted(Comparator
        .comparingInt((ReportData.Finding f) -> rank(f.severity())).thenComparing(ReportData.Finding::code)
        .thenComparing(ReportData.Finding::subject).thenComparing(ReportData.Finding::message)).toList();
    Map<String, Integer> bySeverity = new TreeMap<>(Comparator.comparingInt(FindingsSection::rank)
        .thenComparing(Comparator.naturalOrder()));
    Set<String> codes = new TreeSet<>();
    for (ReportData.Finding f : sorted) {
      bySeverity.merge(sev(f), 1, Integer::sum);
      codes.add(f.code());
    }
    h.append("<div class=\"filters\" id=\"findings-filters\">\n");
    for (Map.Entry<String, Integer> e : bySeverity.entrySet()) {
      h.append("<label><input type=\"checkbox\" value=\"").append(Html.esc(e.getKey())).append("\" checked> ")
          .append("<span class=\"sev sev-").append(Html.esc(e.getKey())).append("\">").append(Html.esc(e.getKey()))
          .append("</span> ").append(e.getValue()).append("</label>\n");
    }
    h.append("<label>Code <select id=\"filter-code\"><option value=\"\">all</option>");
    for (String c : codes) h.append("<option>").append(Html.esc(c)).append("</option>");
    h.append("</select></label>\n<input type=\"search\" id=\"filter-text\" placeholder=\"Search findings\">\n")
        .append("<span id=\"findings-count\">").append(sorted.size()).append(" of ").append(sorted.size())
        .append(" shown</span>\n</div>\n");
    h.append("<div class=\"scroll\">\n<table id=\"findings-table\">\n<thead><tr><th>Severity</th><th>Code</th>")
        .append("<th>Subject</th><th>Message</th><th>Location</th></tr></thead>\n<tbody>\n");
    for (ReportData.Finding f : sorted) {
      String s = sev(f);
      h.append("<tr data-severity=\"").append(Html.esc(s)).append("\" data-code=\"").append(Html.esc(f.code()))
          .append("\"><td><span class=\"sev sev-").append(Html.esc(s)).append("\">").append(Html.esc(s))
          .append("</span></td><td><code>").append(Html.esc(f.code())).append("</code></td><td>")
          .append(Html.esc(f.subject())).append("</td><td>").append(Html.esc(f.message())).append("</td><td>")
          .append(Html.esc(f.location())).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private static String sev(ReportData.Finding f) {
    return f.severity().toLowerCase(Locale.ROOT);
  }

  private static int rank(String severity) {
    int i = SEVERITY_ORDER.indexOf(severity.toLowerCase(Locale.ROOT));
    return i < 0 ? SEVERITY_ORDER.size() : i;
  }
}
