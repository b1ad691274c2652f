package io.vpcplan.model;

/**
 * A VPC block that AWS IPAM allocates at deploy time: from pool {@code pool}, of size
 * /{@code netmaskLength}. Its address is unknown until then, so overlap checks cannot see it.
 */
public record IpamAllocation(String pool, int netmaskLength, Location location) {
  public IpamAllocation {
    pool = Checks.nonBlank(pool, "IPAM pool");
    if (netmaskLength < 0 || netmaskLength > 128) {
      throw new IllegalArgumentException("IPAM netmask /" + netmaskLength + " out of range 0-128");
    }
    if (location == null) location = Location.NONE;
  }
}
