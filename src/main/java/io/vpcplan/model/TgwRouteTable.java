package io.vpcplan.model;

import java.util.List;

/** A TGW route table: attachments associated with it, attachments propagating into it, static routes. */
public record TgwRouteTable(String id, String name, List<String> associations, List<String> propagations,
    List<TgwRoute> routes, Location location) {
  public TgwRouteTable(String id, String name, List<String> associations, List<String> propagations,
      List<TgwRoute> routes) {
    this(id, name, associations, propagations, routes, Location.NONE);
  }

  public TgwRouteTable {
    if (location == null) location = Location.NONE;
    id = Checks.nonBlank(id, "TGW route table id");
    name = Checks.orEmpty(name);
    associations = Checks.list(associations);
    propagations = Checks.list(propagations);
    routes = Checks.list(routes);
  }
}
