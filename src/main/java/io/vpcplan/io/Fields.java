package io.vpcplan.io;

import io.vpcplan.model.Suggest;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.CidrParseException;
import io.vpcplan.model.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Typed, located access to the keys of one mapping; unknown keys are errors with a suggestion. */
public final class Fields {
  private final YNode node;
  private final Map<String, YNode> map;

  public Fields(YNode node, Set<String> allowed) {
    this.node = node;
    this.map = node.asMap();
    for (Map.Entry<String, YNode> e : map.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw e.getValue().error("unknown key '" + e.getKey() + "'" + Suggest.hint(e.getKey(), allowed));
      }
    }
  }

  public YNode node() {
    return node;
  }

  public boolean has(String key) {
    YNode n = map.get(key);
    return n != null && !n.isNull();
  }

  public YNode get(String key) {
    return map.get(key);
  }

  public YNode required(String key) {
    YNode n = map.get(key);
    if (n == null || n.isNull()) {
      String where = node.path().isEmpty() ? "" : node.path() + ".";
      throw new InputException(node.location(), where + key, "missing required key '" + key + "'");
    }
    return n;
  }

  public String text(String key, String dflt) {
    return has(key) ? map.get(key).asText().strip() : dflt;
  }

  public String requiredText(String key) {
    String s = required(key).asText().strip();
    if (s.isEmpty()) throw map.get(key).error("must not be empty");
    return s;
  }

  /** A name: letters, digits, '-', '_', '.'; used as an identifier in output and generated code. */
  public String name(String key) {
    String s = requiredText(key);
    if (!isName(s)) {
      throw map.get(key).error("'" + s + "' is not a valid name; use ASCII letters (a-z, A-Z), digits, '-', '_' or '.', starting with a letter or digit");
    }
    return s;
  }

  /** [A-Za-z0-9][A-Za-z0-9._-]{0,127}, checked by hand: a design of 10,000 VPCs has 20,000 names. */
  static boolean isName(String s) {
    int n = s.length();
    if (n == 0 || n > 128) return false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || i > 0 && (c == '.' || c == '_' || c == '-');
      if (!ok) return false;
    }
    return true;
  }

  public int integer(String key, int dflt, int min, int max) {
    if (!has(key)) return dflt;
    YNode n = map.get(key);
    String s = n.asText().strip();
    int v;
    try {
      v = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      if (s.matches("[-+]?\\d+")) throw n.error(s + " is out of range; use " + min + "-" + max); // too many digits for an int
      throw n.error("'" + s + "' is not a whole number");
    }
    if (v < min || v > max) throw n.error(v + " is out of range; use " + min + "-" + max);
    return v;
  }

  public double number(String key, double dflt, double min) {
    if (!has(key)) return dflt;
    YNode n = map.get(key);
    String s = n.asText().strip();
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw n.error("'" + s + "' is not a number");
    }
    if (Double.isNaN(v) || Double.isInfinite(v) || v < min) throw n.error(s + " must be a number >= " + min);
    return v;
  }

  public boolean bool(String key, boolean dflt) {
    if (!has(key)) return dflt;
    YNode n = map.get(key);
    String s = n.asText().strip().toLowerCase(java.util.Locale.ROOT);
    return switch (s) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw n.error("'" + n.asText() + "' is not true or false");
    };
  }

  public Cidr cidr(String key) {
    return parseCidr(required(key));
  }

  public static Cidr parseCidr(YNode n) {
    try {
      return Cidr.parse(n.asText());
    } catch (CidrParseException e) {
      throw n.error(e.getMessage());
    }
  }

  public List<YNode> list(String key) {
    return has(key) ? map.get(key).asList() : List.of();
  }

  public List<String> texts(String key) {
    List<String> out = new ArrayList<>();
    for (YNode n : list(key)) out.add(n.asText().strip());
    return out;
  }
}
