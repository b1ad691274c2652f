package io.vpcplan.inventory;

import io.vpcplan.cidr.Cidr;

/**
 * A fast path for the common case, a canonical IPv4 "a.b.c.d/n", with plain int arithmetic and
 * straight from the parser's characters: hundreds of thousands of CIDRs are parsed per estate.
 * Anything else (IPv6, spaces, errors) gives null, and the caller goes to {@link Cidr#parse},
 * which gives the precise error message.
 */
final class FastCidr {
  private FastCidr() {}

  /** The CIDR in {@code b[off, off + n)}, or null when it is not a canonical IPv4 prefix. */
  static Cidr parse(char[] b, int off, int n) {
    if (n > 18) return null; // longer than 255.255.255.255/32
    byte[] ascii = new byte[n];
    for (int i = 0; i < n; i++) {
      char c = b[off + i];
      if (c > 127) return null; // a cast would make some non-ASCII chars look like digits
      ascii[i] = (byte) c;
    }
    return parse(ascii, 0, n);
  }

  /** The CIDR in the ASCII bytes {@code b[off, off + n)}, or null when it is not a canonical IPv4 prefix. */
  static Cidr parse(byte[] b, int off, int n) {
    int end = off + n;
    int i = off;
    long addr = 0;
    for (int octet = 0; octet < 4; octet++) {
      int v = 0, digits = 0;
      while (i < end && b[i] >= '0' && b[i] <= '9' && digits < 4) {
        v = v * 10 + (b[i++] - '0');
        digits++;
      }
      char sep = octet < 3 ? '.' : '/';
      if (digits == 0 || digits > 3 || v > 255 || i >= end || b[i] != sep) return null;
      addr = (addr << 8) | v;
      i++;
    }
    int len = 0, digits = 0;
    while (i < end && b[i] >= '0' && b[i] <= '9' && digits < 3) {
      len = len * 10 + (b[i++] - '0');
      digits++;
    }
    if (i != end || digits == 0 || len > 32) return null;
    if ((addr & ~Cidr.mask4(len)) != 0) return null; // host bits set: the slow path says how to fix it
    return Cidr.v4(addr, len);
  }
}
