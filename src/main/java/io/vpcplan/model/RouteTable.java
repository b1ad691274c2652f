package io.vpcplan.model;

import java.util.List;

/** A VPC route table with the subnets associated to it ({@code main} applies to all others). */
public record RouteTable(String id, String name, List<Route> routes, List<String> subnetIds, boolean main,
    Location location) {
  public RouteTable(String id, String name, List<Route> routes, List<String> subnetIds, boolean main) {
    this(id, name, routes, subnetIds, main, Location.NONE);
  }

  public RouteTable {
    if (location == null) location = Location.NONE;
    id = Checks.nonBlank(id, "route table id");
    name = Checks.orEmpty(name);
    routes = Checks.list(routes);
    subnetIds = Checks.list(subnetIds);
  }

  /** Routes that count against the per-table quota (not local, not propagated). */
  public long staticRouteCount() {
    return routes.stream().filter(r -> r.targetType() != RouteTarget.LOCAL && !r.propagated()).count();
  }
}
