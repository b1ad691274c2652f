package io.vpcplan.model;

/** An active VPC peering connection between two VPC ids. */
public record Peering(String id, String requesterVpcId, String accepterVpcId, Location location) {
  public Peering {
    id = Checks.nonBlank(id, "peering id");
    requesterVpcId = Checks.nonBlank(requesterVpcId, "peering requester VPC");
    accepterVpcId = Checks.nonBlank(accepterVpcId, "peering accepter VPC");
    if (location == null) location = Location.NONE;
  }
}
