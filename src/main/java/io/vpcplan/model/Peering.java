package io.vpcplan.model;

/**
 * An active VPC peering connection between two VPC ids. The owner accounts and regions of each
 * side are what the peering itself reports (empty when unknown): they say which account to
 * export when a side is not in the inventory.
 */
public record Peering(String id, String requesterVpcId, String accepterVpcId, Location location,
    String requesterAccount, String requesterRegion, String accepterAccount, String accepterRegion) {
  public Peering(String id, String requesterVpcId, String accepterVpcId, Location location) {
    this(id, requesterVpcId, accepterVpcId, location, "", "", "", "");
  }

  public Peering {
    requesterAccount = Checks.orEmpty(requesterAccount);
    requesterRegion = Checks.orEmpty(requesterRegion);
    accepterAccount = Checks.orEmpty(accepterAccount);
    accepterRegion = Checks.orEmpty(accepterRegion);
    id = Checks.nonBlank(id, "peering id");
    requesterVpcId = Checks.nonBlank(requesterVpcId, "peering requester VPC");
    accepterVpcId = Checks.nonBlank(accepterVpcId, "peering accepter VPC");
    if (location == null) location = Location.NONE;
  }
}
