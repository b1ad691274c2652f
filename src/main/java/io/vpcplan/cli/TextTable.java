package io.vpcplan.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain left-aligned text table; right-aligns columns whose header starts with '>'. */
public final class TextTable {
  private final List<String> headers = new ArrayList<>();
  private final List<Boolean> right = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  public TextTable(String... headers) {
    for (String h : headers) {
      boolean r = h.startsWith(">");
      this.headers.add(r ? h.substring(1) : h);
      this.right.add(r);
    }
  }

  public TextTable row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) r.add(c == null ? "" : c.toString());
    rows.add(r);
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public String render(String indent) {
    int n = headers.size();
    int[] w = new int[n];
    for (int i = 0; i < n; i++) w[i] = headers.get(i).length();
    for (List<String> r : rows) for (int i = 0; i < n && i < r.size(); i++) w[i] = Math.max(w[i], r.get(i).length());
    StringBuilder sb = new StringBuilder();
    line(sb, indent, headers, w);
    for (List<String> r : rows) line(sb, indent, r, w);
    return sb.toString();
  }

  private void line(StringBuilder sb, String indent, List<String> cells, int[] w) {
    StringBuilder l = new StringBuilder(indent);
    for (int i = 0; i < w.length; i++) {
      String c = i < cells.size() ? cells.get(i) : "";
      String pad = " ".repeat(w[i] - c.length());
      l.append(right.get(i) ? pad + c : c + (i == w.length - 1 ? "" : pad));
      if (i < w.length - 1) l.append("  ");
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }
}
