package io.vpcplan.model;

import java.util.List;

/**
 * A VPC endpoint in a consumer VPC, connected to an endpoint service (or AWS service name).
 * {@code type}: INTERFACE (PrivateLink: ENIs in {@code subnetIds}, behind a security group that
 * admits {@link #ingressPorts()} from the VPC's own CIDRs) or GATEWAY (S3/DynamoDB: routes in the
 * VPC's route tables, no subnets, no security group).
 */
public record Endpoint(String id, String vpcId, String serviceName, List<String> subnetIds, Location location,
    EndpointType type) {
  public Endpoint(String id, String vpcId, String serviceName, List<String> subnetIds) {
    this(id, vpcId, serviceName, subnetIds, Location.NONE);
  }

  public Endpoint(String id, String vpcId, String serviceName, List<String> subnetIds, Location location) {
    this(id, vpcId, serviceName, subnetIds, location, EndpointType.INTERFACE);
  }

  /** TCP ports the endpoint's security group admits from the VPC: HTTPS for interface endpoints, none for gateways. */
  public List<Integer> ingressPorts() {
    return type == EndpointType.INTERFACE ? List.of(443) : List.of();
  }

  public Endpoint {
    if (type == null) type = EndpointType.INTERFACE;
    if (location == null) location = Location.NONE;
    id = Checks.nonBlank(id, "endpoint id");
    vpcId = Checks.nonBlank(vpcId, "endpoint VPC");
    serviceName = Checks.orEmpty(serviceName);
    subnetIds = Checks.list(subnetIds);
  }
}
