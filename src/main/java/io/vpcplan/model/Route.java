package io.vpcplan.model;

import io.vpcplan.cidr.Cidr;

/** One route of a VPC route table. {@code target} is the id of the TGW, peering, gateway …; empty for local. */
public record Route(Cidr destination, RouteTarget targetType, String target, boolean propagated) {
  public Route {
    if (destination == null) throw new IllegalArgumentException("route without destination");
    if (targetType == null) targetType = RouteTarget.OTHER;
    target = Checks.orEmpty(target);
  }

  public boolean blackhole() {
    return targetType == RouteTarget.BLACKHOLE;
  }
}
