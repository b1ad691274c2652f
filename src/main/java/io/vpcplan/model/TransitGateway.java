package io.vpcplan.model;

import java.util.List;

/**
 * A transit gateway with its attachments and route tables. The options are what AWS calls them:
 * default route-table association/propagation and auto-accept (a planned hub has all three off),
 * DNS support and VPN ECMP support (on for a planned hub: AWS's defaults, harmless).
 */
public record TransitGateway(String id, String name, String account, String region, long asn,
    boolean defaultAssociation, boolean defaultPropagation, boolean autoAccept,
    List<TgwAttachment> attachments, List<TgwRouteTable> routeTables, Location location,
    boolean dnsSupport, boolean vpnEcmpSupport) {
  public TransitGateway(String id, String name, String account, String region, long asn,
      boolean defaultAssociation, boolean defaultPropagation, boolean autoAccept,
      List<TgwAttachment> attachments, List<TgwRouteTable> routeTables, Location location) {
    this(id, name, account, region, asn, defaultAssociation, defaultPropagation, autoAccept, attachments, routeTables,
        location, true, true);
  }

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
