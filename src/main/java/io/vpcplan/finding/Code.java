package io.vpcplan.finding;

/**
 * Stable finding codes: users filter and suppress by these names, so never rename one. The
 * default severity is what the check reports unless the situation makes it worse or milder.
 */
public enum Code {
  VPC_CIDR_OVERLAP(Severity.WARNING, "Two VPCs have overlapping CIDR blocks; an error when they are connected or meant to be."),
  VPC_CIDR_OVERLAP_GROUP(Severity.WARNING, "Three or more VPCs share one range (e.g. every account reusing 10.0.0.0/16)."),
  SUBNET_OUTSIDE_VPC(Severity.ERROR, "A subnet's CIDR, or a dual-stack subnet's IPv6 block, is not inside any CIDR block of its VPC."),
  SUBNET_OVERLAP(Severity.ERROR, "Two subnets of one VPC overlap, in IPv4 or IPv6."),
  VPC_SIZE(Severity.ERROR, "A VPC block breaks AWS size rules (IPv4 /16 to /28; IPv6 /44 to /60 in steps of 4)."),
  SUBNET_SIZE(Severity.ERROR, "A subnet breaks AWS size rules (IPv4 /16 to /28; IPv6 /44 to /64 in steps of 4)."),
  RFC1918_MIXING(Severity.ERROR, "A secondary block is in another RFC 1918 range than the VPC's primary block."),
  VPC_CIDR_RESTRICTED(Severity.ERROR, "A VPC block is in a range AWS restricts (169.254.0.0/16, 198.19.0.0/16, 172.31.0.0/16 as secondary)."),
  VPC_BLOCK_QUOTA(Severity.ERROR, "A VPC has more IPv4 CIDR blocks than the quota allows."),
  PEERING_OVERLAP(Severity.ERROR, "A VPC peering connects VPCs whose CIDR blocks overlap; AWS refuses or cannot route it."),
  PEERING_QUOTA(Severity.WARNING, "A VPC has more active peerings than the default quota (error above the maximum)."),
  ROUTE_TABLE_QUOTA(Severity.WARNING, "A route table has more routes than the default quota (error above the maximum)."),
  TGW_PROPAGATION_CONFLICT(Severity.ERROR, "A TGW route table receives identical or overlapping CIDRs from two attachments; one is dropped or shadowed."),
  BLACKHOLE_ROUTE(Severity.WARNING, "A route drops traffic (blackhole): its target is gone, or it was configured to drop."),
  PLAN_COLLIDES_EXISTING(Severity.ERROR, "A pinned or brownfield range in the design overlaps a VPC that already exists."),
  DANGLING_REFERENCE(Severity.WARNING, "A resource refers to a VPC, subnet, attachment or route table that the inventory does not hold."),
  OWNER_MISMATCH(Severity.WARNING, "An element's OwnerId differs from the account folder it was found in."),
  UNRESOLVED_CIDR(Severity.INFO, "A CIDR is allocated at deploy time (IPAM) and cannot be checked before it exists."),
  INVENTORY_ELEMENT(Severity.ERROR, "An element of an inventory file could not be read and was skipped."),
  INVENTORY_LAYOUT(Severity.WARNING, "A file or folder does not fit the aws_configs/<account>/<region>/*.json layout and was skipped."),
  PLAN_WARNING(Severity.WARNING, "The planner could not give a design everything it asked for (headroom lowered, a block outgrown, ...)."),
  UNRESOLVED_PLACEHOLDER(Severity.WARNING, "An LZA {{ NAME }} placeholder has no value (replacements-config.yaml or --set)."),
  OU_AS_ACCOUNT(Severity.INFO, "An LZA organizational-unit target is counted as one account (no accounts-config.yaml beside it)."),
  IPAM_POOL_OVERLAP(Severity.ERROR, "Two IPAM pools that are not nested in each other have overlapping CIDRs."),
  IPAM_POOL_OUTSIDE_SOURCE(Severity.ERROR, "An IPAM pool's CIDR is not inside the CIDRs of its source pool."),
  IPAM_POOL_LOCALE(Severity.WARNING, "An IPAM pool's locale is not a region of the configuration, or a VPC is in another region."),
  IPAM_ALLOCATION(Severity.ERROR, "A VPC asks an IPAM pool that does not exist, or a netmask outside the pool's rules."),
  ONPREM_RANGE_OVERLAP(Severity.WARNING, "An on-premises range overlaps a VPC; an error when that VPC routes to the site."),
  ONPREM_ROUTE_DROPPED(Severity.ERROR, "A route learned over VPN or Direct Connect is dropped, blackholed or overridden in a TGW route table."),
  ONPREM_PREFIX_QUOTA(Severity.WARNING, "A Direct Connect gateway association allows more prefixes than the quota (200 for a TGW association)."),
  ONPREM_ASN_CLASH(Severity.ERROR, "BGP ASNs clash: a TGW and a customer gateway or DX gateway, or two TGWs on one DX gateway, share one."),
  ONPREM_NO_GATEWAY(Severity.WARNING, "An on-premises site or connection has no transit or virtual private gateway to reach VPCs through."),
  ONPREM_REACH_LEAK(Severity.ERROR, "A VPC and an on-premises site reach each other though the site does not allow the VPC's segment."),
  ONPREM_REACH_GAP(Severity.ERROR, "A VPC of a segment an on-premises site reaches cannot reach it, or is not reached from it."),
  DEFAULT_VPC_OVERLAP(Severity.INFO, "Default VPCs (AWS makes one per region, each on 172.31.0.0/16) overlap one another; expected while none is connected.");

  private final Severity defaultSeverity;
  private final String description;

  Code(Severity defaultSeverity, String description) {
    this.defaultSeverity = defaultSeverity;
    this.description = description;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  public String description() {
    return description;
  }
}
