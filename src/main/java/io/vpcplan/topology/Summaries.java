package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Route summarization: exact aggregation of prefixes, and the single prefix that covers a set. */
public final class Summaries {
  private Summaries() {}

  /**
   * The smallest set of prefixes whose union is exactly the union of the inputs: contained
   * prefixes are dropped and sibling halves merged into their parent, repeatedly. Sorted output.
   */
  public static List<Cidr> aggregate(Collection<Cidr> prefixes) {
    List<Cidr> sorted = new ArrayList<>(prefixes);
    sorted.sort(null);
    List<Cidr> stack = new ArrayList<>();
    for (Cidr c : sorted) {
      if (!stack.isEmpty() && stack.get(stack.size() - 1).contains(c)) continue;
      stack.add(c);
      while (stack.size() >= 2) {
        Cidr b = stack.get(stack.size() - 1);
        Cidr a = stack.get(stack.size() - 2);
        if (a.length() != b.length() || a.length() == 0 || a.family() != b.family()
            || !a.parent().equals(b.parent()) || a.equals(b)) {
          break;
        }
        stack.remove(stack.size() - 1);
        stack.set(stack.size() - 1, a.parent());
      }
    }
    return stack;
  }

  /** The longest IPv4 prefix that contains every input (null for an empty or non-IPv4 input). */
  public static Cidr coveringV4(Collection<Cidr> prefixes) {
    long start = Long.MAX_VALUE;
    long end = Long.MIN_VALUE;
    for (Cidr c : prefixes) {
      if (!c.isV4()) return null;
      start = Math.min(start, c.lo());
      end = Math.max(end, c.lastLo());
    }
    if (start == Long.MAX_VALUE) return null;
    int len = Long.numberOfLeadingZeros(start ^ end) - 32;
    if (start == end) len = 32;
    return Cidr.containing(io.vpcplan.cidr.IpFamily.V4, 0, start, Math.max(0, Math.min(32, len)));
  }
}
