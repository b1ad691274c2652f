package io.vpcplan.model;

/**
 * How private tiers of a VPC with public tiers reach the internet (design key
 * {@code connectivity.natGateways}). PER_AZ: one NAT gateway per AZ in that AZ's public subnet (AZ
 * independent; about 3 x 32.85 USD/month plus 0.045 USD/GB in us-east-1 for 3 AZs). SINGLE: one
 * NAT gateway in the first AZ (about 32.85 USD/month; traffic from other AZs crosses AZs and fails
 * with that AZ). NONE: no NAT gateway, private tiers have no internet route.
 */
public enum NatGateways {
  PER_AZ,
  SINGLE,
  NONE;

  /** The design-file spelling: per-az, single, none. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public static NatGateways parse(String s) {
    for (NatGateways n : values()) if (n.label().equals(s)) return n;
    throw new IllegalArgumentException("'" + s + "' is not one of per-az, single, none");
  }
}
