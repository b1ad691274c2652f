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
import java.util.regex.Pattern;

/**
 * Prints HCL as terraform fmt does: two-space indent, and the '=' of consecutive single-line
 * assignments aligned. Like hclwrite, alignment works on the flat list of lines: a chain is a run
 * of lines that each hold a complete "name = value"; any other line (blank, comment, a block
 * opening or closing, "name = {" opening a multi-line value, a list item) ends the chain.
 */
public final class HclWriter {
  private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "for", "in", "if");

  private HclWriter() {}

  /** A whole file: top-level blocks and comments, one blank line between blocks. */
  public static String file(List<? extends Item> items) {
    List<Line> lines = new ArrayList<>();
    Item prev = null;
    for (Item i : items) {
      if (prev != null && !(prev instanceof Comment && i instanceof Comment)) lines.add(new Line("", null));
      item(i, 0, lines);
      prev = i;
    }
    return render(lines);
  }

  /**
   * One top-level item alone. A file is its items joined by {@link #join}: items are set apart by
   * a blank line, which ends every alignment chain, so an item prints the same alone as in its file.
   */
  public static String block(Item i) {
    List<Line> lines = new ArrayList<>();
    item(i, 0, lines);
    return render(lines);
  }

  /** A file of top-level blocks printed by {@link #block}: the same text as {@link #file} of the blocks. */
  public static String join(List<String> blocks) {
    return String.join("\n", blocks);
  }

  /** One line: {@code lead} (indent and name, or the whole text) and, for an assignment, "= value". */
  private record Line(String lead, String assign) {}

  private static void item(Item i, int depth, List<Line> out) {
    String ind = "  ".repeat(depth);
    if (i instanceof Blank) {
      out.add(new Line("", null));
    } else if (i instanceof Comment c) {
      out.add(new Line(ind + "# " + c.text(), null));
    } else if (i instanceof Attr a) {
      assignment(ind + a.name(), a.value(), depth, out);
    } else if (i instanceof Block b) {
      StringBuilder head = new StringBuilder(ind).append(b.type());
      for (String l : b.labels()) head.append(' ').append(quote(l));
      if (b.body().isEmpty()) {
        out.add(new Line(head + " {}", null));
        return;
      }
      out.add(new Line(head + " {", null));
      for (Item x : b.body()) item(x, depth + 1, out);
      out.add(new Line(ind + "}", null));
    }
  }

  private static void assignment(String lead, Expr value, int depth, List<Line> out) {
    String ind = "  ".repeat(depth);
    if (value instanceof MapOf m && !m.entries().isEmpty()) {
      out.add(new Line(lead + " = {", null));
      for (Map.Entry<String, Expr> e : m.entries().entrySet()) {
        assignment(ind + "  " + key(e.getKey()), e.getValue(), depth + 1, out);
      }
      out.add(new Line(ind + "}", null));
    } else if (value instanceof ListOf l && l.multiline() && !l.items().isEmpty()) {
      out.add(new Line(lead + " = [", null));
      for (Expr e : l.items()) out.add(new Line(ind + "  " + inline(e) + ",", null));
      out.add(new Line(ind + "]", null));
    } else {
      out.add(new Line(lead, "= " + inline(value)));
    }
  }

  /** An expression on one line. */
  public static String inline(Expr e) {
    if (e instanceof Str s) return quote(s.value());
    if (e instanceof Raw r) return r.text();
    if (e instanceof ListOf l) {
      List<String> parts = l.items().stream().map(HclWriter::inline).toList();
      return "[" + String.join(", ", parts) + "]";
    }
    MapOf m = (MapOf) e;
    if (m.entries().isEmpty()) return "{}";
    List<String> parts = new ArrayList<>();
    m.entries().forEach((k, v) -> parts.add(key(k) + " = " + inline(v)));
    return "{ " + String.join(", ", parts) + " }";
  }

  private static String key(String k) {
    return IDENT.matcher(k).matches() && !KEYWORDS.contains(k) ? k : quote(k);
  }

  /** A quoted HCL string literal that stands for exactly {@code s}: no interpolation, no directive. */
  public static String quote(String s) {
    if (plain(s)) return "\"" + s + "\"";
    StringBuilder sb = new StringBuilder("\"");
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
    return sb.append('"').toString();
  }

  /** Nothing in {@code s} needs escaping (the common case: names, CIDRs, ids). */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\' || c == '"' || c == '$' || c == '%') return false;
    }
    return true;
  }

  private static String render(List<Line> lines) {
    int[] pad = new int[lines.size()];
    int start = -1;
    int max = 0;
    for (int i = 0; i <= lines.size(); i++) {
      Line l = i < lines.size() ? lines.get(i) : null;
      if (l == null || l.assign() == null) {
        if (start >= 0) {
          for (int j = start; j < i; j++) pad[j] = max - width(lines.get(j).lead()) + 1;
        }
        start = -1;
        max = 0;
      } else {
        if (start < 0) start = i;
        max = Math.max(max, width(l.lead()));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      sb.append(l.lead());
      if (l.assign() != null) sb.append(" ".repeat(pad[i])).append(l.assign());
      sb.append('\n');
    }
    return sb.toString();
  }

  /** hclwrite counts a token's bytes, not its characters. */
  private static int width(String lead) {
    int n = lead.length();
    for (int i = 0; i < lead.length(); i++) {
      char c = lead.charAt(i);
      if (c >= 0x80) return lead.getBytes(StandardCharsets.UTF_8).length; // rare: count the encoder's way
    }
    return n;
  }
}
