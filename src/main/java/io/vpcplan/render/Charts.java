package io.vpcplan.render;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts drawn by hand (no chart library, nothing fetched). */
final class Charts {
  private Charts() {}

  static final List<String> COLOURS = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#17becf");
  static final int WIDTH = 760;

  /**
   * One group per metric (its name above its bars), one bar per option, each metric scaled to its
   * own largest value. Metrics where every option has the same value are left out.
   */
  static String bars(List<String> options, List<ReportData.Row> all) {
    List<ReportData.Row> rows = all.stream().filter(r -> r.values().stream().distinct().count() > 1).toList();
    int barH = 14;
    int groupH = 22 + options.size() * (barH + 4) + 10;
    int left = 10;
    int plot = WIDTH - left - 90;
    int height = rows.size() * groupH + 30;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart\" id=\"comparison-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"comparison chart\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
    legend(s, options, left, 14);
    int y = 30;
    for (ReportData.Row r : rows) {
      double max = r.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      s.append("<text x=\"").append(left).append("\" y=\"").append(y + 12).append("\" font-weight=\"bold\">")
          .append(Html.esc(r.metric() + (r.unit().isEmpty() ? "" : " (" + r.unit() + ")"))).append("</text>\n");
      for (int i = 0; i < r.values().size(); i++) {
        double v = r.values().get(i);
        double w = max <= 0 ? 0 : Math.max(1, v / max * plot);
        int by = y + 20 + i * (barH + 4);
        s.append("<rect x=\"").append(left).append("\" y=\"").append(by).append("\" width=\"").append(fmt(w))
            .append("\" height=\"").append(barH).append("\" fill=\"").append(colour(i)).append("\"><title>")
            .append(Html.esc(options.get(i) + ": " + Html.number(v))).append("</title></rect>\n");
        s.append("<text x=\"").append(fmt(left + w + 5)).append("\" y=\"").append(by + barH - 3).append("\">")
            .append(Html.number(v)).append("</text>\n");
      }
      y += groupH;
    }
    return s.append("</svg>").toString();
  }

  /** A line chart of each curve's points, axes from zero to the largest value. */
  static String lines(List<ReportData.Curve> curves) {
    int height = 320;
    int left = 70;
    int bottom = 40;
    int top = 30;
    int plotW = WIDTH - left - 20;
    int plotH = height - top - bottom;
    double maxX = 0;
    double maxY = 0;
    for (ReportData.Curve c : curves) {
      for (double[] p : c.points()) {
        maxX = Math.max(maxX, p[0]);
        maxY = Math.max(maxY, p[1]);
      }
    }
    if (maxX <= 0) maxX = 1;
    if (maxY <= 0) maxY = 1;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart\" id=\"growth-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"growth chart\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
    legend(s, curves.stream().map(ReportData.Curve::option).toList(), left, 14);
    for (int t = 0; t <= 4; t++) {
      double yv = maxY * t / 4;
      double py = top + plotH - plotH * t / 4.0;
      s.append("<line x1=\"").append(left).append("\" x2=\"").append(left + plotW).append("\" y1=\"").append(fmt(py))
          .append("\" y2=\"").append(fmt(py)).append("\" stroke=\"#e3e8ee\"/>\n");
      s.append("<text x=\"").append(left - 6).append("\" y=\"").append(fmt(py + 4)).append("\" text-anchor=\"end\">")
          .append(Html.number(Math.round(yv))).append("</text>\n");
      double xv = maxX * t / 4;
      double px = left + plotW * t / 4.0;
      s.append("<text x=\"").append(fmt(px)).append("\" y=\"").append(top + plotH + 16).append("\" text-anchor=\"middle\">")
          .append(Html.number(Math.round(xv))).append("</text>\n");
    }
    ReportData.Curve first = curves.get(0);
    s.append("<text x=\"").append(left + plotW / 2).append("\" y=\"").append(height - 6).append("\" text-anchor=\"middle\">")
        .append(Html.esc(first.xLabel())).append("</text>\n");
    s.append("<text x=\"14\" y=\"").append(top + plotH / 2).append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
        .append(top + plotH / 2).append(")\">").append(Html.esc(first.yLabel())).append("</text>\n");
    for (int i = 0; i < curves.size(); i++) {
      StringBuilder pts = new StringBuilder();
      for (double[] p : curves.get(i).points()) {
        if (pts.length() > 0) pts.append(' ');
        pts.append(fmt(left + plotW * p[0] / maxX)).append(',').append(fmt(top + plotH - plotH * p[1] / maxY));
      }
      s.append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"").append(colour(i)).append("\" points=\"")
          .append(pts).append("\"/>\n");
    }
    return s.append("</svg>").toString();
  }

  private static void legend(StringBuilder s, List<String> names, int x, int y) {
    int at = x;
    for (int i = 0; i < names.size(); i++) {
      s.append("<rect x=\"").append(at).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
          .append(colour(i)).append("\"/><text x=\"").append(at + 16).append("\" y=\"").append(y).append("\">")
          .append(Html.esc(names.get(i))).append("</text>\n");
      at += 30 + names.get(i).length() * 7;
    }
  }

  private static String colour(int i) {
    return COLOURS.get(i % COLOURS.size());
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
