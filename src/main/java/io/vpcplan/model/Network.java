package io.vpcplan.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One whole network: what the planner produces from a design and what every importer produces
 * from an estate. Every analysis, renderer and generator consumes this.
 */
public record Network(List<Account> accounts, List<Vpc> vpcs, List<TransitGateway> transitGateways,
    List<Peering> peerings, List<EndpointService> endpointServices, List<Endpoint> endpoints,
    List<RamShare> ramShares, List<Segment> segments, List<Intent> intents, List<IpamPool> ipamPools) {
  public Network(List<Account> accounts, List<Vpc> vpcs, List<TransitGateway> transitGateways, List<Peering> peerings,
      List<EndpointService> endpointServices, List<Endpoint> endpoints, List<RamShare> ramShares,
      List<Segment> segments, List<Intent> intents) {
    this(accounts, vpcs, transitGateways, peerings, endpointServices, endpoints, ramShares, segments, intents, List.of());
  }

  public Network {
    ipamPools = Checks.list(ipamPools);
    accounts = Checks.list(accounts);
    vpcs = Checks.list(vpcs);
    transitGateways = Checks.list(transitGateways);
    peerings = Checks.list(peerings);
    endpointServices = Checks.list(endpointServices);
    endpoints = Checks.list(endpoints);
    ramShares = Checks.list(ramShares);
    segments = Checks.list(segments);
    intents = Checks.list(intents);
  }

  public static Network ofVpcs(List<Vpc> vpcs) {
    return new Network(List.of(), vpcs, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** Index of VPCs by id and by display name, for resolving references. */
  public Map<String, Vpc> vpcIndex() {
    Map<String, Vpc> m = new HashMap<>(vpcs.size() * 3);
    for (Vpc v : vpcs) {
      m.put(v.id(), v);
      m.putIfAbsent(v.displayName(), v);
    }
    return m;
  }

  public Optional<Vpc> vpc(String idOrName) {
    for (Vpc v : vpcs) if (v.id().equals(idOrName) || v.displayName().equals(idOrName)) return Optional.of(v);
    return Optional.empty();
  }

  public Network withTopology(List<TransitGateway> tgws, List<Peering> peers, List<RamShare> shares) {
    return new Network(accounts, vpcs, tgws, peers, endpointServices, endpoints, shares, segments, intents, ipamPools);
  }

  public Network withVpcs(List<Vpc> newVpcs) {
    return new Network(accounts, newVpcs, transitGateways, peerings, endpointServices, endpoints, ramShares, segments,
        intents, ipamPools);
  }
}
