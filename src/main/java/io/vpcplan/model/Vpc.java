package io.vpcplan.model;

import io.vpcplan.cidr.Cidr;
import java.util.List;

/**
 * A VPC. {@code id} is the AWS id when known, else the planner's key account/region/name.
 * {@code cidrs} holds every associated block, the primary IPv4 block first; {@code ipamAllocations}
 * the blocks AWS IPAM will allocate at deploy time (their addresses are not known yet).
 */
public record Vpc(String id, String name, String account, String region, String segment,
    List<Cidr> cidrs, List<Subnet> subnets, List<RouteTable> routeTables, Origin origin, Location location,
    List<IpamAllocation> ipamAllocations) {
  public Vpc(String id, String name, String account, String region, String segment, List<Cidr> cidrs,
      List<Subnet> subnets, List<RouteTable> routeTables, Origin origin, Location location) {
    this(id, name, account, region, segment, cidrs, subnets, routeTables, origin, location, List.of());
  }

  public Vpc {
    ipamAllocations = Checks.list(ipamAllocations);
    name = Checks.orEmpty(name);
    account = Checks.nonBlank(account, "VPC account");
    region = Checks.nonBlank(region, "VPC region");
    segment = Checks.orEmpty(segment);
    cidrs = Checks.list(cidrs);
    subnets = Checks.list(subnets);
    routeTables = Checks.list(routeTables);
    if (origin == null) origin = Origin.PLANNED;
    if (location == null) location = Location.NONE;
    id = id == null || id.isBlank() ? account + "/" + region + "/" + name : id;
  }

  /** account/region/name (or id when unnamed): how people refer to a VPC. */
  public String displayName() {
    return account + "/" + region + "/" + (name.isEmpty() ? id : name);
  }

  public List<Cidr> ipv4() {
    return cidrs.stream().filter(Cidr::isV4).toList();
  }

  public Vpc withRouteTables(List<RouteTable> tables) {
    return new Vpc(id, name, account, region, segment, cidrs, subnets, tables, origin, location, ipamAllocations);
  }
}
