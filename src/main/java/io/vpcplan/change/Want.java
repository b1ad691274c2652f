package io.vpcplan.change;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One resource the plan wants, in one account and region. {@code key} is its planned id (the
 * {@code vpcplan:id} tag for taggable kinds). {@code props} are what creating it needs and what
 * is compared with the live one; values naming other wants hold their keys, and {@code needs}
 * lists those keys, so a step never runs before the steps it uses. {@code tags} are empty for
 * kinds AWS cannot tag.
 */
public record Want(Kind kind, String key, String account, String region, String name, Map<String, String> props,
    List<String> needs, Map<String, String> tags) {
  public Want {
    props = Map.copyOf(new TreeMap<>(props));
    needs = List.copyOf(needs);
    tags = tags == null ? Map.of() : Map.copyOf(tags);
  }

  public String prop(String k) {
    return props.getOrDefault(k, "");
  }

  /** A comma-separated property (subnets, principals, resources) as a list; empty when unset. */
  public List<String> list(String k) {
    String v = prop(k);
    return v.isEmpty() ? List.of() : List.of(v.split(","));
  }

  /** "vpc prod/us-east-1/app" — how steps are named in text. */
  public String describe() {
    return kind.label() + " " + key;
  }
}
