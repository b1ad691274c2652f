package io.vpcplan.model;

import io.vpcplan.cidr.Cidr;
import java.util.List;

/**
 * A Site-to-Site VPN connection from a customer gateway to a transit gateway or a virtual private
 * gateway (exactly one of {@code transitGatewayId} / {@code vpnGatewayId} is set). Static routing
 * lists its {@code staticRoutes}; BGP routing learns them. AWS always gives two tunnels.
 */
public record VpnConnection(String id, String name, String account, String region, String customerGatewayId,
    String transitGatewayId, String vpnGatewayId, boolean staticRoutesOnly, List<Cidr> staticRoutes, int tunnels,
    String site, Location location) {
  public VpnConnection {
    id = Checks.nonBlank(id, "VPN connection id");
    name = Checks.orEmpty(name);
    account = Checks.orEmpty(account);
    region = Checks.orEmpty(region);
    customerGatewayId = Checks.orEmpty(customerGatewayId);
    transitGatewayId = Checks.orEmpty(transitGatewayId);
    vpnGatewayId = Checks.orEmpty(vpnGatewayId);
    staticRoutes = Checks.list(staticRoutes);
    site = Checks.orEmpty(site);
    if (tunnels <= 0) tunnels = 2;
    if (location == null) location = Location.NONE;
  }
}
