package io.vpcplan.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jackson's parse messages, cut to what a user can act on (the location is already in front). */
public final class ParserMessages {
  private static final Pattern SOURCE = Pattern.compile(
      "\\s*\\(start marker at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");
  private static final Pattern REST = Pattern.compile("\\s*\\[Source: [^\\]]*\\]");

  private ParserMessages() {}

  public static String clean(String message) {
    if (message == null) return "syntax error";
    String first = message.strip();
    int nl = first.indexOf('\n');
    if (nl >= 0) first = first.substring(0, nl).strip();
    Matcher m = SOURCE.matcher(first);
    first = m.replaceAll(r -> " (opened at line " + r.group(1) + ", column " + r.group(2) + ")");
    return REST.matcher(first).replaceAll("");
  }
}
