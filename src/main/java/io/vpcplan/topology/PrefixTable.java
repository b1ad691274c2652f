package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.IpFamily;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Longest-prefix match: one hash map keyed by prefix, probed from the longest length present
 * down, so a lookup costs at most one probe per distinct prefix length in the table.
 */
final class PrefixTable<T> {
  private final Map<Cidr, T> byPrefix = new HashMap<>();
  private int[] v4Lengths = new int[0];
  private int[] v6Lengths = new int[0];

  /** Adds the entry unless the prefix is already present; returns whether it was added. */
  boolean putIfAbsent(Cidr prefix, T value) {
    if (byPrefix.putIfAbsent(prefix, value) != null) return false;
    addLength(prefix);
    return true;
  }

  void put(Cidr prefix, T value) {
    if (byPrefix.put(prefix, value) == null) addLength(prefix);
  }

  T get(Cidr prefix) {
    return byPrefix.get(prefix);
  }

  private void addLength(Cidr p) {
    int[] l = p.isV4() ? v4Lengths : v6Lengths;
    if (Arrays.stream(l).anyMatch(x -> x == p.length())) return;
    int[] n = Arrays.copyOf(l, l.length + 1);
    n[l.length] = p.length();
    Arrays.sort(n);
    if (p.isV4()) v4Lengths = n;
    else v6Lengths = n;
  }

  /** The entry of the longest prefix that contains all of {@code dst}, or null. */
  T longest(Cidr dst) {
    int[] l = dst.isV4() ? v4Lengths : v6Lengths;
    IpFamily f = dst.family();
    for (int i = l.length - 1; i >= 0; i--) {
      if (l[i] > dst.length()) continue;
      T t = byPrefix.get(Cidr.containing(f, dst.hi(), dst.lo(), l[i]));
      if (t != null) return t;
    }
    return null;
  }

  int size() {
    return byPrefix.size();
  }
}
