package io.vpcplan.render;

/**
 * A small DOT text builder: quotes every id and attribute value, keeps indentation, and writes
 * attributes in the order given so the output is byte-for-byte reproducible.
 */
final class Dot {
  private final StringBuilder out = new StringBuilder(4096);
  private int depth;

  Dot open(String header) {
    line(header + " {");
    depth++;
    return this;
  }

  Dot close() {
    depth--;
    return line("}");
  }

  /** {@code subgraph "cluster_<id>" {} with the given attributes as graph statements. */
  Dot cluster(String id, String... attrs) {
    open("subgraph " + quote("cluster_" + id));
    for (int i = 0; i + 1 < attrs.length; i += 2) line(attrs[i] + "=" + value(attrs[i + 1]) + ";");
    return this;
  }

  Dot defaults(String kind, String... attrs) {
    return line(kind + " " + attrList(attrs) + ";");
  }

  Dot node(String id, String... attrs) {
    return line(quote(id) + (attrs.length == 0 ? "" : " " + attrList(attrs)) + ";");
  }

  Dot edge(String from, String to, String... attrs) {
    return line(quote(from) + " -> " + quote(to) + (attrs.length == 0 ? "" : " " + attrList(attrs)) + ";");
  }

  Dot line(String s) {
    out.append("  ".repeat(depth)).append(s).append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  static String attrList(String... kv) {
    if (kv.length % 2 != 0) throw new IllegalArgumentException("attributes come in name/value pairs");
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] == null) continue;
      if (sb.length() > 1) sb.append(", ");
      sb.append(kv[i]).append('=').append(value(kv[i + 1]));
    }
    return sb.append(']').toString();
  }

  /** HTML-like labels are passed as {@code <...>}; everything else is a quoted string. */
  static String value(String v) {
    if (v.startsWith("<") && v.endsWith(">")) return v;
    return quote(v);
  }

  /** A DOT quoted string; a newline in the input becomes a DOT line break. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') sb.append("\\\"");
      else if (c == '\\') sb.append("\\\\");
      else if (c == '\n') sb.append("\\n");
      else if (c >= ' ') sb.append(c);
    }
    return sb.append('"').toString();
  }

  /** Escapes text for an HTML-like label. */
  static String html(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> { if (c >= ' ') sb.append(c); }
      }
    }
    return sb.toString();
  }
}
