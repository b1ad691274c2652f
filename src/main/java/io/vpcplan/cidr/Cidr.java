package io.vpcplan.cidr;

import java.math.BigInteger;

/**
 * An immutable IPv4 or IPv6 prefix (network address + length), always canonical (no host bits).
 * Addresses are held as two unsigned 64-bit halves so one type serves both families without
 * allocation; IPv4 lives in {@code lo} with {@code hi == 0}.
 */
public record Cidr(IpFamily family, long hi, long lo, int length) implements Comparable<Cidr> {

  public Cidr {
    if (family == null) throw new IllegalArgumentException("family is null");
    if (length < 0 || length > family.bits()) {
      throw new IllegalArgumentException("prefix length " + length + " out of range 0-" + family.bits());
    }
    if (family == IpFamily.V4 && (hi != 0 || (lo >>> 32) != 0)) {
      throw new IllegalArgumentException("IPv4 address out of range");
    }
    if (!isAligned(family, hi, lo, length)) {
      throw new IllegalArgumentException("host bits set in " + Addresses.format(family, hi, lo) + "/" + length);
    }
  }

  // equals and hashCode written out, with the record's own meaning and formula: the generated ones
  // bootstrap through ObjectMethods at first use, spinning ~20 method-handle classes (~10-20 ms cold)
  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr c && family == c.family && hi == c.hi && lo == c.lo && length == c.length;
  }

  @Override
  public int hashCode() {
    return ((family.hashCode() * 31 + Long.hashCode(hi)) * 31 + Long.hashCode(lo)) * 31 + length;
  }

  /** Parses "10.0.0.0/16" or "2001:db8::/56"; errors say what is wrong and how to fix it. */
  public static Cidr parse(String text) {
    return CidrParser.parse(text);
  }

  public static Cidr v4(long address, int length) {
    return new Cidr(IpFamily.V4, 0, address, length);
  }

  /** The prefix of the given length that contains this address (host bits cleared). */
  public static Cidr containing(IpFamily family, long hi, long lo, int length) {
    long[] m = Addresses.mask(family, length);
    return new Cidr(family, hi & m[0], lo & m[1], length);
  }

  static boolean isAligned(IpFamily f, long hi, long lo, int length) {
    if (f == IpFamily.V4) return (lo & ((1L << (32 - length)) - 1)) == 0; // no mask array: every Cidr made checks this
    long[] m = Addresses.mask(f, length);
    return (hi & ~m[0]) == 0 && (lo & ~m[1]) == 0;
  }

  public boolean isV4() {
    return family == IpFamily.V4;
  }

  /** Number of addresses (IPv4 only; exact). */
  public long size4() {
    if (!isV4()) throw new IllegalStateException("size4 on IPv6 prefix " + this);
    return 1L << (32 - length);
  }

  public BigInteger size() {
    return BigInteger.ONE.shiftLeft(family.bits() - length);
  }

  /** Last address, low half (IPv4: the broadcast address). */
  public long lastLo() {
    if (family == IpFamily.V4) return lo | ((1L << (32 - length)) - 1); // no mask array: planners call this per block
    long[] m = Addresses.mask(family, length);
    return lo | ~m[1];
  }

  public long lastHi() {
    long[] m = Addresses.mask(family, length);
    return hi | ~m[0];
  }

  /** The IPv4 network mask of a prefix length (0..32), as an unsigned 32-bit value. */
  public static long mask4(int length) {
    return length == 0 ? 0 : (0xFFFFFFFFL << (32 - length)) & 0xFFFFFFFFL;
  }

  public boolean contains(Cidr other) {
    if (family != other.family || other.length < length) return false;
    if (family == IpFamily.V4) return hi == 0 && (other.lo & mask4(length)) == lo; // no mask array: run millions of times
    long[] m = Addresses.mask(family, length);
    return (other.hi & m[0]) == hi && (other.lo & m[1]) == lo;
  }

  /** Prefixes overlap exactly when one contains the other. */
  public boolean overlaps(Cidr other) {
    return contains(other) || other.contains(this);
  }

  /** The i-th sub-prefix of the given longer length (i counted from the start of this prefix). */
  public Cidr subnet(int newLength, long index) {
    if (newLength < length || newLength > family.bits()) {
      throw new IllegalArgumentException("/" + newLength + " is not inside " + this);
    }
    int shift = family.bits() - newLength;
    if (family == IpFamily.V4) {
      return new Cidr(family, 0, lo + (index << shift), newLength);
    }
    long[] add = Addresses.shiftLeft128(0, index, shift);
    long nlo = lo + add[1];
    long carry = Long.compareUnsigned(nlo, lo) < 0 ? 1 : 0;
    return new Cidr(family, hi + add[0] + carry, nlo, newLength);
  }

  /** The enclosing prefix one bit shorter. */
  public Cidr parent() {
    if (length == 0) throw new IllegalStateException(this + " has no parent");
    return containing(family, hi, lo, length - 1);
  }

  public String address() {
    return Addresses.format(family, hi, lo);
  }

  /** Order: family, then start address, then shorter (larger) prefix first. */
  @Override
  public int compareTo(Cidr o) {
    int c = family.compareTo(o.family);
    if (c != 0) return c;
    c = Long.compareUnsigned(hi, o.hi);
    if (c != 0) return c;
    c = Long.compareUnsigned(lo, o.lo);
    if (c != 0) return c;
    return Integer.compare(length, o.length);
  }

  @Override
  public String toString() {
    if (family == IpFamily.V4) {
      StringBuilder sb = new StringBuilder(18);
      sb.append((lo >>> 24) & 255).append('.').append((lo >>> 16) & 255).append('.').append((lo >>> 8) & 255)
          .append('.').append(lo & 255).append('/').append(length);
      return sb.toString();
    }
    return address() + "/" + length;
  }
}
