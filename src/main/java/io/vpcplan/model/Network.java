package io.vpcplan.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One whole network: what the planner produces from a design and what every importer produces
 * from an estate. Every analysis, renderer and generator consumes this. {@code tags}: the design-level
 * tags every generated resource carries (sorted); {@code natGateways}: how VPCs with public tiers give
 * their private tiers internet access (PER_AZ unless the design says otherwise); {@code hybrid}: on-premises
 * sites, VPN and Direct Connect (empty unless the design or the estate has them); {@code networkAccount}:
 * the key of the account that owns shared network resources (TGW, IPAM), as the design's
 * connectivity.networkAccount or an LZA config's delegatedAdminAccount says; empty when nothing says.
 */
public record Network(List<Account> accounts, List<Vpc> vpcs, List<TransitGateway> transitGateways,
    List<Peering> peerings, List<EndpointService> endpointServices, List<Endpoint> endpoints,
    List<RamShare> ramShares, List<Segment> segments, List<Intent> intents, List<IpamPool> ipamPools,
    Map<String, String> tags, NatGateways natGateways, Hybrid hybrid, String networkAccount) {
  public Network(List<Account> accounts, List<Vpc> vpcs, List<TransitGateway> transitGateways, List<Peering> peerings,
      List<EndpointService> endpointServices, List<Endpoint> endpoints, List<RamShare> ramShares,
      List<Segment> segments, List<Intent> intents, List<IpamPool> ipamPools, Map<String, String> tags,
      NatGateways natGateways, Hybrid hybrid) {
    this(accounts, vpcs, transitGateways, peerings, endpointServices, endpoints, ramShares, segments, intents, ipamPools,
        tags, natGateways, hybrid, "");
  }

  public Network(List<Account> accounts, List<Vpc> vpcs, List<TransitGateway> transitGateways, List<Peering> peerings,
      List<EndpointService> endpointServices, List<Endpoint> endpoints, List<RamShare> ramShares,
      List<Segment> segments, List<Intent> intents, List<IpamPool> ipamPools, Map<String, String> tags,
      NatGateways natGateways) {
    this(accounts, vpcs, transitGateways, peerings, endpointServices, endpoints, ramShares, segments, intents, ipamPools,
        tags, natGateways, Hybrid.NONE);
  }

  public Network(List<Account> accounts, List<Vpc> vpcs, List<TransitGateway> transitGateways, List<Peering> peerings,
      List<EndpointService> endpointServices, List<Endpoint> endpoints, List<RamShare> ramShares,
      List<Segment> segments, List<Intent> intents, List<IpamPool> ipamPools) {
    this(accounts, vpcs, transitGateways, peerings, endpointServices, endpoints, ramShares, segments, intents, ipamPools,
        Map.of(), NatGateways.PER_AZ);
  }

  public Network(List<Account> accounts, List<Vpc> vpcs, List<TransitGateway> transitGateways, List<Peering> peerings,
      List<EndpointService> endpointServices, List<Endpoint> endpoints, List<RamShare> ramShares,
      List<Segment> segments, List<Intent> intents) {
    this(accounts, vpcs, transitGateways, peerings, endpointServices, endpoints, ramShares, segments, intents, List.of());
  }

  public Network {
    tags = Checks.tags(tags);
    if (natGateways == null) natGateways = NatGateways.PER_AZ;
    if (hybrid == null) hybrid = Hybrid.NONE;
    networkAccount = Checks.orEmpty(networkAccount);
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
    return new Network(accounts, vpcs, tgws, peers, endpointServices, endpoints, shares, segments, intents, ipamPools,
        tags, natGateways, hybrid, networkAccount);
  }

  public Network withIpamPools(List<IpamPool> pools) {
    return new Network(accounts, vpcs, transitGateways, peerings, endpointServices, endpoints, ramShares, segments,
        intents, pools, tags, natGateways, hybrid, networkAccount);
  }

  /** The design-level settings: tags on everything, NAT gateway layout. */
  public Network withSettings(Map<String, String> newTags, NatGateways nat) {
    return new Network(accounts, vpcs, transitGateways, peerings, endpointServices, endpoints, ramShares, segments,
        intents, ipamPools, newTags, nat, hybrid, networkAccount);
  }

  /**
   * The peering with both sides' owner account and region filled in from this network's VPCs
   * where the peering itself does not say (planned peerings never do).
   */
  public Peering resolved(Peering p) {
    Optional<Vpc> r = vpc(p.requesterVpcId());
    Optional<Vpc> a = vpc(p.accepterVpcId());
    return new Peering(p.id(), p.requesterVpcId(), p.accepterVpcId(), p.location(),
        or(p.requesterAccount(), r.map(Vpc::account)), or(p.requesterRegion(), r.map(Vpc::region)),
        or(p.accepterAccount(), a.map(Vpc::account)), or(p.accepterRegion(), a.map(Vpc::region)));
  }

  private static String or(String given, Optional<String> known) {
    return given.isEmpty() ? known.orElse("") : given;
  }

  public Network withVpcs(List<Vpc> newVpcs) {
    return new Network(accounts, newVpcs, transitGateways, peerings, endpointServices, endpoints, ramShares, segments,
        intents, ipamPools, tags, natGateways, hybrid, networkAccount);
  }

  public Network withEndpoints(List<EndpointService> services, List<Endpoint> newEndpoints) {
    return new Network(accounts, vpcs, transitGateways, peerings, services, newEndpoints, ramShares, segments,
        intents, ipamPools, tags, natGateways, hybrid, networkAccount);
  }

  public Network withHybrid(Hybrid newHybrid) {
    return new Network(accounts, vpcs, transitGateways, peerings, endpointServices, endpoints, ramShares, segments,
        intents, ipamPools, tags, natGateways, newHybrid, networkAccount);
  }

  public Network withNetworkAccount(String account) {
    return new Network(accounts, vpcs, transitGateways, peerings, endpointServices, endpoints, ramShares, segments,
        intents, ipamPools, tags, natGateways, hybrid, account);
  }
}
