package io.vpcplan.model;

import io.vpcplan.cidr.Cidr;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A VPC. {@code id} is the AWS id when known, else the planner's key account/region/name.
 * {@code cidrs} holds every associated block, the primary IPv4 block first; {@code ipamAllocations}
 * the blocks AWS IPAM will allocate at deploy time (their addresses are not known yet); {@code tags}
 * the VPC's own tags from the design (sorted; see {@link #effectiveTags} for what goes on its resources);
 * {@code isDefault} marks the default VPC AWS makes in every region (172.31.0.0/16 in each: they overlap by design).
 */
public record Vpc(String id, String name, String account, String region, String segment,
    List<Cidr> cidrs, List<Subnet> subnets, List<RouteTable> routeTables, Origin origin, Location location,
    List<IpamAllocation> ipamAllocations, Map<String, String> tags, boolean isDefault) {
  public Vpc(String id, String name, String account, String region, String segment, List<Cidr> cidrs,
      List<Subnet> subnets, List<RouteTable> routeTables, Origin origin, Location location,
      List<IpamAllocation> ipamAllocations, Map<String, String> tags) {
    this(id, name, account, region, segment, cidrs, subnets, routeTables, origin, location, ipamAllocations, tags, false);
  }

  public Vpc(String id, String name, String account, String region, String segment, List<Cidr> cidrs,
      List<Subnet> subnets, List<RouteTable> routeTables, Origin origin, Location location,
      List<IpamAllocation> ipamAllocations) {
    this(id, name, account, region, segment, cidrs, subnets, routeTables, origin, location, ipamAllocations, Map.of());
  }

  public Vpc(String id, String name, String account, String region, String segment, List<Cidr> cidrs,
      List<Subnet> subnets, List<RouteTable> routeTables, Origin origin, Location location) {
    this(id, name, account, region, segment, cidrs, subnets, routeTables, origin, location, List.of());
  }

  public Vpc {
    tags = Checks.tags(tags);
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

  // equals and hashCode written out, with the record's meaning and formula (see Location)
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Vpc v && Objects.equals(id, v.id) && Objects.equals(name, v.name)
        && Objects.equals(account, v.account) && Objects.equals(region, v.region) && Objects.equals(segment, v.segment)
        && Objects.equals(cidrs, v.cidrs) && Objects.equals(subnets, v.subnets) && Objects.equals(routeTables, v.routeTables)
        && origin == v.origin && Objects.equals(location, v.location) && Objects.equals(ipamAllocations, v.ipamAllocations)
        && Objects.equals(tags, v.tags) && isDefault == v.isDefault;
  }

  @Override
  public int hashCode() {
    int h = Objects.hashCode(id);
    for (Object c : new Object[] {name, account, region, segment, cidrs, subnets, routeTables, origin, location,
        ipamAllocations, tags}) {
      h = h * 31 + Objects.hashCode(c);
    }
    return isDefault ? h * 31 + 1 : h; // unchanged for the rest: nothing ordered by hash moves
  }

  /** account/region/name (or id when unnamed): how people refer to a VPC. */
  public String displayName() {
    return account + "/" + region + "/" + (name.isEmpty() ? id : name);
  }

  public List<Cidr> ipv4() {
    return cidrs.stream().filter(Cidr::isV4).toList();
  }

  public Vpc withRouteTables(List<RouteTable> tables) {
    return new Vpc(id, name, account, region, segment, cidrs, subnets, tables, origin, location, ipamAllocations, tags,
        isDefault);
  }

  public Vpc withIpamAllocations(List<IpamAllocation> allocations) {
    return new Vpc(id, name, account, region, segment, cidrs, subnets, routeTables, origin, location, allocations, tags,
        isDefault);
  }

  public Vpc withTags(Map<String, String> newTags) {
    return new Vpc(id, name, account, region, segment, cidrs, subnets, routeTables, origin, location, ipamAllocations,
        newTags, isDefault);
  }

  /** True when some subnet is public: the VPC needs an internet gateway (and NAT gateways for its private tiers). */
  public boolean hasPublicSubnets() {
    return subnets.stream().anyMatch(Subnet::isPublic);
  }

  /**
   * The tags for this VPC's resources: the network's design-level tags, then its account's, then its
   * own (later ones win), sorted. The ownership tags (vpcplan:*) are added by the generators.
   */
  public Map<String, String> effectiveTags(Network network) {
    Map<String, String> m = new java.util.TreeMap<>(network.tags());
    for (Account a : network.accounts()) if (a.key().equals(account) || a.id().equals(account)) m.putAll(a.tags());
    m.putAll(tags);
    return java.util.Collections.unmodifiableMap(m);
  }
}
