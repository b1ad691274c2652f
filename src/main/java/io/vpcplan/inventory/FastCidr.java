package io.vpcplan.inventory;

import io.vpcplan.cidr.Cidr;

/**
 * A fast path for the common case, a canonical IPv4 "a.b.c.d/n", with plain int arithmetic:
 * hundreds of thousands of CIDRs are parsed per estate. Anything else (IPv6, spaces, errors)
 * goes to {@link Cidr#parse}, which gives the precise error message.
 */
final class FastCidr {
  private FastCidr() {}

  static Cidr parse(String s) {
    int n = s.length();
    long addr = 0;
    int i = 0;
    for (int octet = 0; octet < 4; octet++) {
      int v = 0, digits = 0;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && digits < 4) {
        v = v * 10 + (s.charAt(i++) - '0');
        digits++;
      }
      char sep = octet < 3 ? '.' : '/';
      if (digits == 0 || digits > 3 || v > 255 || i >= n || s.charAt(i) != sep) return Cidr.parse(s);
      addr = (addr << 8) | v;
      i++;
    }
    int len = 0, digits = 0;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && digits < 3) {
      len = len * 10 + (s.charAt(i++) - '0');
      digits++;
    }
    if (i != n || digits == 0 || len > 32) return Cidr.parse(s);
    long mask = len == 0 ? 0 : (0xFFFFFFFFL << (32 - len)) & 0xFFFFFFFFL;
    if ((addr & ~mask) != 0) return Cidr.parse(s); // host bits set: the slow path says how to fix it
    return Cidr.v4(addr, len);
  }
}
