package io.vpcplan.model;

import io.vpcplan.cidr.Cidr;
import java.util.List;

/**
 * A Direct Connect gateway (global) with its associations to transit gateways or virtual private
 * gateways. Each association's {@code allowedPrefixes} are what AWS advertises to on-premises over it.
 */
public record DxGateway(String id, String name, String account, long asn, List<Association> associations,
    Location location) {
  /** {@code gatewayId}: the TGW or VGW; {@code gatewayRegion}: where it is. */
  public record Association(String gatewayId, String gatewayRegion, List<Cidr> allowedPrefixes) {
    public Association {
      gatewayId = Checks.nonBlank(gatewayId, "associated gateway id");
      gatewayRegion = Checks.orEmpty(gatewayRegion);
      allowedPrefixes = Checks.list(allowedPrefixes);
    }
  }

  public DxGateway {
    id = Checks.nonBlank(id, "Direct Connect gateway id");
    name = Checks.orEmpty(name);
    account = Checks.orEmpty(account);
    associations = Checks.list(associations);
    if (location == null) location = Location.NONE;
  }
}
