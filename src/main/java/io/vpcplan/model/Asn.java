package io.vpcplan.model;

import java.util.OptionalLong;

/**
 * The private ASNs AWS takes as a transit gateway's (or VPN or Direct Connect gateway's)
 * amazonSideAsn: 64512-65534 (16-bit) and 4200000000-4294967294 (32-bit). EC2 API reference,
 * TransitGatewayRequestOptions.AmazonSideAsn.
 */
public final class Asn {
  public static final long MIN_16 = 64_512L;
  public static final long MAX_16 = 65_534L;
  public static final long MIN_32 = 4_200_000_000L;
  public static final long MAX_32 = 4_294_967_294L;
  public static final String RANGES = MIN_16 + "-" + MAX_16 + " (16-bit) or " + MIN_32 + "-" + MAX_32 + " (32-bit)";

  private Asn() {}

  public static boolean isAmazonSide(long asn) {
    return asn >= MIN_16 && asn <= MAX_16 || asn >= MIN_32 && asn <= MAX_32;
  }

  /** The last ASN of the private range holding {@code asn}, or empty when it is in neither. */
  public static OptionalLong rangeEnd(long asn) {
    if (asn >= MIN_16 && asn <= MAX_16) return OptionalLong.of(MAX_16);
    if (asn >= MIN_32 && asn <= MAX_32) return OptionalLong.of(MAX_32);
    return OptionalLong.empty();
  }
}
