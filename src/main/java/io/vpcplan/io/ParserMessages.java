package io.vpcplan.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jackson's and SnakeYAML's parse messages, cut to what a user can act on (the location is already in front). */
public final class ParserMessages {
  private static final Pattern SOURCE = Pattern.compile(
      "\\s*\\(start marker at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");
  private static final Pattern REST = Pattern.compile("\\s*\\[Source: [^\\]]*\\]");
  /** SnakeYAML's mark line: " in 'reader', line 2, column 8:", followed by a snippet and a caret line. */
  private static final Pattern MARK = Pattern.compile("in '[^']*', line (\\d+), column (\\d+):?");

  private ParserMessages() {}

  /**
   * Where SnakeYAML found the problem (its last mark, 1-based), or {@code null}: more precise than the
   * parser's location, which is where the last good token ended (the line before a stray tab).
   */
  public static int[] problemMark(String message) {
    if (message == null) return null;
    int[] at = null;
    for (String line : message.split("\\R")) {
      Matcher m = MARK.matcher(line.strip());
      if (m.matches()) at = new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
    return at;
  }

  /**
   * One line. SnakeYAML says what it was doing ("while parsing a flow sequence") on the first line and
   * what is wrong ("expected ',' or ']'") on a later one: both are kept, the first with where it began.
   */
  public static String clean(String message) {
    if (message == null || message.isBlank()) return "syntax error";
    String[] lines = message.strip().split("\\R");
    List<String> parts = new ArrayList<>();
    String began = "";
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      Matcher mark = MARK.matcher(l);
      if (mark.matches()) {
        if (parts.size() == 1 && began.isEmpty()) began = " (from line " + mark.group(1) + ", column " + mark.group(2) + ")";
        if (i + 2 < lines.length && lines[i + 2].strip().equals("^")) i += 2; // the snippet and its caret
        continue;
      }
      if (l.isEmpty() || l.equals("^") || l.startsWith("at [Source:")) continue;
      Matcher m = SOURCE.matcher(l);
      l = m.replaceAll(r -> " (opened at line " + r.group(1) + ", column " + r.group(2) + ")");
      l = REST.matcher(l).replaceAll("");
      if (!l.isEmpty()) parts.add(l);
    }
    if (parts.isEmpty()) return "syntax error";
    if (parts.size() == 1) return parts.get(0);
    return parts.get(0) + began + ": " + String.join("; ", parts.subList(1, parts.size()));
  }
}
