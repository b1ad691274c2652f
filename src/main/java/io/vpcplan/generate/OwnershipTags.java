package io.vpcplan.generate;

import java.util.Map;
import java.util.TreeMap;

/**
 * The tags vpcplan puts on everything it creates: {@code vpcplan:plan} (which plan owns it) and
 * {@code vpcplan:id} (the planned id it realises). `apply` finds its own resources by them and
 * never touches anything without them.
 */
public final class OwnershipTags {
  public static final String PLAN = "vpcplan:plan";
  public static final String ID = "vpcplan:id";

  private OwnershipTags() {}

  /** Name, the ownership tags and the given extra tags, sorted by key. */
  public static Map<String, String> of(String planName, String id, String name, Map<String, String> extra) {
    Map<String, String> m = new TreeMap<>(extra == null ? Map.of() : extra);
    if (name != null && !name.isEmpty()) m.put("Name", name);
    m.put(PLAN, planName);
    m.put(ID, id);
    return m;
  }
}
