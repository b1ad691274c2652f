package io.vpcplan.model;

import java.util.List;

/** Small guards used by the compact constructors of the model records. */
final class Checks {
  private Checks() {}

  static String nonBlank(String value, String what) {
    if (value == null || value.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
    return value;
  }

  static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  /** A sorted, unmodifiable copy of a tag map (null is empty). */
  static java.util.Map<String, String> tags(java.util.Map<String, String> m) {
    return m == null || m.isEmpty() ? java.util.Map.of()
        : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(m));
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
