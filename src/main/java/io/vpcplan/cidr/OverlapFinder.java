package io.vpcplan.cidr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds every overlapping pair among many prefixes in O(n log n + pairs). Prefixes are laminar
 * (two either nest or are disjoint), so after sorting by (family, start, shorter first) a stack
 * of enclosing prefixes is all the sweep needs: everything on the stack contains the current one.
 */
public final class OverlapFinder {
  private OverlapFinder() {}

  /** Receives one overlapping pair: {@code outer} contains (or equals) {@code inner}; indexes into the input. */
  public interface Sink {
    void overlap(int outer, int inner);
  }

  public static void find(List<Cidr> prefixes, Sink sink) {
    int n = prefixes.size();
    int[] order = sortedOrder(prefixes);
    int[] stack = new int[Math.min(n, 130)];
    int depth = 0;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      Cidr cur = prefixes.get(i);
      while (depth > 0 && !prefixes.get(stack[depth - 1]).contains(cur)) depth--;
      for (int d = 0; d < depth; d++) sink.overlap(stack[d], i);
      if (depth == stack.length) stack = Arrays.copyOf(stack, depth * 2);
      stack[depth++] = i;
    }
  }

  public static List<int[]> pairs(List<Cidr> prefixes) {
    List<int[]> out = new ArrayList<>();
    find(prefixes, (a, b) -> out.add(new int[] {a, b}));
    return out;
  }

  /**
   * Groups of overlapping prefixes: each group is the indexes under one outermost prefix that
   * holds at least two inputs; groups and members in address order.
   */
  public static List<int[]> groups(List<Cidr> prefixes) {
    int[] order = sortedOrder(prefixes);
    List<int[]> out = new ArrayList<>();
    int groupStart = 0;
    for (int k = 1; k <= order.length; k++) {
      boolean newGroup = k == order.length
          || !prefixes.get(order[groupStart]).contains(prefixes.get(order[k]));
      if (newGroup) {
        if (k - groupStart >= 2) out.add(Arrays.copyOfRange(order, groupStart, k));
        groupStart = k;
      }
    }
    return out;
  }

  /** Indexes sorted by prefix order; IPv4 inputs below 2^24 use a primitive sort of packed keys. */
  static int[] sortedOrder(List<Cidr> prefixes) {
    int n = prefixes.size();
    boolean allV4 = n < (1 << 24);
    for (int i = 0; i < n && allV4; i++) allV4 = prefixes.get(i).isV4();
    if (allV4) {
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        Cidr c = prefixes.get(i);
        keys[i] = (c.lo() << 30) | ((long) c.length() << 24) | i;
      }
      Arrays.sort(keys);
      int[] order = new int[n];
      for (int i = 0; i < n; i++) order[i] = (int) (keys[i] & 0xFFFFFF);
      return order;
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) boxed[i] = i;
    Arrays.sort(boxed, Comparator.comparing((Integer i) -> prefixes.get(i)).thenComparingInt(i -> i));
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = boxed[i];
    return order;
  }

  /** Convenience for callers that only need to know whether any overlap exists. */
  public static boolean anyOverlap(List<Cidr> prefixes) {
    // In sorted order, a prefix that overlaps anything overlaps its successor.
    int[] order = sortedOrder(prefixes);
    for (int k = 1; k < order.length; k++) {
      if (prefixes.get(order[k - 1]).overlaps(prefixes.get(order[k]))) return true;
    }
    return false;
  }
}
