package io.vpcplan.cidr;

import java.util.Arrays;

/**
 * A sorted set of distinct longs in one growing array. The free lists of {@link FreeSpace} hold a
 * handful of blocks each, and there is one per VPC: a boxed tree per list cost more than the search.
 */
final class SortedLongs {
  private long[] a;
  private int n;

  SortedLongs(int capacity) {
    a = new long[Math.max(1, capacity)];
  }

  SortedLongs(SortedLongs other) {
    a = Arrays.copyOf(other.a, Math.max(1, other.n));
    n = other.n;
  }

  int size() {
    return n;
  }

  long get(int i) {
    return a[i];
  }

  void add(long v) {
    int i = Arrays.binarySearch(a, 0, n, v);
    if (i >= 0) return;
    i = -i - 1;
    if (n == a.length) a = Arrays.copyOf(a, n * 2);
    System.arraycopy(a, i, a, i + 1, n - i);
    a[i] = v;
    n++;
  }

  void remove(long v) {
    int i = Arrays.binarySearch(a, 0, n, v);
    if (i >= 0) removeAt(i);
  }

  void removeAt(int i) {
    System.arraycopy(a, i + 1, a, i, n - i - 1);
    n--;
  }

  /** Index of the greatest value at most {@code v}, or -1. */
  int floor(long v) {
    int i = Arrays.binarySearch(a, 0, n, v);
    return i >= 0 ? i : -i - 2;
  }
}
