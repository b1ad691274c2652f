package io.vpcplan.generate.cfn;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints the generators' trees (maps, lists, strings, ints, longs, booleans) as the same bytes as
 * {@link CfnYaml} (Jackson over SnakeYAML, block style, lists not indented), without the event
 * machinery that made printing most of the time at 10,000 VPCs. A string that is surely written
 * plain (see {@link #plain}) is copied as it is; any other scalar is printed once by CfnYaml and
 * remembered; a tree holding anything else (text over several lines, nulls, a list in a list, an
 * empty map or list in a list, a key SnakeYAML would write as "? key") is printed by CfnYaml whole.
 * One instance per generator run (it caches); not thread-safe.
 */
final class TreeYaml {
  /** First letters of the words Jackson quotes (true, No, null, y, OFF...; none is longer than 5). */
  private static final String RESERVED_START = "FNOTYfnoty";
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, String> keys = new HashMap<>();
  private static final byte BAD = 1;
  private static final byte COLON = 2;
  /** Per ASCII character: 0 fine anywhere, BAD (controls and , [ ] { } #), COLON. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) ASCII[c] = BAD;
    for (char c : ",[]{}#".toCharArray()) ASCII[c] = BAD;
    ASCII[':'] = COLON;
  }

  private static final String SPACES = " ".repeat(64);
  private final StringBuilder out = new StringBuilder(1 << 16);

  /** Thrown (without a stack trace) when the tree has a shape this printer leaves to CfnYaml. */
  private static final class Unusual extends RuntimeException {
    Unusual() {
      super(null, null, false, false);
    }
  }

  /** The text of {@link CfnYaml#of(Object)}. */
  String of(Map<?, ?> tree) {
    return print("", tree, false);
  }

  /**
   * {@code header} followed by the same text, with {@code Key: 2012-10-17} lines (a letters-only key
   * at the start of its line and a plain date) written {@code Key: "2012-10-17"}, as {@link
   * #quoteDates} does to CfnYaml's text.
   */
  String ofTemplate(String header, Map<?, ?> tree) {
    return print(header, tree, true);
  }

  /** Dates quoted so that no YAML 1.1 reader takes them for timestamps (template and policy versions). */
  static String quoteDates(String yaml) {
    return yaml.replaceAll("(?m)^(\\s*[A-Za-z]+): (\\d{4}-\\d{2}-\\d{2})$", "$1: \"$2\"");
  }

  private String print(String header, Map<?, ?> tree, boolean dates) {
    if (tree.isEmpty()) return header + slow(tree, dates);
    out.setLength(0); // one buffer for the run: it grows once to the largest file rather than per file
    out.append(header);
    try {
      map(tree, 0, false, dates);
      return out.toString();
    } catch (Unusual e) {
      return header + slow(tree, dates);
    }
  }

  private static String slow(Object tree, boolean dates) {
    String s = CfnYaml.of(tree);
    return dates ? quoteDates(s) : s;
  }

  /** A block mapping whose keys start at column {@code indent}; the first key follows "- " when {@code inItem}. */
  private void map(Map<?, ?> m, int indent, boolean inItem, boolean dates) {
    boolean first = true;
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (!(e.getKey() instanceof String k)) throw new Unusual();
      if (!(first && inItem)) spaces(indent);
      String key = key(k);
      out.append(key).append(':');
      Object v = e.getValue();
      if (v instanceof Map<?, ?> sub) {
        if (sub.isEmpty()) {
          out.append(" {}\n");
        } else {
          out.append('\n');
          map(sub, indent + 2, false, dates);
        }
      } else if (v instanceof Collection<?> list) {
        if (list.isEmpty()) {
          out.append(" []\n");
        } else {
          out.append('\n');
          list(list, indent, dates);
        }
      } else {
        String s = scalar(v);
        boolean quote = dates && !(first && inItem) && isDate(s) && letters(key);
        out.append(' ');
        if (quote) out.append('"').append(s).append('"');
        else out.append(s);
        out.append('\n');
      }
      first = false;
    }
  }

  /** A block sequence at column {@code indent} (not indented under its key, as Jackson writes it). */
  private void list(Collection<?> list, int indent, boolean dates) {
    for (Object item : list) {
      spaces(indent);
      out.append("- ");
      if (item instanceof Map<?, ?> m) {
        if (m.isEmpty()) throw new Unusual();
        map(m, indent + 2, true, dates);
      } else if (item instanceof Collection<?>) {
        throw new Unusual();
      } else {
        out.append(scalar(item)).append('\n');
      }
    }
  }

  private void spaces(int n) {
    for (; n > SPACES.length(); n -= SPACES.length()) out.append(SPACES);
    out.append(SPACES, 0, n);
  }

  private String scalar(Object v) {
    if (v instanceof String s) return plain(s, false) ? s : values.computeIfAbsent(s, TreeYaml::printedValue);
    if (v instanceof Integer || v instanceof Long || v instanceof Boolean) return v.toString();
    throw new Unusual();
  }

  private String key(String k) {
    return plain(k, true) ? k : keys.computeIfAbsent(k, TreeYaml::printedKey);
  }

  private static String printedValue(String s) {
    String line = CfnYaml.of(Map.of("k", s));
    if (!line.startsWith("k: ") || !oneLine(line)) throw new Unusual();
    return line.substring(3, line.length() - 1);
  }

  private static String printedKey(String k) {
    String line = CfnYaml.of(Map.of(k, 0));
    if (!line.endsWith(": 0\n") || line.startsWith("? ") || !oneLine(line)) throw new Unusual();
    return line.substring(0, line.length() - 4);
  }

  /**
   * Whether Jackson (MINIMIZE_QUOTES, numbers quoted) and SnakeYAML surely write s plain: printable
   * ASCII starting with a letter, no space at the end, none of , [ ] { } #, every ':' followed by a
   * non-space, not a reserved word (true, no, null, ...: all at most 5 letters); or an address
   * prefix (values only).
   * Anything else goes through CfnYaml, so this may say no too often but never yes wrongly.
   */
  static boolean plain(String s, boolean key) {
    int n = s.length();
    if (n == 0 || (key && n > 100) || s.charAt(n - 1) == ' ') return false;
    char c0 = s.charAt(0);
    boolean letter = (c0 >= 'A' && c0 <= 'Z') || (c0 >= 'a' && c0 <= 'z');
    if (letter ? n <= 5 && RESERVED_START.indexOf(c0) >= 0 : key || !address(s)) return false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > 0x7e) return false;
      if (ASCII[c] == 0) continue;
      if (ASCII[c] == BAD || i + 1 == n || s.charAt(i + 1) == ' ') return false; // else a ':' not at the end nor before a space
    }
    return true;
  }

  /**
   * Strings that start with a digit are plain only in shapes YAML cannot take for a number (Jackson
   * quotes 012 and 0_ and 500000000000): here an IPv4 or IPv6 prefix, digit first, with its '/'.
   */
  private static boolean address(String s) {
    char c0 = s.charAt(0);
    if (c0 < '0' || c0 > '9' || s.indexOf('/') < 0) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '.' || c == ':' || c == '/')) return false;
    }
    return true;
  }

  /** One line ending in its only line break (SnakeYAML may break quoted text at \r, \u0085, \u2028 and \u2029 too). */
  private static boolean oneLine(String line) {
    for (int i = 0; i < line.length() - 1; i++) {
      char c = line.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return false;
    }
    return line.endsWith("\n");
  }

  private static boolean isDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return false;
    for (int i : List.of(0, 1, 2, 3, 5, 6, 8, 9)) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    return true;
  }

  private static boolean letters(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
    }
    return true;
  }
}
