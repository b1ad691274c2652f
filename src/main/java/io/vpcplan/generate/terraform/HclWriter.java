package io.vpcplan.generate.terraform;

import io.vpcplan.generate.terraform.Hcl.Attr;
import io.vpcplan.generate.terraform.Hcl.Blank;
import io.vpcplan.generate.terraform.Hcl.Block;
import io.vpcplan.generate.terraform.Hcl.Comment;
import io.vpcplan.generate.terraform.Hcl.Expr;
import io.vpcplan.generate.terraform.Hcl.Item;
import io.vpcplan.generate.terraform.Hcl.ListOf;
import io.vpcplan.generate.terraform.Hcl.MapOf;
import io.vpcplan.generate.terraform.Hcl.Raw;
import io.vpcplan.generate.terraform.Hcl.Str;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints HCL as terraform fmt does: two-space indent, and the '=' of consecutive single-line
 * assignments aligned. Like hclwrite, alignment works on the flat list of lines: a chain is a run
 * of lines that each hold a complete "name = value"; any other line (blank, comment, a block
 * opening or closing, "name = {" opening a multi-line value, a list item) ends the chain.
 * Values are printed straight into the output (Terraform at 10,000 VPCs prints millions of them).
 */
public final class HclWriter {
  private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "for", "in", "if");
  private static final Line BLANK = new Line(0, "", null);

  private HclWriter() {}

  /** A whole file: top-level blocks and comments, one blank line between blocks. */
  public static String file(List<? extends Item> items) {
    List<Line> lines = new ArrayList<>();
    Item prev = null;
    for (Item i : items) {
      if (prev != null && !(prev instanceof Comment && i instanceof Comment)) lines.add(BLANK);
      item(i, 0, lines);
      prev = i;
    }
    StringBuilder sb = new StringBuilder();
    render(lines, sb);
    return sb.toString();
  }

  /**
   * Appends one top-level block to the text of a file of blocks: the same text as {@link #file}
   * of them all. A blank line sets blocks apart and ends every alignment chain, so each block
   * prints alone.
   */
  public static void append(Block b, StringBuilder out) {
    if (out.length() > 0) out.append('\n');
    List<Line> lines = new ArrayList<>();
    item(b, 0, lines);
    render(lines, out);
  }

  /** One line: indent depth, {@code lead} (the name, or the whole text) and, for an assignment, its value. */
  private record Line(int depth, String lead, Expr value) {}

  private static void item(Item i, int depth, List<Line> out) {
    if (i instanceof Blank) {
      out.add(BLANK);
    } else if (i instanceof Comment c) {
      out.add(new Line(depth, "# " + c.text(), null));
    } else if (i instanceof Attr a) {
      assignment(depth, a.name(), a.value(), out);
    } else if (i instanceof Block b) {
      StringBuilder head = new StringBuilder(b.type());
      for (String l : b.labels()) quote(l, head.append(' '));
      if (b.body().isEmpty()) {
        out.add(new Line(depth, head.append(" {}").toString(), null));
        return;
      }
      out.add(new Line(depth, head.append(" {").toString(), null));
      for (Item x : b.body()) item(x, depth + 1, out);
      out.add(new Line(depth, "}", null));
    }
  }

  private static void assignment(int depth, String name, Expr value, List<Line> out) {
    if (value instanceof MapOf m && !m.entries().isEmpty()) {
      out.add(new Line(depth, name + " = {", null));
      for (Map.Entry<String, Expr> e : m.entries().entrySet()) assignment(depth + 1, key(e.getKey()), e.getValue(), out);
      out.add(new Line(depth, "}", null));
    } else if (value instanceof ListOf l && l.multiline() && !l.items().isEmpty()) {
      out.add(new Line(depth, name + " = [", null));
      for (Expr e : l.items()) out.add(new Line(depth + 1, inline(e) + ",", null));
      out.add(new Line(depth, "]", null));
    } else {
      out.add(new Line(depth, name, value));
    }
  }

  /** An expression on one line. */
  public static String inline(Expr e) {
    StringBuilder sb = new StringBuilder();
    inline(e, sb);
    return sb.toString();
  }

  private static void inline(Expr e, StringBuilder sb) {
    if (e instanceof Str s) {
      quote(s.value(), sb);
    } else if (e instanceof Raw r) {
      sb.append(r.text());
    } else if (e instanceof ListOf l) {
      sb.append('[');
      for (int i = 0; i < l.items().size(); i++) inline(l.items().get(i), i == 0 ? sb : sb.append(", "));
      sb.append(']');
    } else {
      MapOf m = (MapOf) e;
      if (m.entries().isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{ ");
      boolean first = true;
      for (Map.Entry<String, Expr> x : m.entries().entrySet()) {
        if (!first) sb.append(", ");
        first = false;
        inline(x.getValue(), sb.append(key(x.getKey())).append(" = "));
      }
      sb.append(" }");
    }
  }

  /** An object key: bare when an identifier that is not a keyword, else quoted. */
  private static String key(String k) {
    return identifier(k) && !KEYWORDS.contains(k) ? k : quote(k);
  }

  /** [A-Za-z_][A-Za-z0-9_]* */
  private static boolean identifier(String k) {
    if (k.isEmpty()) return false;
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
      if (!ok) return false;
    }
    return true;
  }

  /** A quoted HCL string literal that stands for exactly {@code s}: no interpolation, no directive. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    quote(s, sb);
    return sb.toString();
  }

  private static void quote(String s, StringBuilder sb) {
    sb.append('"');
    if (plain(s)) { // the common case (names, CIDRs, ids): appended whole
      sb.append(s).append('"');
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '"' -> sb.append("\\\"");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '$' -> sb.append(next == '{' ? "$$" : "$");
        case '%' -> sb.append(next == '{' ? "%%" : "%");
        default -> {
          if (c < 0x20 || c == 0x7f) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    sb.append('"');
  }

  /**
   * Nothing in {@code s} needs escaping. Scans a copy of the chars: with the C1 compiler the
   * launcher picks, a loop over an array costs a fraction of one over charAt.
   */
  private static boolean plain(String s) {
    for (char c : s.toCharArray()) {
      if (c < 0x20 || c == 0x7f || c == '\\' || c == '"' || c == '$' || c == '%') return false;
    }
    return true;
  }

  private static void render(List<Line> lines, StringBuilder sb) {
    int[] pad = new int[lines.size()];
    int start = -1;
    int max = 0;
    for (int i = 0; i <= lines.size(); i++) {
      Line l = i < lines.size() ? lines.get(i) : null;
      if (l == null || l.value() == null) {
        if (start >= 0) {
          for (int j = start; j < i; j++) pad[j] = max - width(lines.get(j)) + 1;
        }
        start = -1;
        max = 0;
      } else {
        if (start < 0) start = i;
        max = Math.max(max, width(l));
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      spaces(sb, 2 * l.depth());
      sb.append(l.lead());
      if (l.value() != null) {
        spaces(sb, pad[i]);
        inline(l.value(), sb.append("= "));
      }
      sb.append('\n');
    }
  }

  private static void spaces(StringBuilder sb, int n) {
    for (int i = 0; i < n; i++) sb.append(' ');
  }

  /** The width of a line's indent and name as hclwrite counts it: bytes, not characters. */
  private static int width(Line l) {
    String lead = l.lead();
    for (char c : lead.toCharArray()) {
      if (c >= 0x80) return 2 * l.depth() + lead.getBytes(StandardCharsets.UTF_8).length; // rare
    }
    return 2 * l.depth() + lead.length();
  }
}
