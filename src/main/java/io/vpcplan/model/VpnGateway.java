package io.vpcplan.model;

import java.util.List;

/** A virtual private gateway: one VPC's own VPN / Direct Connect endpoint (the pre-TGW way). */
public record VpnGateway(String id, String name, String account, String region, long asn, List<String> vpcIds,
    Location location) {
  public VpnGateway {
    id = Checks.nonBlank(id, "virtual private gateway id");
    name = Checks.orEmpty(name);
    account = Checks.orEmpty(account);
    region = Checks.orEmpty(region);
    vpcIds = Checks.list(vpcIds);
    if (location == null) location = Location.NONE;
  }
}
