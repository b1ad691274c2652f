package io.vpcplan.cidr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The former FreeSpace (boxed trees), kept as the reference the array version must match. Free IPv4 space inside one root prefix, kept as disjoint aligned blocks (a buddy system).
 * Allocation is best-fit: the smallest free block that can hold the request, lowest address
 * first, so large requests keep finding room and results are deterministic. Each operation is
 * O(32 log n).
 */
final class TreeFreeSpace {
  private final Cidr root;
  private final TreeMap<Long, Integer> byStart = new TreeMap<>();
  @SuppressWarnings("unchecked")
  private final TreeSet<Long>[] byLength = new TreeSet[33];
  private long free;

  TreeFreeSpace(Cidr root) {
    if (!root.isV4()) throw new IllegalArgumentException("FreeSpace is IPv4 only: " + root);
    this.root = root;
    add(root.lo(), root.length());
  }

  /** An independent copy, for trying allocations without committing them. */
  TreeFreeSpace copy() {
    TreeFreeSpace c = new TreeFreeSpace(root);
    c.byStart.clear();
    java.util.Arrays.fill(c.byLength, null);
    c.free = 0;
    byStart.forEach(c::add);
    return c;
  }

  public Cidr root() {
    return root;
  }

  /** Removes {@code c} (or the part of it inside the root) from the free space. */
  public void claim(Cidr c) {
    if (!c.isV4() || !c.overlaps(root)) return;
    if (c.contains(root)) c = root;
    long start = c.lo();
    long end = c.lastLo();
    Map.Entry<Long, Integer> e = byStart.floorEntry(start);
    if (e != null) {
      Cidr block = Cidr.v4(e.getKey(), e.getValue());
      if (block.contains(c)) {
        remove(e.getKey(), e.getValue());
        splitAround(e.getKey(), e.getValue(), c);
        return;
      }
    }
    // Otherwise every free block touching c lies inside it.
    for (Map.Entry<Long, Integer> in : new ArrayList<>(byStart.subMap(start, true, end, true).entrySet())) {
      remove(in.getKey(), in.getValue());
    }
  }

  /** True when all of {@code c} is free. */
  public boolean isFree(Cidr c) {
    if (!c.isV4() || !root.contains(c)) return false;
    Map.Entry<Long, Integer> e = byStart.floorEntry(c.lo());
    return e != null && Cidr.v4(e.getKey(), e.getValue()).contains(c);
  }

  /** Best-fit allocation of one prefix of the given length, or empty when nothing fits. */
  public Optional<Cidr> allocate(int length) {
    if (length < root.length() || length > 32) return Optional.empty();
    for (int l = length; l >= root.length(); l--) {
      if (byLength[l] != null && !byLength[l].isEmpty()) {
        long start = byLength[l].first();
        Cidr want = Cidr.v4(start, length);
        remove(start, l);
        splitAround(start, l, want);
        return Optional.of(want);
      }
    }
    return Optional.empty();
  }

  public long freeAddresses() {
    return free;
  }

  public long usedAddresses() {
    return root.size4() - free;
  }

  public Optional<Cidr> largestFree() {
    for (int l = root.length(); l <= 32; l++) {
      if (byLength[l] != null && !byLength[l].isEmpty()) return Optional.of(Cidr.v4(byLength[l].first(), l));
    }
    return Optional.empty();
  }

  /** All free blocks in address order. */
  public List<Cidr> freeBlocks() {
    List<Cidr> out = new ArrayList<>(byStart.size());
    byStart.forEach((s, l) -> out.add(Cidr.v4(s, l)));
    return out;
  }

  /** Splits the block (start, len), already removed, so that {@code taken} is cut out and the rest is free. */
  private void splitAround(long start, int len, Cidr taken) {
    while (len < taken.length()) {
      len++;
      long half = 1L << (32 - len);
      long other;
      if (taken.lo() >= start + half) {
        other = start;
        start = start + half;
      } else {
        other = start + half;
      }
      add(other, len);
    }
  }

  private void add(long start, int len) {
    byStart.put(start, len);
    if (byLength[len] == null) byLength[len] = new TreeSet<>();
    byLength[len].add(start);
    free += 1L << (32 - len);
  }

  private void remove(long start, int len) {
    byStart.remove(start);
    byLength[len].remove(start);
    free -= 1L << (32 - len);
  }
}
