package io.vpcplan.aws.fake;

import io.vpcplan.cidr.Cidr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** One EC2 Query request: who sent it, where, and its flattened parameters (Name.N.Sub…). */
record Query(String account, String region, String action, Map<String, String> params) {

  String get(String name) {
    return params.get(name);
  }

  String require(String name) {
    String v = params.get(name);
    if (v == null || v.isEmpty()) throw ApiError.missing(name);
    return v;
  }

  boolean flag(String name) {
    return "true".equalsIgnoreCase(params.get(name));
  }

  String or(String name, String dflt) {
    return params.getOrDefault(name, dflt);
  }

  /** Values of {@code prefix.1}, {@code prefix.2}, … in index order. */
  List<String> list(String prefix) {
    Map<Integer, String> m = new TreeMap<>();
    String p = prefix + ".";
    params.forEach((k, v) -> {
      if (k.startsWith(p) && k.substring(p.length()).matches("\\d+")) m.put(Integer.parseInt(k.substring(p.length())), v);
    });
    return new ArrayList<>(m.values());
  }

  Cidr cidr(String name) {
    String v = require(name);
    try {
      return Cidr.parse(v);
    } catch (RuntimeException e) {
      throw ApiError.invalid("Value (" + v + ") for parameter " + name + " is invalid. This is not a valid CIDR block.");
    }
  }

  /** Tags of {@code Tag.N.Key/Value} (CreateTags) or of the TagSpecification for this resource type. */
  Map<String, String> tags(String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 1; params.containsKey(prefix + "." + i + ".Key"); i++) {
      out.put(params.get(prefix + "." + i + ".Key"), params.getOrDefault(prefix + "." + i + ".Value", ""));
    }
    return out;
  }

  /** The API names it TagSpecification on most actions, TagSpecifications on some TGW ones. */
  Map<String, String> tagSpec(String resourceType) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String p : List.of("TagSpecification.", "TagSpecifications.")) {
      for (int i = 1; params.containsKey(p + i + ".ResourceType"); i++) {
        String t = params.get(p + i + ".ResourceType");
        if (!t.equals(resourceType)) {
          throw ApiError.invalid("'" + t + "' is not a valid taggable resource type for this operation;"
              + " " + action + " tags a " + resourceType);
        }
        out.putAll(tags(p + i + ".Tag"));
      }
    }
    return out;
  }

  /** Filter.N.Name / Filter.N.Value.M, checked against the names this action knows. */
  Map<String, List<String>> filters(Set<String> known) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 1; params.containsKey("Filter." + i + ".Name"); i++) {
      String name = params.get("Filter." + i + ".Name");
      if (!known.contains(name) && !name.startsWith("tag:") && !name.equals("tag-key")) {
        throw ApiError.invalid("The filter '" + name + "' is invalid");
      }
      out.computeIfAbsent(name, k -> new ArrayList<>()).addAll(list("Filter." + i + ".Value"));
    }
    return out;
  }

  /**
   * Whether every filter holds: one of its values (with * and ? wildcards) equals one of the
   * values the item has for that name (from {@code values}, or the tags).
   */
  static boolean matches(Map<String, List<String>> filters, Map<String, String> tags,
      Function<String, List<String>> values) {
    for (var f : filters.entrySet()) {
      List<String> have;
      if (f.getKey().startsWith("tag:")) {
        String v = tags.get(f.getKey().substring(4));
        have = v == null ? List.of() : List.of(v);
      } else if (f.getKey().equals("tag-key")) {
        have = List.copyOf(tags.keySet());
      } else {
        have = values.apply(f.getKey());
      }
      boolean any = false;
      for (String want : f.getValue()) {
        String re = java.util.regex.Pattern.quote(want).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
        for (String h : have) any |= h != null && h.matches(re);
      }
      if (!any) return false;
    }
    return true;
  }
}
