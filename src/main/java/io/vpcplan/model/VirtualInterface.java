package io.vpcplan.model;

/**
 * A Direct Connect virtual interface ({@code type} "transit", "private" or "public") on a
 * connection of {@code bandwidthMbps}, to a Direct Connect gateway ({@code dxGatewayId}) or a
 * virtual private gateway; {@code site} is the on-premises end when known.
 */
public record VirtualInterface(String id, String name, String account, String region, String type,
    String dxGatewayId, String vpnGatewayId, long bgpAsn, int vlan, String connectionId, long bandwidthMbps,
    String site, Location location) {
  public VirtualInterface {
    id = Checks.nonBlank(id, "virtual interface id");
    name = Checks.orEmpty(name);
    account = Checks.orEmpty(account);
    region = Checks.orEmpty(region);
    type = Checks.orEmpty(type);
    dxGatewayId = Checks.orEmpty(dxGatewayId);
    vpnGatewayId = Checks.orEmpty(vpnGatewayId);
    connectionId = Checks.orEmpty(connectionId);
    site = Checks.orEmpty(site);
    if (location == null) location = Location.NONE;
  }
}
