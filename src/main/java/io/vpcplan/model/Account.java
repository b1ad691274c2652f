package io.vpcplan.model;

import java.util.Map;

/**
 * An AWS account. {@code id} is the 12-digit account id, or empty when only a name is known
 * (LZA configs refer to accounts by name). {@code key()} is what other records reference.
 * {@code tags} are the account's own tags from the design (sorted; the design-level ones are on the Network).
 */
public record Account(String id, String name, String ou, String environment, Map<String, String> tags) {
  public Account(String id, String name, String ou, String environment) {
    this(id, name, ou, environment, Map.of());
  }

  public Account {
    tags = Checks.tags(tags);
    id = Checks.orEmpty(id);
    name = Checks.orEmpty(name);
    ou = Checks.orEmpty(ou);
    environment = Checks.orEmpty(environment);
    if (!id.isEmpty() && !isAccountId(id)) {
      throw new IllegalArgumentException("account id '" + id + "' must be exactly 12 digits");
    }
    if (id.isEmpty() && name.isEmpty()) throw new IllegalArgumentException("account needs an id or a name");
  }

  public static boolean isAccountId(String s) {
    if (s == null || s.length() != 12) return false;
    for (int i = 0; i < 12; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    return true;
  }

  /** The name when there is one, else the id. */
  public String key() {
    return name.isEmpty() ? id : name;
  }
}
