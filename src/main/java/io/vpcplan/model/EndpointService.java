package io.vpcplan.model;

import java.util.List;

/** A PrivateLink endpoint service (behind an NLB) offered by a provider VPC. */
public record EndpointService(String id, String name, String vpcId, List<String> azs, List<Integer> ports) {
  public EndpointService {
    id = Checks.nonBlank(id, "endpoint service id");
    name = Checks.orEmpty(name);
    vpcId = Checks.orEmpty(vpcId);
    azs = Checks.list(azs);
    ports = Checks.list(ports);
  }
}
