package io.vpcplan.model;

import io.vpcplan.cidr.Cidr;
import java.util.List;

/**
 * An AWS VPC IPAM pool: its provisioned CIDRs, the pool it draws from ({@code sourcePool}, empty
 * for a top-level pool), its locale (a region, empty for any) and the netmask rules of allocations.
 * 0 means "no rule" for the netmask lengths.
 */
public record IpamPool(String name, String ipam, String sourcePool, String locale, List<Cidr> cidrs,
    int minNetmask, int maxNetmask, int defaultNetmask, Location location) {
  public IpamPool {
    name = Checks.nonBlank(name, "IPAM pool name");
    ipam = Checks.orEmpty(ipam);
    sourcePool = Checks.orEmpty(sourcePool);
    locale = Checks.orEmpty(locale);
    cidrs = Checks.list(cidrs);
    if (location == null) location = Location.NONE;
  }
}
