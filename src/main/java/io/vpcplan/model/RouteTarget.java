package io.vpcplan.model;

public enum RouteTarget {
  LOCAL,
  TRANSIT_GATEWAY,
  PEERING,
  INTERNET_GATEWAY,
  NAT_GATEWAY,
  VPC_ENDPOINT,
  BLACKHOLE,
  OTHER
}
