package io.vpcplan.model;

import java.util.List;

/** An interface VPC endpoint in a consumer VPC, connected to an endpoint service (or AWS service name). */
public record Endpoint(String id, String vpcId, String serviceName, List<String> subnetIds, Location location) {
  public Endpoint(String id, String vpcId, String serviceName, List<String> subnetIds) {
    this(id, vpcId, serviceName, subnetIds, Location.NONE);
  }

  public Endpoint {
    if (location == null) location = Location.NONE;
    id = Checks.nonBlank(id, "endpoint id");
    vpcId = Checks.nonBlank(vpcId, "endpoint VPC");
    serviceName = Checks.orEmpty(serviceName);
    subnetIds = Checks.list(subnetIds);
  }
}
