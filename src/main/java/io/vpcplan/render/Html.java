package io.vpcplan.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Escaping, number formats and bundled assets for the HTML report. */
final class Html {
  private Html() {}

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return count((long) v);
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : "%,.2f", v);
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  /** A utilisation bar: blue, amber above 80 %, red above 95 %. */
  static String bar(double fraction) {
    double f = Math.max(0, Math.min(1, fraction));
    String cls = f > 0.95 ? "bar full" : f > 0.8 ? "bar high" : "bar";
    return "<span class=\"" + cls + "\"><span style=\"width:" + String.format(Locale.ROOT, "%.1f", f * 100)
        + "%\"></span></span>" + percent(f);
  }

  /** A CSS or JS file shipped beside this class, to be inlined. */
  static String asset(String name) {
    try (InputStream in = Html.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("report asset " + name + " is missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read report asset " + name, e);
    }
  }

  /** Graphviz SVG without its XML prolog, doctype and comments, ready to inline. */
  static String inlineSvg(String svg) {
    int start = svg.indexOf("<svg");
    String s = start < 0 ? svg : svg.substring(start);
    return s.replaceAll("(?s)<!--.*?-->", "").strip();
  }
}
