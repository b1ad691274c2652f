package io.vpcplan.source;

import io.vpcplan.model.Account;
import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import io.vpcplan.model.VpnGateway;
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
        list(shares), list(segments), intents, list(pools)).withSettings(parts.get(0).tags(), parts.get(0).natGateways())
        .withHybrid(hybrid(parts))
        .withNetworkAccount(parts.stream().map(Network::networkAccount).filter(a -> !a.isEmpty()).findFirst().orElse(""));
  }

  /** Sites by name, everything else by id; the first source's copy wins, as for the other lists. */
  static Hybrid hybrid(List<Network> parts) {
    Map<String, OnPremSite> sites = new LinkedHashMap<>();
    Map<String, CustomerGateway> cgws = new LinkedHashMap<>();
    Map<String, VpnConnection> vpns = new LinkedHashMap<>();
    Map<String, VpnGateway> vgws = new LinkedHashMap<>();
    Map<String, DxGateway> dxgws = new LinkedHashMap<>();
    Map<String, VirtualInterface> vifs = new LinkedHashMap<>();
    for (Network n : parts) {
      Hybrid h = n.hybrid();
      h.sites().forEach(s -> sites.putIfAbsent(s.name(), s));
      h.customerGateways().forEach(c -> cgws.putIfAbsent(c.id(), c));
      h.vpnConnections().forEach(v -> vpns.putIfAbsent(v.id(), v));
      h.vpnGateways().forEach(v -> vgws.putIfAbsent(v.id(), v));
      h.dxGateways().forEach(d -> dxgws.putIfAbsent(d.id(), d));
      h.virtualInterfaces().forEach(v -> vifs.putIfAbsent(v.id(), v));
    }
    return new Hybrid(list(sites), list(cgws), list(vpns), list(vgws), list(dxgws), list(vifs));
  }

  private static <T> List<T> list(Map<String, T> m) {
    return new ArrayList<>(m.values());
  }
}
