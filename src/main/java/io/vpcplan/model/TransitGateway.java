package io.vpcplan.model;

import java.util.List;

/** A transit gateway with its attachments and route tables. */
public record TransitGateway(String id, String name, String account, String region, long asn,
    boolean defaultAssociation, boolean defaultPropagation, boolean autoAccept,
    List<TgwAttachment> attachments, List<TgwRouteTable> routeTables, Location location) {
  public TransitGateway {
    id = Checks.nonBlank(id, "transit gateway id");
    name = Checks.orEmpty(name);
    account = Checks.orEmpty(account);
    region = Checks.nonBlank(region, "transit gateway region");
    attachments = Checks.list(attachments);
    routeTables = Checks.list(routeTables);
    if (location == null) location = Location.NONE;
  }
}
