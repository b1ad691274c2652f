package io.vpcplan.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The AWS Network Firewall of a VPC, as its route tables imply it: one endpoint in each subnet a
 * {@link RouteTarget#FIREWALL_ENDPOINT} route names (one subnet per AZ), and the prefixes the
 * firewall subnets send back to the transit gateway (the organisation's address space, which the
 * default rules treat as home). Pure; generators read the firewall from here so that the routes
 * and the firewall cannot disagree.
 */
public record NetworkFirewall(String id, Vpc vpc, List<Subnet> subnets, List<io.vpcplan.cidr.Cidr> home) {
  public NetworkFirewall {
    subnets = List.copyOf(subnets);
    home = List.copyOf(home);
  }

  /** The firewall of {@code v}, when any of its routes targets a firewall endpoint in one of its subnets. */
  public static Optional<NetworkFirewall> of(Vpc v) {
    Set<String> keys = new LinkedHashSet<>();
    for (RouteTable t : v.routeTables()) {
      for (Route r : t.routes()) if (r.targetType() == RouteTarget.FIREWALL_ENDPOINT) keys.add(r.target());
    }
    List<Subnet> subnets = new ArrayList<>();
    for (Subnet s : v.subnets()) if (keys.contains(s.key())) subnets.add(s);
    if (subnets.isEmpty()) return Optional.empty();
    Set<io.vpcplan.cidr.Cidr> home = new LinkedHashSet<>();
    for (RouteTable t : v.routeTables()) {
      if (subnets.stream().noneMatch(s -> t.subnetIds().contains(s.key()))) continue;
      for (Route r : t.routes()) if (r.targetType() == RouteTarget.TRANSIT_GATEWAY && r.destination().isV4()) home.add(r.destination());
    }
    return Optional.of(new NetworkFirewall("nfw/" + v.id(), v, subnets, List.copyOf(home)));
  }

  /** The firewall subnet a firewall-endpoint route leads to, or null when {@code r} names none of them. */
  public Subnet endpointSubnet(Route r) {
    if (r.targetType() != RouteTarget.FIREWALL_ENDPOINT) return null;
    for (Subnet s : subnets) if (s.key().equals(r.target())) return s;
    return null;
  }
}
