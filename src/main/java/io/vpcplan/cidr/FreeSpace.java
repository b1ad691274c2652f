package io.vpcplan.cidr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Free IPv4 space inside one root prefix, kept as disjoint aligned blocks (a buddy system).
 * Allocation is best-fit: the smallest free block that can hold the request, lowest address
 * first, so large requests keep finding room and results are deterministic. Each operation is
 * O(32 log n) plus an array shift. Blocks are kept as packed longs (start shifted left by 6, or-ed
 * with the prefix length): disjoint blocks sort by start, with no boxing.
 */
public final class FreeSpace {
  private final Cidr root;
  private final SortedLongs byStart;
  private final SortedLongs[] byLength = new SortedLongs[33];
  private long free;

  public FreeSpace(Cidr root) {
    if (!root.isV4()) throw new IllegalArgumentException("FreeSpace is IPv4 only: " + root);
    this.root = root;
    this.byStart = new SortedLongs(4);
    add(root.lo(), root.length());
  }

  private FreeSpace(FreeSpace from) {
    this.root = from.root;
    this.byStart = new SortedLongs(from.byStart);
    for (int l = 0; l < byLength.length; l++) {
      if (from.byLength[l] != null) byLength[l] = new SortedLongs(from.byLength[l]);
    }
    this.free = from.free;
  }

  private static long pack(long start, int len) {
    return start << 6 | len;
  }

  private static long startOf(long packed) {
    return packed >>> 6;
  }

  private static int lengthOf(long packed) {
    return (int) (packed & 63);
  }

  /** An independent copy, for trying allocations without committing them. */
  public FreeSpace copy() {
    return new FreeSpace(this);
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
    int i = byStart.floor(pack(start, 63));
    if (i >= 0) {
      long b = byStart.get(i);
      if (holds(startOf(b), lengthOf(b), c)) {
        remove(startOf(b), lengthOf(b));
        splitAround(startOf(b), lengthOf(b), c);
        return;
      }
    }
    // Otherwise every free block touching c lies inside it: those starting in [start, end].
    int from = byStart.floor(pack(start, 0) - 1) + 1;
    while (from < byStart.size() && startOf(byStart.get(from)) <= end) {
      long b = byStart.get(from);
      remove(startOf(b), lengthOf(b));
    }
  }

  /** True when all of {@code c} is free. */
  public boolean isFree(Cidr c) {
    if (!c.isV4() || !root.contains(c)) return false;
    int i = byStart.floor(pack(c.lo(), 63));
    return i >= 0 && holds(startOf(byStart.get(i)), lengthOf(byStart.get(i)), c);
  }

  /** Best-fit allocation of one prefix of the given length, or empty when nothing fits. */
  public Optional<Cidr> allocate(int length) {
    if (length < root.length() || length > 32) return Optional.empty();
    for (int l = length; l >= root.length(); l--) {
      if (byLength[l] != null && byLength[l].size() > 0) {
        long start = byLength[l].get(0);
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
      if (byLength[l] != null && byLength[l].size() > 0) return Optional.of(Cidr.v4(byLength[l].get(0), l));
    }
    return Optional.empty();
  }

  /** All free blocks in address order. */
  public List<Cidr> freeBlocks() {
    List<Cidr> out = new ArrayList<>(byStart.size());
    for (int i = 0; i < byStart.size(); i++) out.add(Cidr.v4(startOf(byStart.get(i)), lengthOf(byStart.get(i))));
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

  /** True when the free block (start, len) holds all of the IPv4 prefix {@code c}. */
  private static boolean holds(long start, int len, Cidr c) {
    if (c.length() < len) return false;
    return (c.lo() & Cidr.mask4(len)) == start;
  }

  private void add(long start, int len) {
    byStart.add(pack(start, len));
    if (byLength[len] == null) byLength[len] = new SortedLongs(2);
    byLength[len].add(start);
    free += 1L << (32 - len);
  }

  private void remove(long start, int len) {
    byStart.remove(pack(start, len));
    byLength[len].remove(start);
    free -= 1L << (32 - len);
  }
}
