package io.vpcplan.model;

import io.vpcplan.cidr.Cidr;

/**
 * A VPC block that AWS IPAM allocates at deploy time: from pool {@code pool}, of size
 * /{@code netmaskLength}. When the plan chose the block, {@code cidr} names it and the generators
 * ask IPAM for exactly that block (pool id plus CIDR), so routes naming it are right by
 * construction; when only the size is known (an LZA import), {@code cidr} is null and overlap
 * checks cannot see the block until it is deployed.
 */
public record IpamAllocation(String pool, int netmaskLength, Cidr cidr, Location location) {
  public IpamAllocation {
    pool = Checks.nonBlank(pool, "IPAM pool");
    if (netmaskLength < 0 || netmaskLength > 128) {
      throw new IllegalArgumentException("IPAM netmask /" + netmaskLength + " out of range 0-128");
    }
    if (cidr != null && cidr.length() != netmaskLength) {
      throw new IllegalArgumentException("IPAM allocation " + cidr + " is not a /" + netmaskLength);
    }
    if (location == null) location = Location.NONE;
  }

  /** An allocation of a size only: AWS picks the block. */
  public IpamAllocation(String pool, int netmaskLength, Location location) {
    this(pool, netmaskLength, null, location);
  }

  /** The planned block {@code c} comes from this allocation. */
  public boolean pins(Cidr c) {
    return c.equals(cidr);
  }
}
