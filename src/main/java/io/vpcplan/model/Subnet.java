package io.vpcplan.model;

import io.vpcplan.cidr.Cidr;

/**
 * A subnet of a VPC; {@code tier} is empty for imported subnets with no tier tag. {@code ipv6}
 * is its /64 in a dual-stack VPC, null otherwise.
 */
public record Subnet(String id, String name, String tier, String az, Cidr cidr, Purpose purpose,
    boolean isPublic, Location location, Cidr ipv6) {
  public Subnet(String id, String name, String tier, String az, Cidr cidr, Purpose purpose, boolean isPublic,
      Location location) {
    this(id, name, tier, az, cidr, purpose, isPublic, location, null);
  }

  public Subnet {
    if (ipv6 != null && ipv6.isV4()) throw new IllegalArgumentException("subnet " + name + ": ipv6 " + ipv6 + " is IPv4");
    id = Checks.orEmpty(id);
    name = Checks.orEmpty(name);
    tier = Checks.orEmpty(tier);
    az = Checks.orEmpty(az);
    if (cidr == null) throw new IllegalArgumentException("subnet " + name + " has no CIDR");
    if (purpose == null) purpose = Purpose.WORKLOAD;
    if (location == null) location = Location.NONE;
  }

  /** Addresses a subnet can use: AWS reserves 5 in every subnet. */
  public long usableHosts() {
    return cidr.isV4() ? Math.max(0, cidr.size4() - 5) : Long.MAX_VALUE;
  }

  public String key() {
    return id.isEmpty() ? name : id;
  }
}
