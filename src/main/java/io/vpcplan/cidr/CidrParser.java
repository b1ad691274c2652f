package io.vpcplan.cidr;

final class CidrParser {
  private CidrParser() {}

  static Cidr parse(String text) {
    if (text == null || text.isBlank()) {
      throw new CidrParseException(String.valueOf(text), "empty CIDR; write it like 10.0.0.0/16");
    }
    String s = text.strip();
    int slash = s.indexOf('/');
    if (slash < 0) {
      throw new CidrParseException(s, "'" + s + "' has no prefix length; write it like " + s + "/16");
    }
    String addr = s.substring(0, slash);
    String lenText = s.substring(slash + 1);
    IpFamily family = addr.indexOf(':') >= 0 ? IpFamily.V6 : IpFamily.V4;
    long hi = 0, lo;
    if (family == IpFamily.V4) {
      lo = parseV4(s, addr);
    } else {
      long[] v = parseV6(s, addr);
      hi = v[0];
      lo = v[1];
    }
    int len;
    try {
      if (lenText.isEmpty() || lenText.length() > 3 || !lenText.chars().allMatch(Character::isDigit)) {
        throw new NumberFormatException();
      }
      len = Integer.parseInt(lenText);
    } catch (NumberFormatException e) {
      throw new CidrParseException(s, "'" + s + "' has an invalid prefix length '" + lenText
          + "'; use a whole number 0-" + family.bits());
    }
    if (len > family.bits()) {
      throw new CidrParseException(s, "'" + s + "' is not a valid prefix length (0-" + family.bits()
          + " for " + (family == IpFamily.V4 ? "IPv4" : "IPv6") + ")");
    }
    if (!Cidr.isAligned(family, hi, lo, len)) {
      Cidr fixed = Cidr.containing(family, hi, lo, len);
      throw new CidrParseException(s, "'" + s + "' has host bits set; did you mean " + fixed + "?");
    }
    return new Cidr(family, hi, lo, len);
  }

  private static long parseV4(String whole, String addr) {
    String[] parts = addr.split("\\.", -1);
    if (parts.length != 4) {
      throw new CidrParseException(whole, "'" + whole + "' is not an IPv4 address (need four numbers a.b.c.d)");
    }
    long v = 0;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
        throw new CidrParseException(whole, "'" + whole + "' is not an IPv4 address ('" + p + "' is not a number 0-255)");
      }
      int octet = Integer.parseInt(p);
      if (octet > 255) {
        throw new CidrParseException(whole, "'" + whole + "' is not an IPv4 address (" + octet + " is above 255)");
      }
      v = (v << 8) | octet;
    }
    return v;
  }

  private static long[] parseV6(String whole, String addr) {
    String bad = "'" + whole + "' is not an IPv6 address";
    int dc = addr.indexOf("::");
    if (dc >= 0 && addr.indexOf("::", dc + 1) >= 0) throw new CidrParseException(whole, bad + " ('::' used twice)");
    String[] left = dc >= 0 ? split(addr.substring(0, dc)) : split(addr);
    String[] right = dc >= 0 ? split(addr.substring(dc + 2)) : new String[0];
    int total = left.length + right.length;
    if ((dc < 0 && total != 8) || (dc >= 0 && total > 7)) {
      throw new CidrParseException(whole, bad + " (need 8 groups of hex digits, or '::')");
    }
    int[] g = new int[8];
    for (int i = 0; i < left.length; i++) g[i] = group(whole, bad, left[i]);
    for (int i = 0; i < right.length; i++) g[8 - right.length + i] = group(whole, bad, right[i]);
    long hi = 0, lo = 0;
    for (int i = 0; i < 4; i++) {
      hi = (hi << 16) | g[i];
      lo = (lo << 16) | g[4 + i];
    }
    return new long[] {hi, lo};
  }

  private static String[] split(String s) {
    return s.isEmpty() ? new String[0] : s.split(":", -1);
  }

  private static int group(String whole, String bad, String p) {
    if (p.isEmpty() || p.length() > 4) throw new CidrParseException(whole, bad + " ('" + p + "' is not a 1-4 digit hex group)");
    try {
      return Integer.parseInt(p, 16);
    } catch (NumberFormatException e) {
      throw new CidrParseException(whole, bad + " ('" + p + "' is not hexadecimal)");
    }
  }
}
