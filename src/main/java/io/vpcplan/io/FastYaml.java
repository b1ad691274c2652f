package io.vpcplan.io;

import io.vpcplan.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the plain subset of YAML that designs are written in (block mappings and lists, one-line
 * flow collections, plain and simply quoted scalars, comments) straight into {@link YNode}s,
 * several times faster and with a fraction of the garbage of the full parser. Anything else
 * (anchors, tags, block or multi-line scalars, tabs, errors of any kind) returns null, and the
 * caller reads the text with the full parser, which also words every error.
 * FastYamlTest checks that both give the same tree, locations included, on every YAML file in the repository.
 */
final class FastYaml {
  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  private static final Unsupported NO = new Unsupported();
  private final String file;
  private final String s;
  private final int n;
  private int pos;
  private int line = 1;
  private int lineStart;
  private int depth;

  private FastYaml(String file, String text) {
    this.file = file;
    this.s = text;
    this.n = text.length();
  }

  /** The tree, or null when the text needs the full parser. */
  static YNode parse(String file, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? c != '\n' : c >= 0x7F && (c < 0xA0 || c >= 0x2028 && (c <= 0x2029 || c >= 0xD800 && c < 0xE000 || c >= 0xFEFF))) {
        return null; // tabs, CR, NEL and other line breaks, surrogates, BOM: the full parser's business
      }
    }
    FastYaml y = new FastYaml(file, text);
    try {
      int ind = y.nextContent();
      if (ind != 0 || y.s.startsWith("---", y.pos) || y.s.charAt(y.pos) == '%') return null;
      YNode root = y.block(0, "");
      return y.nextContent() < 0 ? root : null;
    } catch (Unsupported e) {
      return null;
    }
  }

  private Location here() {
    return new Location(file, line, pos - lineStart + 1);
  }

  private char at(int i) {
    return i < n ? s.charAt(i) : '\n';
  }

  /** Moves to the first character of the next line with content; its indent, or -1 at the end. */
  private int nextContent() {
    while (true) {
      while (pos < n && s.charAt(pos) == ' ') pos++;
      if (pos >= n) return -1;
      char c = s.charAt(pos);
      if (c != '\n' && c != '#') return pos - lineStart; // only blanks stand before it on its line
      while (pos < n && s.charAt(pos) != '\n') pos++;
      if (pos < n) newline();
    }
  }

  private void newline() {
    pos++;
    line++;
    lineStart = pos;
  }

  private int indent() {
    return pos - lineStart;
  }

  /** The rest of the line after a value: blanks, then an optional comment, then the line break. */
  private void endOfLine() {
    int p = pos;
    while (p < n && s.charAt(p) == ' ') p++;
    if (p < n && s.charAt(p) == '#' && s.charAt(p - 1) == ' ') while (p < n && s.charAt(p) != '\n') p++;
    if (p < n && s.charAt(p) != '\n') throw NO;
    pos = p;
    if (pos < n) newline();
  }

  private YNode block(int ind, Object path) {
    if (++depth > 50) throw NO; // the full parser refuses nesting deeper than 200 levels, with its message
    if (s.charAt(pos) == '-' && isBlank(at(pos + 1))) {
      YNode l = list(ind, path);
      depth--;
      return l;
    }
    if (keyEnd(pos) < 0) throw NO; // a scalar document, or a value the full parser must judge
    YNode b = map(ind, path);
    depth--;
    return b;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\n';
  }

  private YNode list(int ind, Object path) {
    Location at = here();
    List<YNode> items = new ArrayList<>();
    while (true) {
      Object childPath = new YNode.PathRef(path, null, items.size());
      pos++; // the '-'
      while (at(pos) == ' ') pos++;
      char c = at(pos);
      if (c == '\n' || c == '#') throw NO; // an item on the lines below, or an empty item
      if (c == '-' && isBlank(at(pos + 1))) throw NO;
      if (keyEnd(pos) >= 0) {
        items.add(map(indent(), childPath));
      } else {
        items.add(inline(childPath));
        endOfLine();
      }
      int next = nextContent();
      if (next > ind) throw NO;
      if (next < ind || s.charAt(pos) != '-' || !isBlank(at(pos + 1))) break;
    }
    return new YNode(YNode.Kind.LIST, path, at, null, null, items);
  }

  private YNode map(int ind, Object path) {
    Location at = here();
    Map<String, YNode> m = new LinkedHashMap<>();
    while (true) {
      int colon = keyEnd(pos);
      if (colon < 0) throw NO;
      String key = key(colon);
      Object childPath = new YNode.PathRef(path, key, 0);
      pos = colon + 1;
      while (at(pos) == ' ') pos++;
      YNode value;
      char c = at(pos);
      if (c == '\n' || c == '#') {
        endOfLine();
        int next = nextContent();
        if (next > ind) value = block(next, childPath);
        else throw NO; // an empty value, or a list at the key's own indent
      } else {
        value = inline(childPath);
        endOfLine();
        if (nextContent() > ind) throw NO;
      }
      if (m.put(key, value) != null) throw NO; // duplicate keys get the full parser's located error
      int next = nextContent();
      if (next > ind) throw NO;
      if (next < ind) break;
      if (s.charAt(pos) == '-' && isBlank(at(pos + 1))) throw NO;
    }
    return new YNode(YNode.Kind.MAP, path, at, null, m, null);
  }

  /** Where the ':' of a "key: " at p is, or -1 when the line at p is not a simple key. */
  private int keyEnd(int p) {
    char c = at(p);
    if (c == '"' || c == '\'') {
      int q = quoteEnd(p);
      while (at(q) == ' ') q++;
      return at(q) == ':' && isBlank(at(q + 1)) ? q : -1;
    }
    if (!plainStart(p)) return -1;
    for (int i = p; i < n; i++) {
      c = s.charAt(i);
      if (c == '\n' || c == '#' && s.charAt(i - 1) == ' ') return -1;
      if (c == ':' && isBlank(at(i + 1))) return i;
      if ("[]{},".indexOf(c) >= 0) return -1;
    }
    return -1;
  }

  private String key(int colon) {
    char c = s.charAt(pos);
    if (c == '"' || c == '\'') return quoted();
    int end = colon;
    while (s.charAt(end - 1) == ' ') end--;
    String k = s.substring(pos, end);
    if (isNullWord(k)) throw NO;
    return k;
  }

  private boolean plainStart(int p) {
    char c = at(p);
    if ("-?:".indexOf(c) >= 0) return !isBlank(at(p + 1)) && ",[]{}".indexOf(at(p + 1)) < 0;
    return ",[]{}#&*!|>'\"%@`\n ".indexOf(c) < 0;
  }

  private static boolean isNullWord(String v) {
    return v.equals("null") || v.equals("Null") || v.equals("NULL") || v.equals("~");
  }

  /** A value that starts on this line and ends on it: a flow collection, a quoted or a plain scalar. */
  private YNode inline(Object path) {
    char c = s.charAt(pos);
    if (c == '{' || c == '[') return flow(path);
    Location at = here();
    if (c == '"' || c == '\'') return scalar(path, at, quoted());
    if (!plainStart(pos)) throw NO;
    int start = pos;
    while (pos < n && s.charAt(pos) != '\n' && !(s.charAt(pos) == '#' && s.charAt(pos - 1) == ' ')) {
      if (s.charAt(pos) == ':' && isBlank(at(pos + 1))) throw NO;
      pos++;
    }
    int end = pos;
    while (s.charAt(end - 1) == ' ') end--;
    pos = end;
    return plain(path, at, s.substring(start, end));
  }

  private static YNode scalar(Object path, Location at, String v) {
    return new YNode(YNode.Kind.SCALAR, path, at, v, null, null);
  }

  private static YNode plain(Object path, Location at, String v) {
    return isNullWord(v) ? new YNode(YNode.Kind.NULL, path, at, null, null, null) : scalar(path, at, v);
  }

  /** A one-line flow mapping or list, with scalar or flow values. */
  private YNode flow(Object path) {
    if (++depth > 50) throw NO;
    Location at = here();
    boolean isMap = s.charAt(pos) == '{';
    char close = isMap ? '}' : ']';
    pos++;
    Map<String, YNode> m = isMap ? new LinkedHashMap<>() : null;
    List<YNode> l = isMap ? null : new ArrayList<>();
    while (at(pos) == ' ') pos++;
    if (at(pos) != close) {
      while (true) {
        if (isMap) {
          String key = flowKey();
          if (m.put(key, flowValue(new YNode.PathRef(path, key, 0))) != null) throw NO;
        } else {
          l.add(flowValue(new YNode.PathRef(path, null, l.size())));
        }
        while (at(pos) == ' ') pos++;
        char c = at(pos);
        if (c == close) break;
        if (c != ',') throw NO;
        pos++;
        while (at(pos) == ' ') pos++;
        if (at(pos) == close || at(pos) == ',') throw NO; // a trailing or doubled comma
      }
    }
    pos++;
    depth--;
    return isMap ? new YNode(YNode.Kind.MAP, path, at, null, m, null) : new YNode(YNode.Kind.LIST, path, at, null, null, l);
  }

  private String flowKey() {
    String key;
    char c = at(pos);
    if (c == '"' || c == '\'') {
      key = quoted();
    } else {
      int start = pos;
      key = flowPlain();
      if (key.isEmpty() || isNullWord(key) || !plainStart(start)) throw NO;
    }
    if (at(pos) != ':' || at(pos + 1) != ' ') throw NO;
    pos += 2;
    while (at(pos) == ' ') pos++;
    return key;
  }

  private YNode flowValue(Object path) {
    char c = at(pos);
    if (c == '{' || c == '[') return flow(path);
    Location at = here();
    if (c == '"' || c == '\'') return scalar(path, at, quoted());
    if (!plainStart(pos)) throw NO;
    String v = flowPlain();
    if (at(pos) == ':') throw NO;
    return plain(path, at, v);
  }

  /** A plain scalar inside a flow collection; stops before ':', ',', a bracket or a comment. */
  private String flowPlain() {
    int start = pos;
    while (true) {
      char c = at(pos);
      if (c == '\n' || c == ':' || c == ',' || "[]{}".indexOf(c) >= 0 || c == '#' && s.charAt(pos - 1) == ' ') break;
      pos++;
    }
    int end = pos;
    while (end > start && s.charAt(end - 1) == ' ') end--;
    if (at(pos) == '\n' || at(pos) == '#') throw NO; // the collection goes on past this line
    return s.substring(start, end);
  }

  /** A quoted scalar on one line; single quotes double themselves, double quotes know \" and \\. */
  private String quoted() {
    char q = s.charAt(pos);
    int end = quoteEnd(pos);
    String body = s.substring(pos + 1, end - 1);
    pos = end;
    if (q == '\'') return body.indexOf('\'') < 0 ? body : body.replace("''", "'");
    if (body.indexOf('\\') < 0) return body;
    StringBuilder sb = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\') {
        char e = body.charAt(++i);
        if (e != '"' && e != '\\' && e != '/') throw NO; // other escapes: the full parser
        c = e;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** The index just past the closing quote of the quoted scalar at p (same line only). */
  private int quoteEnd(int p) {
    char q = s.charAt(p);
    for (int i = p + 1; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n') throw NO;
      if (q == '\'' && c == '\'') {
        if (at(i + 1) != '\'') return i + 1;
        i++;
      } else if (q == '"' && c == '\\') {
        i++;
      } else if (q == '"' && c == '"') {
        return i + 1;
      }
    }
    throw NO;
  }
}
