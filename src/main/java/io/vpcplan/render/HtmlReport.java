package io.vpcplan.render;

import io.vpcplan.model.Network;
import io.vpcplan.model.NetworkCounts;
import io.vpcplan.model.Vpc;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the report as one self-contained HTML file: inline CSS, inline SVG, a few lines of inline
 * JS for the filters, and a Content-Security-Policy that forbids loading anything from anywhere.
 * Pure and deterministic: no timestamps, the same data gives the same bytes.
 */
public final class HtmlReport {
  /** Blocks every fetch: the file must work offline and must not leak anything when opened. */
  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

  /** Records script errors on the page so a headless browser run can see them in the DOM. */
  static final String ERROR_RECORDER = "(function(){var e=[];window.addEventListener('error',function(x){"
      + "e.push(String(x.message||x));document.documentElement.setAttribute('data-errors',e.join(' | '));});})();";

  private HtmlReport() {}

  public static String write(ReportData d) {
    StringBuilder h = new StringBuilder(1 << 16);
    String title = d.title().isEmpty() ? "Network report" : d.title();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.esc(title)).append("</title>\n")
        .append("<script>").append(ERROR_RECORDER).append("</script>\n")
        .append("<style>\n").append(Html.asset("report.css")).append("</style>\n</head>\n<body>\n");
    header(h, d, title);
    h.append("<main>\n");
    summary(h, d.network());
    diagrams(h, d);
    AllocationSection.write(h, d);
    OnPremSection.write(h, d.network().hybrid());
    ComparisonSection.write(h, d.comparison());
    FindingsSection.write(h, d.findings());
    h.append("</main>\n<footer>").append(Html.esc(d.generator())).append("</footer>\n")
        .append("<script>\n").append(Html.asset("report.js")).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void header(StringBuilder h, ReportData d, String title) {
    h.append("<header>\n<h1>").append(Html.esc(title)).append("</h1>\n");
    if (!d.source().isEmpty()) h.append("<p>Source: ").append(Html.esc(d.source())).append("</p>\n");
    h.append("<nav><a href=\"#summary\">Summary</a><a href=\"#diagrams\">Diagrams</a>")
        .append("<a href=\"#allocation\">Allocation</a>")
        .append(OnPremSection.present(d.network().hybrid()) ? "<a href=\"#onprem\">On-premises</a>" : "")
        .append("<a href=\"#comparison\">Mesh vs TGW</a>")
        .append("<a href=\"#findings\">Findings</a></nav>\n</header>\n");
  }

  private static void summary(StringBuilder h, Network n) {
    Set<String> regions = new TreeSet<>();
    for (Vpc v : n.vpcs()) regions.add(v.region());
    NetworkCounts c = NetworkCounts.of(n);
    h.append("<section id=\"summary\">\n<h2>Summary</h2>\n<ul class=\"stats\">\n");
    stat(h, "accounts", c.accounts());
    stat(h, "regions", regions.size());
    stat(h, "VPCs", c.vpcs());
    if (c.connectivityVpcs() > 0) stat(h, "inspection VPCs", c.connectivityVpcs());
    stat(h, "subnets", c.subnets());
    stat(h, "segments", n.segments().size());
    stat(h, "transit gateways", n.transitGateways().size());
    stat(h, "peerings", n.peerings().size());
    stat(h, "endpoints", n.endpoints().size());
    h.append("</ul>\n</section>\n");
  }

  private static void stat(StringBuilder h, String what, long n) {
    h.append("<li><b>").append(Html.count(n)).append("</b>").append(what).append("</li>\n");
  }

  private static void diagrams(StringBuilder h, ReportData d) {
    h.append("<section id=\"diagrams\">\n<h2>Diagrams</h2>\n");
    if (d.diagrams().isEmpty()) h.append("<p class=\"note\">No diagrams were drawn.</p>\n");
    for (ReportData.Diagram g : d.diagrams()) {
      h.append("<figure>\n<figcaption>").append(Html.esc(g.title()))
          .append(g.svg().isEmpty() ? "" : " (click to switch between fit and actual size)").append("</figcaption>\n");
      if (!g.svg().isEmpty()) {
        h.append("<div class=\"diagram\">\n").append(Html.inlineSvg(g.svg())).append("\n</div>\n");
      } else {
        h.append("<p class=\"note\">").append(Html.esc(g.note())).append("</p>\n");
        if (!g.dot().isEmpty()) {
          h.append("<details><summary>DOT source (render with Graphviz: dot -Tsvg)</summary><pre>")
              .append(Html.esc(g.dot())).append("</pre></details>\n");
        }
      }
      h.append("</figure>\n");
    }
    h.append("</section>\n");
  }
}
