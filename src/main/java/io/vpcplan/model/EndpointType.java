package io.vpcplan.model;

/** How a VPC endpoint is realised: interface (PrivateLink ENIs + security group) or gateway (route-table entries). */
public enum EndpointType {
  INTERFACE,
  GATEWAY
}
