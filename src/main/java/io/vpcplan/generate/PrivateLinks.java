package io.vpcplan.generate;

import io.vpcplan.model.Endpoint;
import io.vpcplan.model.EndpointService;
import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The PrivateLink pairs of a network: an interface endpoint whose service name is the id of an
 * endpoint service the network holds, with both VPCs. Every target writes these the same way:
 * the service (behind the application's NLB) on the provider side, the endpoint on the consumer side.
 */
public final class PrivateLinks {
  /** One pair; {@link #ports} are what the consumer's security group admits (HTTPS when the service names none). */
  public record Link(EndpointService service, Endpoint endpoint, Vpc provider, Vpc consumer) {
    public List<Integer> ports() {
      return service.ports().isEmpty() ? List.of(443) : service.ports();
    }

    /** "443" or "80, 443". */
    public String portsText() {
      return String.join(", ", ports().stream().map(String::valueOf).toList());
    }
  }

  private PrivateLinks() {}

  public static List<Link> of(Network n) {
    if (n.endpointServices().isEmpty()) return List.of();
    Map<String, EndpointService> services = new HashMap<>();
    n.endpointServices().forEach(s -> services.putIfAbsent(s.id(), s));
    Map<String, Vpc> vpcs = n.vpcIndex();
    List<Link> out = new ArrayList<>();
    for (Endpoint e : n.endpoints()) {
      EndpointService s = services.get(e.serviceName());
      if (s == null || !vpcs.containsKey(s.vpcId()) || !vpcs.containsKey(e.vpcId())) continue;
      out.add(new Link(s, e, vpcs.get(s.vpcId()), vpcs.get(e.vpcId())));
    }
    out.sort(Comparator.comparing((Link l) -> l.endpoint().id()));
    return out;
  }
}
