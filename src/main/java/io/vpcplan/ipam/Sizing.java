package io.vpcplan.ipam;

import io.vpcplan.model.Design.Profile;
import io.vpcplan.model.Design.Tier;

/** Prefix sizes from host counts and profiles, under the AWS subnet rules. */
public final class Sizing {
  /** AWS keeps 5 addresses of every subnet (network, router, DNS, future, broadcast). */
  public static final int AWS_RESERVED = 5;
  public static final int MIN_PREFIX = 16;
  public static final int MAX_PREFIX = 28;
  public static final int MAX_SUBNETS_PER_VPC = 200;
  public static final int MAX_CIDR_BLOCKS_PER_VPC = 5;

  private Sizing() {}

  /** The longest prefix (smallest subnet) with at least {@code hosts} usable addresses; may be below /16. */
  public static int prefixForHosts(int hosts) {
    long need = (long) hosts + AWS_RESERVED;
    int bits = 64 - Long.numberOfLeadingZeros(need - 1);
    return Math.min(MAX_PREFIX, 32 - bits);
  }

  public static int tierPrefix(Tier t) {
    return t.prefix() > 0 ? t.prefix() : prefixForHosts(t.hosts());
  }

  /** Addresses needed by one VPC of this profile over {@code azs} AZs. */
  public static long addressesNeeded(Profile p, int azs) {
    long sum = 0;
    for (Tier t : p.tiers()) sum += (1L << (32 - tierPrefix(t))) * azs;
    if (p.attachmentSubnets()) sum += (1L << (32 - p.attachmentPrefix())) * azs;
    return sum;
  }

  public static int subnetCount(Profile p, int azs) {
    return (p.tiers().size() + (p.attachmentSubnets() ? 1 : 0)) * azs;
  }

  /** The prefix length of the smallest power-of-two block holding {@code addresses} (may be < 0 for huge). */
  public static int prefixFor(long addresses) {
    if (addresses <= 1) return 32;
    int bits = 64 - Long.numberOfLeadingZeros(addresses - 1);
    return 32 - bits;
  }

  /** Multiplies a block size by a power-of-two growth factor. */
  public static int grow(int prefix, int factor) {
    return prefix - Integer.numberOfTrailingZeros(factor);
  }
}
