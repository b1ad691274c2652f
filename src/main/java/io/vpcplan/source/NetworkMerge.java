package io.vpcplan.source;

import io.vpcplan.model.Account;
import io.vpcplan.model.Endpoint;
import io.vpcplan.model.EndpointService;
import io.vpcplan.model.Intent;
import io.vpcplan.model.IpamPool;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.RamShare;
import io.vpcplan.model.Segment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the networks of several SOURCEs into one. An element seen in two sources (the same id)
 * is kept once, the first one given; an account known by id in one source and by name in another
 * stays two accounts (nothing says they are the same).
 */
final class NetworkMerge {
  private NetworkMerge() {}

  static Network merge(List<Network> parts) {
    if (parts.size() == 1) return parts.get(0);
    Map<String, Account> accounts = new LinkedHashMap<>();
    Map<String, Vpc> vpcs = new LinkedHashMap<>();
    Map<String, TransitGateway> tgws = new LinkedHashMap<>();
    Map<String, Peering> peerings = new LinkedHashMap<>();
    Map<String, EndpointService> services = new LinkedHashMap<>();
    Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    Map<String, RamShare> shares = new LinkedHashMap<>();
    Map<String, Segment> segments = new LinkedHashMap<>();
    List<Intent> intents = new ArrayList<>();
    Map<String, IpamPool> pools = new LinkedHashMap<>();
    for (Network n : parts) {
      n.accounts().forEach(a -> accounts.putIfAbsent(a.key(), a));
      n.vpcs().forEach(v -> vpcs.putIfAbsent(v.id(), v));
      n.transitGateways().forEach(t -> tgws.putIfAbsent(t.id(), t));
      n.peerings().forEach(p -> peerings.putIfAbsent(p.id(), p));
      n.endpointServices().forEach(s -> services.putIfAbsent(s.id(), s));
      n.endpoints().forEach(e -> endpoints.putIfAbsent(e.id(), e));
      n.ramShares().forEach(s -> shares.putIfAbsent(s.ownerAccount() + "/" + s.name(), s));
      n.segments().forEach(s -> segments.putIfAbsent(s.name(), s));
      intents.addAll(n.intents());
      n.ipamPools().forEach(p -> pools.putIfAbsent(p.ipam() + "/" + p.name(), p));
    }
    return new Network(list(accounts), list(vpcs), list(tgws), list(peerings), list(services), list(endpoints),
        list(shares), list(segments), intents, list(pools)).withSettings(parts.get(0).tags(), parts.get(0).natGateways());
  }

  private static <T> List<T> list(Map<String, T> m) {
    return new ArrayList<>(m.values());
  }
}
