package io.vpcplan.model;

import io.vpcplan.cidr.Cidr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a VPC needs at deploy time beyond the plan's route tables: an internet gateway when it has
 * public subnets (or a table routes to one), NAT gateways for its private tiers ({@link NatGateways}),
 * an egress-only gateway for their IPv6 in a dual-stack VPC, and the route tables as they are
 * deployed — every subnet associated explicitly (CloudFormation and Terraform cannot use the main
 * table), public subnets in a table of their own with 0.0.0.0/0 (and ::/0) to the internet gateway,
 * private workload subnets with 0.0.0.0/0 to their AZ's NAT gateway (and ::/0 to the egress-only
 * gateway), attachment subnets never given an internet route. A table that already has a default
 * route (to a TGW, an inspection VPC) keeps it and gets no NAT route. A VPC without a main table
 * gets a stand-in "rtb/VPC" (no routes) for its unassociated subnets' splits. Every generator and
 * apply take these from here, so they build one network. Pure; the same VPC gives the same ids.
 */
public record VpcGateways(String internetGateway, String egressOnlyGateway, List<NatGateway> natGateways,
    List<RouteTable> routeTables) {
  public VpcGateways {
    internetGateway = Checks.orEmpty(internetGateway);
    egressOnlyGateway = Checks.orEmpty(egressOnlyGateway);
    natGateways = Checks.list(natGateways);
    routeTables = Checks.list(routeTables);
  }

  /** A NAT gateway ({@code id} "nat/VPC/AZ") in public subnet {@code subnetId} of {@code az}. */
  public record NatGateway(String id, String az, String subnetId) {}

  static final Cidr ANY4 = Cidr.parse("0.0.0.0/0");
  static final Cidr ANY6 = Cidr.parse("::/0");

  public boolean hasInternetGateway() {
    return !internetGateway.isEmpty();
  }

  public boolean hasEgressOnlyGateway() {
    return !egressOnlyGateway.isEmpty();
  }

  public static VpcGateways of(Vpc v, NatGateways mode) {
    RouteTable standIn = v.routeTables().stream().anyMatch(RouteTable::main) ? null
        : new RouteTable("rtb/" + v.id(), v.name(), List.of(), List.of(), true);
    List<RouteTable> tables = new ArrayList<>(v.routeTables());
    if (standIn != null) tables.add(standIn);
    boolean routedToIgw = tables.stream().flatMap(t -> t.routes().stream())
        .anyMatch(r -> r.targetType() == RouteTarget.INTERNET_GATEWAY);
    String igw = v.hasPublicSubnets() || routedToIgw ? "igw/" + v.id() : "";
    Set<String> associated = new HashSet<>();
    for (RouteTable t : tables) associated.addAll(t.subnetIds());
    Map<RouteTable, List<Subnet>> served = new java.util.IdentityHashMap<>();
    for (RouteTable t : tables) served.put(t, subnetsOf(v, t, associated));
    List<NatGateway> nats = nats(v, tables, igw, mode, served);
    Map<String, String> natByAz = new TreeMap<>();
    for (NatGateway n : nats) natByAz.put(n.az(), n.id());
    boolean v6 = v.cidrs().stream().anyMatch(c -> !c.isV4());
    String eigw = "eigw/" + v.id();
    boolean eigwUsed = false;
    List<RouteTable> out = new ArrayList<>();
    for (RouteTable t : tables) {
      List<Subnet> subs = served.get(t);
      List<Route> own = toOwn(toOwn(t.routes(), RouteTarget.INTERNET_GATEWAY, igw), RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY, eigw);
      eigwUsed |= own.stream().anyMatch(r -> r.targetType() == RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY);
      boolean hasDefault = hasDefault(t);
      // a table that already sends 0.0.0.0/0 to the internet gateway is a public table as it stands
      boolean toIgw = own.stream().anyMatch(r -> r.destination().equals(ANY4) && r.targetType() == RouteTarget.INTERNET_GATEWAY);
      List<String> base = new ArrayList<>();
      List<String> pub = new ArrayList<>();
      Map<String, List<String>> privByAz = new TreeMap<>();
      for (Subnet s : subs) {
        if (s.isPublic() && !igw.isEmpty() && !toIgw) pub.add(s.key());
        else if (s.purpose() == Purpose.WORKLOAD && !hasDefault && !nats.isEmpty()) {
          privByAz.computeIfAbsent(s.az(), k -> new ArrayList<>()).add(s.key());
        } else base.add(s.key());
      }
      boolean split = !pub.isEmpty() || !privByAz.isEmpty();
      // the stand-in for a VPC without a main table is AWS's own main table: its unsplit subnets stay on it
      if (t != standIn && (!base.isEmpty() || !split)) {
        out.add(new RouteTable(t.id(), t.name(), own, base, false, t.location()));
      }
      if (!pub.isEmpty()) {
        List<Route> routes = new ArrayList<>(withoutDefaults(own));
        routes.add(new Route(ANY4, RouteTarget.INTERNET_GATEWAY, igw, false));
        if (v6) routes.add(new Route(ANY6, RouteTarget.INTERNET_GATEWAY, igw, false));
        out.add(new RouteTable(t.id() + "/public", t.name() + "-public", routes, pub, false, t.location()));
      }
      boolean sixOut = v6 && own.stream().noneMatch(r -> r.destination().equals(ANY6));
      for (Map.Entry<String, List<String>> e : privByAz.entrySet()) {
        String nat = natByAz.getOrDefault(e.getKey(), nats.get(0).id());
        List<Route> routes = new ArrayList<>(own);
        routes.add(new Route(ANY4, RouteTarget.NAT_GATEWAY, nat, false));
        if (sixOut) routes.add(new Route(ANY6, RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY, eigw, false));
        eigwUsed |= sixOut;
        out.add(new RouteTable(t.id() + "/" + e.getKey(), t.name() + "-" + e.getKey(), routes, e.getValue(), false,
            t.location()));
      }
    }
    return new VpcGateways(igw, eigwUsed ? eigw : "", nats, out);
  }

  /**
   * A VPC has one internet gateway and one egress-only gateway: every route to one of that kind
   * (an imported estate's igw-…/eigw-… id) goes to the VPC's own.
   */
  private static List<Route> toOwn(List<Route> routes, RouteTarget kind, String own) {
    if (routes.stream().noneMatch(r -> r.targetType() == kind && !r.target().equals(own))) return routes;
    return routes.stream().map(r -> r.targetType() == kind ? new Route(r.destination(), kind, own, r.propagated()) : r).toList();
  }

  private static List<Route> withoutDefaults(List<Route> routes) {
    return routes.stream().filter(r -> !r.destination().equals(ANY4) && !r.destination().equals(ANY6)).toList();
  }

  /** The subnets a table serves: those associated with it and, for the main table, every other one. */
  private static List<Subnet> subnetsOf(Vpc v, RouteTable t, Set<String> associated) {
    List<Subnet> subs = new ArrayList<>();
    for (Subnet s : v.subnets()) {
      if (t.subnetIds().contains(s.key()) || (t.main() && !associated.contains(s.key()))) subs.add(s);
    }
    return subs;
  }

  /** A table routed through a NAT gateway already (an inspection VPC's egress path). */
  private static boolean toNat(RouteTable t) {
    return t.routes().stream().anyMatch(r -> r.targetType() == RouteTarget.NAT_GATEWAY);
  }

  private static boolean hasDefault(RouteTable t) {
    return t.routes().stream().anyMatch(r -> r.destination().equals(ANY4));
  }

  /**
   * NAT gateways only where a private workload subnet would route through one: a table that already
   * has a default route (central egress through the TGW or an inspection VPC) needs none, and a NAT
   * gateway that carries nothing still costs its hourly price.
   */
  private static List<NatGateway> nats(Vpc v, List<RouteTable> tables, String igw, NatGateways mode,
      Map<RouteTable, List<Subnet>> served) {
    boolean privateWorkload = tables.stream().anyMatch(t -> toNat(t) || !hasDefault(t) && served.get(t).stream()
        .anyMatch(VpcGateways::privateWorkload));
    if (igw.isEmpty() || mode == NatGateways.NONE || !privateWorkload) return List.of();
    Map<String, String> firstPublicByAz = new TreeMap<>();
    // a NAT gateway needs an IPv4 address: never in an IPv6-only public subnet (AWS refuses it)
    for (Subnet s : v.subnets()) if (s.isPublic() && !s.az().isEmpty() && s.cidr().isV4()) firstPublicByAz.putIfAbsent(s.az(), s.key());
    List<NatGateway> out = new ArrayList<>();
    for (Map.Entry<String, String> e : new LinkedHashMap<>(firstPublicByAz).entrySet()) {
      out.add(new NatGateway("nat/" + v.id() + "/" + e.getKey(), e.getKey(), e.getValue()));
      if (mode == NatGateways.SINGLE) break;
    }
    return out;
  }

  /** A private workload subnet with IPv4 addresses to translate (an IPv6-only one has none). */
  private static boolean privateWorkload(Subnet s) {
    return !s.isPublic() && s.purpose() == Purpose.WORKLOAD && s.cidr().isV4();
  }
}
