package io.vpcplan.inventory;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.io.Fields;
import io.vpcplan.io.YNode;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Located access to one LZA mapping. Unlike {@link Fields}, an unknown key is a warning: LZA
 * itself drops "additional properties" errors, so a key vpcplan does not know must not reject
 * the file. Reading problems are {@link InputException}s that {@link #element} turns into findings.
 */
final class LzaFields {
  private final YNode node;
  private final Map<String, YNode> map;

  LzaFields(YNode node, Set<String> allowed, List<Finding> findings) {
    this.node = node;
    this.map = node.asMap();
    for (Map.Entry<String, YNode> e : map.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        YNode v = e.getValue();
        findings.add(Finding.of(Code.INVENTORY_ELEMENT, Severity.WARNING, v.path() + ": unknown key '" + e.getKey()
            + "' is ignored (LZA ignores additional properties too)" + Suggest.hint(e.getKey(), allowed)
            + "; remove it or check its spelling", v.location()));
      }
    }
  }

  /** Reads one element; a problem in it becomes an error finding and the element is skipped (null). */
  static <T> T element(String what, List<Finding> findings, java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (InputException e) {
      String field = e.field().isEmpty() ? "" : e.field() + ": ";
      String problem = LzaPlaceholders.explain(e.problem());
      findings.add(Finding.of(Code.INVENTORY_ELEMENT, Severity.ERROR, field + problem + (problem.endsWith("?") ? " " : "; ")
          + "this " + what + " is skipped, everything else is still checked", e.location()));
      return null;
    }
  }

  YNode node() {
    return node;
  }

  boolean has(String key) {
    YNode n = map.get(key);
    return n != null && !n.isNull();
  }

  YNode get(String key) {
    return map.get(key);
  }

  YNode required(String key) {
    YNode n = map.get(key);
    if (n == null || n.isNull()) {
      String where = node.path().isEmpty() ? "" : node.path() + ".";
      throw new InputException(node.location(), where + key, "missing required key '" + key + "'; add it");
    }
    return n;
  }

  String text(String key, String dflt) {
    return has(key) ? LzaPlaceholders.check(map.get(key)).strip() : dflt;
  }

  String requiredText(String key) {
    String s = LzaPlaceholders.check(required(key)).strip();
    if (s.isEmpty()) throw map.get(key).error("must not be empty");
    return s;
  }

  boolean bool(String key, boolean dflt) {
    if (!has(key)) return dflt;
    String s = map.get(key).asText().strip().toLowerCase(java.util.Locale.ROOT);
    return switch (s) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw map.get(key).error("'" + s + "' is not true or false");
    };
  }

  Cidr cidr(String key) {
    return cidr(required(key));
  }

  static Cidr cidr(YNode n) {
    LzaPlaceholders.check(n);
    return Fields.parseCidr(n);
  }

  /** A list; a StringList replacement used as one item stands for its items, so nested lists are flattened. */
  List<YNode> list(String key) {
    return has(key) ? flat(map.get(key)) : List.of();
  }

  static List<YNode> flat(YNode list) {
    List<YNode> out = new ArrayList<>();
    for (YNode n : list.asList()) {
      if (n.isList()) out.addAll(n.asList());
      else out.add(n);
    }
    return out;
  }

  List<String> texts(String key) {
    List<String> out = new ArrayList<>();
    for (YNode n : list(key)) out.add(LzaPlaceholders.check(n).strip());
    return out;
  }
}
