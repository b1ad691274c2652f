package io.vpcplan.inventory;

import io.vpcplan.io.YNode;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LZA {@code {{ NAME }}} placeholders, replaced in the raw text before it is parsed (an unquoted
 * placeholder is not even valid YAML: it reads as a flow mapping). Replacements stay on their line,
 * so line numbers stay exact. A placeholder with no value becomes a marker that reads as a plain
 * scalar; whoever uses such a value gets an error naming the placeholder ({@link #check}).
 */
final class LzaPlaceholders {
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*\\}\\}");
  private static final Pattern MARKER = Pattern.compile("__unresolved_([0-9a-f]+)__");

  private LzaPlaceholders() {}

  /** A value: a String, or the items of a StringList. */
  record Value(String text, java.util.List<String> items) {}

  /** The text with every known placeholder replaced and every unknown one marked. */
  static String substitute(String text, Map<String, Value> values) {
    if (text.indexOf("{{") < 0) return text;
    StringBuilder out = new StringBuilder(text.length());
    Matcher m = PLACEHOLDER.matcher(text);
    int last = 0;
    while (m.find()) {
      int start = m.start(), end = m.end();
      char before = start > 0 ? text.charAt(start - 1) : '\n';
      char after = end < text.length() ? text.charAt(end) : '\n';
      boolean quoted = (before == '\'' || before == '"') && after == before;
      boolean alone = quoted || (" \t:-[,\n".indexOf(before) >= 0 && " \t,]}#\r\n".indexOf(after) >= 0);
      Value v = values.get(m.group(1));
      String replacement;
      if (v == null) {
        replacement = marker(m.group(1));
      } else if (v.items() != null) {
        if (alone) {
          if (quoted) start--;
          if (quoted) end++;
          StringBuilder list = new StringBuilder("[");
          for (String item : v.items()) list.append(list.length() > 1 ? ", " : "").append(quote(item));
          replacement = list.append(']').toString();
        } else {
          replacement = oneLine(String.join(",", v.items()));
        }
      } else if (quoted) {
        replacement = before == '\'' ? oneLine(v.text()).replace("'", "''") : oneLine(v.text()).replace("\"", "\\\"");
      } else {
        replacement = alone ? quote(v.text()) : oneLine(v.text());
      }
      out.append(text, last, start).append(replacement);
      last = end;
    }
    return out.append(text, last, text.length()).toString();
  }

  private static String quote(String s) {
    return "'" + oneLine(s).replace("'", "''") + "'";
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ');
  }

  static String marker(String name) {
    return "__unresolved_" + HexFormat.of().formatHex(name.getBytes(StandardCharsets.UTF_8)) + "__";
  }

  /** The first unresolved placeholder's name in {@code s}, or null. */
  static String unresolved(String s) {
    if (s == null || s.indexOf("__unresolved_") < 0) return null;
    Matcher m = MARKER.matcher(s);
    return m.find() ? new String(HexFormat.of().parseHex(m.group(1)), StandardCharsets.UTF_8) : null;
  }

  /** The scalar's text; an error naming the placeholder when it holds one that has no value. */
  static String check(YNode n) {
    String s = n.asText();
    String name = unresolved(s);
    if (name != null) throw n.error(unresolvedMessage(name));
    return s;
  }

  static String unresolvedMessage(String name) {
    return "placeholder {{ " + name + " }} has no value; give it in replacements-config.yaml beside this file "
        + "(globalReplacements: - key: " + name + ", type: String, value: ...) or with --set " + name + "=VALUE";
  }

  /** A problem text with markers shown as the placeholders they stand for. */
  static String explain(String problem) {
    String name = unresolved(problem);
    if (name == null) return problem;
    return unresolvedMessage(name);
  }
}
