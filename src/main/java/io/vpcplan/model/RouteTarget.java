package io.vpcplan.model;

public enum RouteTarget {
  LOCAL,
  TRANSIT_GATEWAY,
  PEERING,
  INTERNET_GATEWAY,
  NAT_GATEWAY,
  VPC_ENDPOINT,
  /** An AWS Network Firewall endpoint; the route's target is the key of the firewall subnet holding it. */
  FIREWALL_ENDPOINT,
  BLACKHOLE,
  OTHER
}
