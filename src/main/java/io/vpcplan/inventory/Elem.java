package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.CidrParseException;
import io.vpcplan.model.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One element of a describe-* array being read: typed access to its values that never throws on
 * bad data but notes the problem with its file:line:column, so one bad element becomes one
 * INVENTORY_ELEMENT finding and the rest of the file is still read.
 */
final class Elem {
  final FileContext ctx;
  final Location at;
  /** "Subnets[12]": built only when a finding needs it (hundreds of thousands of elements are read). */
  private String path;
  private final String key;
  private final int index;
  private List<String> problems;
  private Location problemAt;

  Elem(FileContext ctx, Location at, String path) {
    this(ctx, at, path, -1);
  }

  /** The element {@code key[index]}; with a negative index, {@code key} is the whole path. */
  Elem(FileContext ctx, Location at, String key, int index) {
    this.ctx = ctx;
    this.at = at;
    this.key = key;
    this.index = index;
  }

  String path() {
    if (path == null) path = index < 0 ? key : key + "[" + index + "]";
    return path;
  }

  Location here(JsonParser p) {
    return Jp.loc(ctx.file(), p);
  }

  void problem(JsonParser p, String field, String message) {
    if (problems == null) {
      problems = new ArrayList<>(2);
      problemAt = here(p);
    }
    problems.add(field + ": " + message);
  }

  /** Called at the end when a required value is missing; not again when it was there but wrong. */
  void missing(String field) {
    if (problems != null) {
      for (String q : problems) {
        if (q.startsWith(field) && q.startsWith(": ", field.length())) return;
      }
    }
    if (problems == null) {
      problems = new ArrayList<>(2);
      problemAt = at;
    }
    problems.add(field + ": missing");
  }

  boolean ok() {
    return problems == null;
  }

  /** The current value as text; null (with a problem for non-null wrong types) otherwise. */
  String str(JsonParser p, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) return p.getText();
    if (t == JsonToken.VALUE_NULL) return null;
    problem(p, field, "expected a string, found " + Jp.describe(p));
    p.skipChildren();
    return null;
  }

  boolean bool(JsonParser p, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) return t == JsonToken.VALUE_TRUE;
    if (t == JsonToken.VALUE_NULL) return false;
    problem(p, field, "expected true or false, found " + Jp.describe(p));
    p.skipChildren();
    return false;
  }

  long num(JsonParser p, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) return p.getLongValue();
    if (t == JsonToken.VALUE_NULL) return 0;
    problem(p, field, "expected a whole number, found " + Jp.describe(p));
    p.skipChildren();
    return 0;
  }

  /** A CIDR string; null with a problem (saying how to fix it) when it is not one. */
  Cidr cidr(JsonParser p, String field) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      Cidr c = FastCidr.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (c != null) return c;
    }
    String s = str(p, field);
    if (s == null) return null;
    try {
      return Cidr.parse(s);
    } catch (CidrParseException e) {
      if (problems == null) {
        problems = new ArrayList<>(2);
        problemAt = here(p); // reading the text does not move the parser off the value
      }
      problems.add(field + ": " + e.getMessage());
      return null;
    }
  }

  /**
   * Whether the current value is the string {@code wanted} (in any case when {@code anyCase}),
   * compared in the parser's characters; {@code otherwise} for null, and for a wrong type (a
   * problem, as {@link #str} notes). States and tag keys need no String of their own.
   */
  boolean textIs(JsonParser p, String field, String wanted, boolean anyCase, boolean otherwise) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      str(p, field);
      return otherwise;
    }
    char[] b = p.getTextCharacters();
    int off = p.getTextOffset();
    int n = p.getTextLength();
    if (n != wanted.length()) return false;
    for (int i = 0; i < n; i++) {
      char c = b[off + i];
      char w = wanted.charAt(i);
      if (c != w && !(anyCase && sameIgnoringCase(c, w))) {
        return false;
      }
    }
    return true;
  }

  /** As String.equalsIgnoreCase compares one character. */
  private static boolean sameIgnoringCase(char c, char w) {
    char uc = Character.toUpperCase(c);
    char uw = Character.toUpperCase(w);
    return uc == uw || Character.toLowerCase(uc) == Character.toLowerCase(uw);
  }

  Finding finding(String id) {
    String what = path() + (id == null || id.isEmpty() ? "" : " (" + id + ")");
    return Finding.of(Code.INVENTORY_ELEMENT, Severity.ERROR, what + ": " + String.join("; ", problems)
        + "; the element is skipped, fix the export and run again", problemAt);
  }
}
