package io.vpcplan.model;

import io.vpcplan.cidr.Cidr;
import java.util.List;

/**
 * A place outside AWS (a data centre, an office) with its address ranges and BGP ASN.
 * {@code segments}: the segments allowed to reach it (and be reached from it); the ranges are kept
 * out of every pool like reserved ranges.
 */
public record OnPremSite(String name, List<Cidr> ranges, long asn, List<String> segments, Location location) {
  public OnPremSite {
    name = Checks.nonBlank(name, "on-premises site name");
    ranges = Checks.list(ranges);
    segments = Checks.list(segments);
    if (location == null) location = Location.NONE;
  }
}
