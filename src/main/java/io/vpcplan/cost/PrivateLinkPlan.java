package io.vpcplan.cost;

import io.vpcplan.model.Endpoint;
import io.vpcplan.model.EndpointService;
import io.vpcplan.model.EndpointType;
import io.vpcplan.model.Network;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network with the PrivateLink the advice recommends: for each recommended advice an endpoint
 * service in the provider VPC (the advised AZs, the service port) and an interface endpoint in the
 * consumer VPC naming that service by id, in one consumer subnet per advised AZ (none when the
 * consumer's subnets are not known, e.g. an existing VPC: the generators then ask for them).
 * Advice that is not recommended adds nothing. Pure; the same advice twice adds one pair.
 */
public final class PrivateLinkPlan {
  private PrivateLinkPlan() {}

  public static String serviceId(PrivateLinkAdvice a) {
    return "vpce-svc/" + a.to() + "/" + a.service();
  }

  public static String endpointId(PrivateLinkAdvice a) {
    return "vpce/" + a.from() + "/" + a.service();
  }

  public static Network apply(Network n, List<PrivateLinkAdvice> advice) {
    Map<String, EndpointService> services = new LinkedHashMap<>();
    n.endpointServices().forEach(s -> services.put(s.id(), s));
    Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    n.endpoints().forEach(e -> endpoints.put(e.id(), e));
    Map<String, Vpc> vpcs = n.vpcIndex();
    boolean added = false;
    for (PrivateLinkAdvice a : advice) {
      Vpc consumer = vpcs.get(a.from());
      if (!a.recommended() || consumer == null || !vpcs.containsKey(a.to())) continue;
      String sid = serviceId(a);
      if (services.containsKey(sid) || endpoints.containsKey(endpointId(a))) continue;
      services.put(sid, new EndpointService(sid, a.service(), a.to(), a.endpointAzs(), List.of(a.port())));
      endpoints.put(endpointId(a), new Endpoint(endpointId(a), a.from(), sid, subnets(consumer, a.endpointAzs()),
          consumer.location(), EndpointType.INTERFACE));
      added = true;
    }
    return added ? n.withEndpoints(List.copyOf(services.values()), List.copyOf(endpoints.values())) : n;
  }

  /** One workload subnet per AZ (private before public, then by key): an interface endpoint takes one per AZ. */
  static List<String> subnets(Vpc v, List<String> azs) {
    List<String> out = new ArrayList<>();
    Comparator<Subnet> order = Comparator.comparing(Subnet::isPublic).thenComparing(Subnet::key);
    for (String az : azs) {
      v.subnets().stream().filter(s -> s.purpose() == Purpose.WORKLOAD && s.az().equals(az)).min(order)
          .ifPresent(s -> out.add(s.key()));
    }
    return out;
  }
}
