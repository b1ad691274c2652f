package io.vpcplan.cidr;

import java.util.List;
import java.util.Optional;

/**
 * What AWS makes of an IPv4 range as VPC address space (VPC User Guide, "VPC CIDR blocks"): some
 * ranges it refuses (or that are no unicast space at all), the rest it allows; of those, all but
 * RFC 1918, the shared 100.64.0.0/10 and the other special-purpose blocks are publicly routable,
 * which AWS allows and some organisations use, but which shadows those addresses on the internet.
 */
public final class AwsRanges {
  private AwsRanges() {}

  /** A range that cannot be VPC address space, and why. */
  public record Refused(Cidr cidr, String why) {}

  public static final List<Refused> REFUSED = List.of(
      new Refused(Cidr.parse("0.0.0.0/8"), "'this network' (RFC 1122), not assignable to hosts"),
      new Refused(Cidr.parse("127.0.0.0/8"), "loopback (RFC 1122)"),
      new Refused(Cidr.parse("169.254.0.0/16"), "link-local, which AWS never allows in a VPC (its metadata and DNS live there)"),
      new Refused(Cidr.parse("198.19.0.0/16"), "a range AWS restricts and does not allow in a VPC"),
      new Refused(Cidr.parse("224.0.0.0/4"), "multicast (RFC 5771), not unicast space"),
      new Refused(Cidr.parse("240.0.0.0/4"), "reserved (RFC 1112) and the broadcast address, not unicast space"));

  /** Allowed ranges that are not routed on the internet. */
  public static final List<Cidr> NOT_PUBLIC = List.of(Rfc1918.TEN, Rfc1918.ONE_SEVEN_TWO, Rfc1918.ONE_NINE_TWO,
      Cidr.parse("100.64.0.0/10"), Cidr.parse("198.18.0.0/15"), Cidr.parse("192.0.0.0/24"), Cidr.parse("192.0.2.0/24"),
      Cidr.parse("198.51.100.0/24"), Cidr.parse("203.0.113.0/24"));

  /** The first refused range {@code c} overlaps, if any (IPv6: none; its rules are other). */
  public static Optional<Refused> refused(Cidr c) {
    if (!c.isV4()) return Optional.empty();
    for (Refused r : REFUSED) if (r.cidr().overlaps(c)) return Optional.of(r);
    return Optional.empty();
  }

  /** Whether some of {@code c} is publicly routable: it lies in no range of {@link #NOT_PUBLIC}. */
  public static boolean publiclyRoutable(Cidr c) {
    return c.isV4() && NOT_PUBLIC.stream().noneMatch(p -> p.contains(c));
  }

  /** The fix a refusal message ends with. */
  public static final String USE_PRIVATE = "use private space (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, or 100.64.0.0/10)";
}
