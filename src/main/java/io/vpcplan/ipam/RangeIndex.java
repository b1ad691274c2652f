package io.vpcplan.ipam;

import io.vpcplan.cidr.Cidr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prefixes with a payload, answering "which of them overlap this prefix?" in O(log n + hits):
 * prefixes inside the query are a contiguous run of the sorted array; prefixes containing it are
 * among its at most 128 ancestors, found by hash lookup.
 */
final class RangeIndex<T> {
  private final Cidr[] sorted;
  private final Map<Cidr, List<T>> payload = new HashMap<>();

  RangeIndex(Map<Cidr, T> entries) {
    this(toMultimap(entries));
  }

  private RangeIndex(List<Map.Entry<Cidr, T>> entries) {
    for (Map.Entry<Cidr, T> e : entries) payload.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
    sorted = payload.keySet().toArray(new Cidr[0]);
    Arrays.sort(sorted);
  }

  static <T> RangeIndex<T> of(List<Cidr> cidrs, List<T> values) {
    List<Map.Entry<Cidr, T>> l = new ArrayList<>(cidrs.size());
    for (int i = 0; i < cidrs.size(); i++) l.add(Map.entry(cidrs.get(i), values.get(i)));
    return new RangeIndex<>(l);
  }

  private static <T> List<Map.Entry<Cidr, T>> toMultimap(Map<Cidr, T> m) {
    return new ArrayList<>(m.entrySet());
  }

  boolean isEmpty() {
    return sorted.length == 0;
  }

  /** Every stored prefix overlapping {@code q}, with its payloads, in address order. */
  List<Map.Entry<Cidr, T>> overlapping(Cidr q) {
    List<Map.Entry<Cidr, T>> out = new ArrayList<>();
    if (sorted.length == 0) return out;
    for (Cidr a = q; a.length() > 0; ) {
      a = a.parent();
      List<T> hit = payload.get(a);
      if (hit != null) for (T t : hit) out.add(Map.entry(a, t));
    }
    int i = lowerBound(q);
    for (; i < sorted.length && q.contains(sorted[i]); i++) {
      for (T t : payload.get(sorted[i])) out.add(Map.entry(sorted[i], t));
    }
    return out;
  }

  private int lowerBound(Cidr q) {
    int lo = 0, hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid].compareTo(q) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
