package io.vpcplan.model;

public enum RouteTarget {
  LOCAL,
  TRANSIT_GATEWAY,
  PEERING,
  INTERNET_GATEWAY,
  /** The VPC's egress-only internet gateway: outbound-only IPv6 for private subnets (as a NAT gateway is for IPv4). */
  EGRESS_ONLY_INTERNET_GATEWAY,
  NAT_GATEWAY,
  VPC_ENDPOINT,
  /** An AWS Network Firewall endpoint; the route's target is the key of the firewall subnet holding it. */
  FIREWALL_ENDPOINT,
  BLACKHOLE,
  OTHER
}
