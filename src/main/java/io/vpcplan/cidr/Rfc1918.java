package io.vpcplan.cidr;

import java.util.List;
import java.util.Optional;

/** The private IPv4 ranges and the AWS rules about mixing them in one VPC. */
public final class Rfc1918 {
  private Rfc1918() {}

  public static final Cidr TEN = Cidr.parse("10.0.0.0/8");
  public static final Cidr ONE_SEVEN_TWO = Cidr.parse("172.16.0.0/12");
  public static final Cidr ONE_NINE_TWO = Cidr.parse("192.168.0.0/16");
  public static final List<Cidr> RANGES = List.of(TEN, ONE_SEVEN_TWO, ONE_NINE_TWO);

  /** The RFC 1918 range holding {@code c}, if any. */
  public static Optional<Cidr> rangeOf(Cidr c) {
    for (Cidr r : RANGES) if (r.contains(c)) return Optional.of(r);
    return Optional.empty();
  }

  /**
   * Why {@code secondary} cannot be added to a VPC whose primary block is {@code primary}, or
   * empty when AWS allows it (VPC User Guide, restriction table).
   */
  public static Optional<String> secondaryRestriction(Cidr primary, Cidr secondary) {
    if (!primary.isV4() || !secondary.isV4()) return Optional.empty();
    if (Cidr.parse("169.254.0.0/16").overlaps(secondary)) {
      return Optional.of(secondary + " is link-local (169.254.0.0/16), never allowed in a VPC");
    }
    if (Cidr.parse("198.19.0.0/16").overlaps(secondary)) {
      return Optional.of(secondary + " is in the restricted 198.19.0.0/16 range");
    }
    Optional<Cidr> p = rangeOf(primary);
    Optional<Cidr> s = rangeOf(secondary);
    if (p.isPresent() && s.isPresent() && !p.get().equals(s.get())) {
      return Optional.of("secondary " + secondary + " is in RFC 1918 range " + s.get()
          + " but the primary " + primary + " is in " + p.get() + "; AWS does not mix RFC 1918 ranges in one VPC");
    }
    if (p.isPresent() && p.get().equals(ONE_SEVEN_TWO) && Cidr.parse("172.31.0.0/16").overlaps(secondary)) {
      return Optional.of("172.31.0.0/16 cannot be added to a VPC whose primary is in 172.16.0.0/12");
    }
    return Optional.empty();
  }
}
