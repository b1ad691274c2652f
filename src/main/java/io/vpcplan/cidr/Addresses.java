package io.vpcplan.cidr;

/** Bit arithmetic on addresses held as two unsigned 64-bit halves. */
final class Addresses {
  private Addresses() {}

  /** Network mask for a prefix length, as {hi, lo}. */
  static long[] mask(IpFamily f, int length) {
    if (f == IpFamily.V4) {
      return new long[] {0, Cidr.mask4(length)};
    }
    long hi = length >= 64 ? -1L : length == 0 ? 0 : -1L << (64 - length);
    long lo = length <= 64 ? 0 : length == 128 ? -1L : -1L << (128 - length);
    return new long[] {hi, lo};
  }

  static long[] shiftLeft128(long hi, long lo, int shift) {
    if (shift == 0) return new long[] {hi, lo};
    if (shift >= 128) return new long[] {0, 0};
    if (shift >= 64) return new long[] {lo << (shift - 64), 0};
    return new long[] {(hi << shift) | (lo >>> (64 - shift)), lo << shift};
  }

  static String format(IpFamily f, long hi, long lo) {
    if (f == IpFamily.V4) {
      StringBuilder sb = new StringBuilder(15);
      sb.append((lo >>> 24) & 255).append('.').append((lo >>> 16) & 255).append('.').append((lo >>> 8) & 255)
          .append('.').append(lo & 255);
      return sb.toString();
    }
    int[] g = new int[8];
    for (int i = 0; i < 4; i++) {
      g[i] = (int) ((hi >>> (48 - 16 * i)) & 0xFFFF);
      g[4 + i] = (int) ((lo >>> (48 - 16 * i)) & 0xFFFF);
    }
    // RFC 5952: compress the longest run (length >= 2) of zero groups, leftmost on ties.
    int bestStart = -1, bestLen = 1;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) { i++; continue; }
      int j = i;
      while (j < 8 && g[j] == 0) j++;
      if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
      i = j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }
}
