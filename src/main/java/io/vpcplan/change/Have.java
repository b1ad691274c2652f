package io.vpcplan.change;

import java.util.Map;
import java.util.TreeMap;

/**
 * One resource as it is in AWS: its kind, the planned id it carries ({@code key}, from its
 * {@code vpcplan:id} tag, or derived from its parent for kinds AWS cannot tag), its AWS id, where
 * it is, what it is (same property names as {@link Want}, references as planned ids where the
 * referenced resource is ours, else {@code aws:<id>}), its tags and its state.
 */
public record Have(Kind kind, String key, String awsId, String account, String region, Map<String, String> props,
    Map<String, String> tags, String state) {
  public Have {
    props = Map.copyOf(new TreeMap<>(props));
    tags = tags == null ? Map.of() : Map.copyOf(tags);
    state = state == null ? "" : state;
  }

  public String prop(String k) {
    return props.getOrDefault(k, "");
  }

  /** A comma-separated property as a list; empty when unset. */
  public java.util.List<String> list(String k) {
    String v = prop(k);
    return v.isEmpty() ? java.util.List.of() : java.util.List.of(v.split(","));
  }
}
