package io.vpcplan.inventory;

import io.vpcplan.model.Location;
import java.nio.charset.StandardCharsets;

/**
 * A strict cursor over the bytes of one describe-* file, for {@link FastDescribe}. It takes only
 * plain ASCII JSON without escapes (lines ending in LF or CRLF; a UTF-8 byte order mark at the
 * start): anything else, and anything not well-formed, throws {@link #BAIL}, and the file is read
 * by the streaming parser instead, which gives the same values, or the located error. Lines are
 * counted as Jackson counts them.
 */
final class ByteJson {
  /** Not an error: "read this file the general way". Shared and without a stack trace (it is control flow). */
  static final class Bail extends RuntimeException {
    private Bail() {
      super(null, null, false, false);
    }
  }

  static final Bail BAIL = new Bail();
  private static final int MAX_DEPTH = 100;
  private static final int MAX_NUMBER = 100;
  private static final int MAX_STRING = 50_000;

  final byte[] b;
  private final int end;
  int pos;
  private int line = 1;
  private int lineStart;
  /** The last string read is b[start, stop). */
  int start;
  int stop;

  /** The JSON is b[0, length). */
  ByteJson(byte[] b, int length) {
    this.b = b;
    this.end = length;
  }

  /** Skips blanks and newlines; leaves {@code pos} on the next byte (or the end). */
  void ws() {
    byte[] b = this.b; // locals: the compiler the launcher picks (C1) reloads fields in every turn
    int i = pos, n = end;
    while (i < n) {
      byte c = b[i];
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '\n') {
        i++;
        line++;
        lineStart = i;
      } else if (c == '\r' && i + 1 < n && b[i + 1] == '\n') { // Windows line ends: checked only where a blank run ends
        i += 2;
        line++;
        lineStart = i;
      } else {
        break;
      }
    }
    pos = i;
  }

  /** Skips a UTF-8 byte order mark (Windows tools write one) at the start; the streaming parser skips it too. */
  void bom() {
    if (pos == 0 && end >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) pos = lineStart = 3;
  }

  boolean atEnd() {
    return pos >= end;
  }

  byte peek() {
    if (pos >= end) throw BAIL;
    return b[pos];
  }

  /** Where the token at {@code pos} starts, as the streaming parser reports it (1-based line and column). */
  Location here(String file) {
    return new Location(file, line, pos - lineStart + 1);
  }

  void expect(char c) {
    if (pos >= end || b[pos] != c) throw BAIL;
    pos++;
  }

  /** After a member or item: true on ',' (another follows), false on {@code close}. */
  boolean more(char close) {
    ws();
    byte c = peek();
    pos++;
    if (c == ',') {
      ws();
      return true;
    }
    if (c == close) return false;
    throw BAIL;
  }

  /** On '{' or '[': consumes it; true when the object or list is empty (its end consumed too). */
  boolean open(char open, char close) {
    expect(open);
    ws();
    if (peek() == close) {
      pos++;
      return true;
    }
    return false;
  }

  /** A member's name and its colon; the name is b[start, stop). */
  void key() {
    string();
    ws();
    expect(':');
    ws();
  }

  /** A string value: b[start, stop); no escapes, controls or non-ASCII bytes. */
  void string() {
    byte[] b = this.b;
    int from = pos, n = end;
    if (from >= n || b[from] != '"') throw BAIL;
    int i = ++from;
    while (true) {
      if (i >= n) throw BAIL;
      byte c = b[i];
      if (c == '"') break;
      if (c < 0x20 || c == '\\') throw BAIL; // negative: non-ASCII
      i++;
    }
    if (i - from > MAX_STRING) throw BAIL; // the streaming parser's limits are its own to report
    start = from;
    stop = i;
    pos = i + 1;
  }

  String text() {
    string();
    return new String(b, start, stop - start, StandardCharsets.ISO_8859_1);
  }

  boolean is(byte[] name) {
    int from = start, n = stop - from;
    if (n != name.length) return false;
    byte[] b = this.b;
    for (int i = 0; i < n; i++) if (b[from + i] != name[i]) return false;
    return true;
  }

  /** The index in {@code names} of the last string, or -1: one call for a member's name, not one per name. */
  int which(byte[][] names) {
    int from = start, n = stop - from;
    byte[] b = this.b;
    outer:
    for (int k = 0; k < names.length; k++) {
      byte[] name = names[k];
      if (name.length != n) continue;
      for (int i = 0; i < n; i++) if (b[from + i] != name[i]) continue outer;
      return k;
    }
    return -1;
  }

  /** The last string equals {@code wanted} (ASCII letters in any case): equalsIgnoreCase for ASCII text. */
  boolean isAnyCase(byte[] wanted) {
    int n = stop - start;
    if (n != wanted.length) return false;
    for (int i = 0; i < n; i++) {
      int c = b[start + i], w = wanted[i];
      if (c != w && ((c | 0x20) != (w | 0x20) || (w | 0x20) < 'a' || (w | 0x20) > 'z')) return false;
    }
    return true;
  }

  boolean bool() {
    if (literal(TRUE)) return true;
    if (literal(FALSE)) return false;
    throw BAIL;
  }

  private static final byte[] TRUE = bytes("true");
  private static final byte[] FALSE = bytes("false");
  private static final byte[] NULL = bytes("null");

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private boolean literal(byte[] word) {
    if (pos + word.length > end) return false;
    for (int i = 0; i < word.length; i++) if (b[pos + i] != word[i]) return false;
    pos += word.length;
    delimiter();
    return true;
  }

  /** After a number or literal: the next byte must end it (as "truex" or "12a" is an error). */
  private void delimiter() {
    if (pos >= end) return;
    byte c = b[pos];
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != ',' && c != '}' && c != ']') throw BAIL;
  }

  /** Skips one value of any kind, checking that it is well-formed. */
  void skip() {
    skip(0);
  }

  private void skip(int depth) {
    if (depth > MAX_DEPTH) throw BAIL;
    byte c = peek();
    if (c == '"') {
      string();
    } else if (c == '{') {
      if (open('{', '}')) return;
      do {
        key();
        skip(depth + 1);
      } while (more('}'));
    } else if (c == '[') {
      if (open('[', ']')) return;
      do skip(depth + 1); while (more(']'));
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      number();
    } else if (!literal(TRUE) && !literal(FALSE) && !literal(NULL)) {
      throw BAIL;
    }
  }

  /** -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
  private void number() {
    int from = pos;
    if (b[pos] == '-') pos++;
    if (peek() == '0') pos++;
    else if (digits() == 0) throw BAIL;
    if (pos < end && b[pos] == '.') {
      pos++;
      if (digits() == 0) throw BAIL;
    }
    if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
      pos++;
      if (pos < end && (b[pos] == '+' || b[pos] == '-')) pos++;
      if (digits() == 0) throw BAIL;
    }
    if (pos - from > MAX_NUMBER) throw BAIL;
    delimiter();
  }

  private int digits() {
    int from = pos;
    while (pos < end && b[pos] >= '0' && b[pos] <= '9') pos++;
    return pos - from;
  }
}
