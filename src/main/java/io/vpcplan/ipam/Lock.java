package io.vpcplan.ipam;

import io.vpcplan.cidr.Cidr;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Allocations recorded by an earlier plan, kept by the next one. Keys: region name; region/segment;
 * account/region/vpc (and subnet names inside a VPC). Sorted maps so the file is deterministic.
 */
public record Lock(SortedMap<String, List<Cidr>> regions, SortedMap<String, List<Cidr>> segments,
    SortedMap<String, LockedVpc> vpcs) {
  public static final Lock EMPTY = new Lock(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());

  public Lock {
    regions = Collections.unmodifiableSortedMap(new TreeMap<>(regions));
    segments = Collections.unmodifiableSortedMap(new TreeMap<>(segments));
    vpcs = Collections.unmodifiableSortedMap(new TreeMap<>(vpcs));
  }

  public boolean isEmpty() {
    return regions.isEmpty() && segments.isEmpty() && vpcs.isEmpty();
  }

  /** A locked VPC: its CIDR blocks (primary first), its subnets by name, and their IPv6 /64s. */
  public record LockedVpc(List<Cidr> cidrs, SortedMap<String, Cidr> subnets, SortedMap<String, Cidr> subnets6) {
    public LockedVpc {
      cidrs = List.copyOf(cidrs);
      subnets = Collections.unmodifiableSortedMap(new TreeMap<>(subnets));
      subnets6 = Collections.unmodifiableSortedMap(new TreeMap<>(subnets6));
    }

    public LockedVpc(List<Cidr> cidrs, Map<String, Cidr> subnets) {
      this(cidrs, new TreeMap<>(subnets), new TreeMap<>());
    }
  }
}
