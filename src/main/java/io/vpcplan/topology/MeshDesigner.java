package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A VPC-peering mesh: one peering per connected pair and, in every workload route table of both
 * VPCs, one route per peer IPv4 block. Pairs whose CIDRs overlap cannot be peered (AWS refuses)
 * and are left out with a note. Nor can one VPC route to two peers that overlap each other (a route
 * table holds one route per destination; a narrower one would shadow part of the other peer): the
 * first such pair in pair order is peered, the later ones are left out with a note. Large meshes are
 * counted per segment class instead of built.
 */
public abstract class MeshDesigner implements TopologyDesigner {
  /** Above this many peerings the mesh is counted, not built (12.5 M peerings do not fit a heap). */
  public static final long DEFAULT_BUILD_LIMIT = 250_000;
  /** Above this many (overlapping VPC, VPC) pairs, whether two peers of a VPC overlap is not checked. */
  static final long PAIR_CHECK_LIMIT = 5_000_000;

  private final long buildLimit;

  protected MeshDesigner(long buildLimit) {
    this.buildLimit = buildLimit;
  }

  /** Whether the mesh joins a and b (before the overlap rule). */
  protected abstract boolean wants(TopologyGraph g, Vpc a, Vpc b);

  /** Peer partners of {@code a} by class: segment partners and explicit partners, or everyone. */
  protected abstract MeshClasses.Degree degree(MeshClasses classes, Vpc a);

  @Override
  public TopologyDesign design(Network network, Design.Connectivity options) {
    TopologyGraph g = TopologyGraph.of(network);
    MeshClasses classes = new MeshClasses(g);
    List<String> notes = new ArrayList<>(g.notes());
    for (TopologyGraph.Link l : g.links(TopologyGraph.Kind.OVERLAP)) {
      if (wants(g, g.vpc(l.a()), g.vpc(l.b()))) {
        notes.add("cannot peer " + l.a() + " and " + l.b() + ": " + l.aRange() + " overlaps " + l.bRange());
      }
    }
    Map<String, Long> perVpc = new HashMap<>();
    Map<String, Long> perTable = new HashMap<>();
    long total2 = 0;
    long staticRoutes = 0;
    for (Vpc a : g.vpcs()) {
      MeshClasses.Degree d = degree(classes, a);
      if (d.peers() > 0) perVpc.put(a.id(), d.peers());
      total2 += d.peers();
      for (RouteTable t : VpcTables.base(a, false)) {
        long c = t.staticRouteCount() + d.routes();
        perTable.put(t.id(), c);
        staticRoutes += c;
      }
    }
    long peerings = total2 / 2;
    Set<String> shadowed = shadowedPairs(g, notes);
    TopologyDesign.Peered peered = (a, b) -> {
      Vpc x = g.vpc(a);
      Vpc y = g.vpc(b);
      return x != null && y != null && !a.equals(b) && wants(g, x, y) && !g.overlaps(a, b)
          && !shadowed.contains(key(a, b));
    };
    if (peerings > buildLimit) {
      for (String k : shadowed) { // each left-out pair: one peering and its routes fewer
        String[] p = k.split("\n", 2);
        peerings--;
        staticRoutes -= unpeer(g.vpc(p[0]), g.vpc(p[1]), perVpc, perTable) + unpeer(g.vpc(p[1]), g.vpc(p[0]), perVpc, perTable);
      }
      notes.add(name() + " needs " + peerings + " peerings; counted per segment class, not built");
      Counts counts = new Counts(peerings, 0, 0, 0, 0, 0, 0, staticRoutes, perVpc, perTable, Map.of(), Map.of(),
          Map.of(), Map.of());
      return new TopologyDesign(name(), network.withTopology(List.of(), List.of(), List.of()), counts, false, notes, peered);
    }
    Network built = build(g, classes, shadowed);
    return new TopologyDesign(name(), built, Counter.count(built), true, notes, peered);
  }

  /** Takes b off a's counts: one peer fewer, and b's blocks off each of a's tables; the routes taken. */
  private static long unpeer(Vpc a, Vpc b, Map<String, Long> perVpc, Map<String, Long> perTable) {
    perVpc.computeIfPresent(a.id(), (k, v) -> v > 1 ? v - 1 : null);
    long taken = 0;
    for (RouteTable t : VpcTables.base(a, false)) {
      perTable.merge(t.id(), (long) -b.ipv4().size(), Long::sum);
      taken += b.ipv4().size();
    }
    return taken;
  }

  /**
   * Pairs left out because one side already routes to a peer that overlaps the other side, taken
   * in order of their ids. Only a pair with a VPC that overlaps some other VPC can clash, so only
   * those pairs are looked at (no overlaps: no work; a mesh too large to build is still checked).
   */
  private Set<String> shadowedPairs(TopologyGraph g, List<String> notes) {
    Set<String> overlapping = new java.util.TreeSet<>();
    for (TopologyGraph.Link l : g.links(TopologyGraph.Kind.OVERLAP)) {
      overlapping.add(l.a());
      overlapping.add(l.b());
    }
    Set<String> shadowed = new HashSet<>();
    if (overlapping.isEmpty()) return shadowed;
    if ((long) overlapping.size() * g.vpcs().size() > PAIR_CHECK_LIMIT) {
      notes.add(name() + ": " + overlapping.size() + " VPCs overlap another; not checked whether any VPC peers two that"
          + " overlap each other (their peering routes would clash)");
      return shadowed;
    }
    List<String[]> pairs = new ArrayList<>();
    for (String x : overlapping) {
      for (Vpc v : g.vpcs()) {
        String y = v.id();
        if (x.equals(y) || overlapping.contains(y) && y.compareTo(x) < 0) continue; // each pair once
        if (g.overlaps(x, y) || !wants(g, g.vpc(x), v)) continue;
        pairs.add(x.compareTo(y) < 0 ? new String[] {x, y} : new String[] {y, x});
      }
    }
    pairs.sort(java.util.Comparator.comparing((String[] p) -> p[0]).thenComparing(p -> p[1]));
    Map<String, List<String>> routedPeers = new HashMap<>(); // per VPC: its overlapping peers so far
    for (String[] p : pairs) {
      String clash = clash(g, routedPeers.get(p[0]), p[1]);
      String from = p[0];
      if (clash == null) {
        clash = clash(g, routedPeers.get(p[1]), p[0]);
        from = p[1];
      }
      if (clash != null) {
        shadowed.add(key(p[0], p[1]));
        String other = from.equals(p[0]) ? p[1] : p[0];
        notes.add("cannot peer " + p[0] + " and " + p[1] + ": " + from + " already peers with " + clash
            + ", which overlaps " + other + " (a route table holds one route per destination)");
        continue;
      }
      if (overlapping.contains(p[1])) routedPeers.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
      if (overlapping.contains(p[0])) routedPeers.computeIfAbsent(p[1], k -> new ArrayList<>()).add(p[0]);
    }
    return shadowed;
  }

  /** The first of {@code peers} that overlaps {@code vpc}, or null. */
  private static String clash(TopologyGraph g, List<String> peers, String vpc) {
    if (peers == null) return null;
    for (String peer : peers) if (g.overlaps(peer, vpc)) return peer;
    return null;
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
  }

  private Network build(TopologyGraph g, MeshClasses classes, Set<String> shadowed) {
    List<String[]> pairs = new ArrayList<>();
    for (String[] p : classes.candidatePairs(this instanceof FullMeshDesigner)) {
      if (!g.overlaps(p[0], p[1]) && wants(g, g.vpc(p[0]), g.vpc(p[1])) && !shadowed.contains(key(p[0], p[1]))) {
        pairs.add(p);
      }
    }
    Map<String, List<Route>> extra = new HashMap<>();
    List<Peering> peerings = new ArrayList<>(pairs.size());
    for (String[] p : pairs) {
      String id = "pcx/" + p[0] + "|" + p[1];
      peerings.add(new Peering(id, p[0], p[1], null));
      routesTo(extra, p[0], g.vpc(p[1]), id);
      routesTo(extra, p[1], g.vpc(p[0]), id);
    }
    List<Vpc> vpcs = new ArrayList<>();
    for (Vpc v : g.network().vpcs()) {
      List<Route> add = extra.getOrDefault(v.id(), List.of());
      List<RouteTable> tables = new ArrayList<>();
      for (RouteTable t : VpcTables.base(v, false)) tables.add(VpcTables.withRoutes(t, add));
      vpcs.add(v.withRouteTables(tables));
    }
    Network n = g.network();
    return n.withTopology(List.of(), peerings, List.of()).withVpcs(vpcs);
  }

  private static void routesTo(Map<String, List<Route>> extra, String from, Vpc peer, String pcx) {
    List<Route> l = extra.computeIfAbsent(from, k -> new ArrayList<>());
    for (Cidr c : peer.ipv4()) l.add(new Route(c, RouteTarget.PEERING, pcx, false));
  }
}
