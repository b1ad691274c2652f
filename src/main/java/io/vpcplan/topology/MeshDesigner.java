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
import java.util.List;
import java.util.Map;

/**
 * A VPC-peering mesh: one peering per connected pair and, in every workload route table of both
 * VPCs, one route per peer IPv4 block. Pairs whose CIDRs overlap cannot be peered (AWS refuses)
 * and are left out with a note. Large meshes are counted per segment class instead of built.
 */
public abstract class MeshDesigner implements TopologyDesigner {
  /** Above this many peerings the mesh is counted, not built (12.5 M peerings do not fit a heap). */
  public static final long DEFAULT_BUILD_LIMIT = 250_000;

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
    TopologyDesign.Peered peered = (a, b) -> {
      Vpc x = g.vpc(a);
      Vpc y = g.vpc(b);
      return x != null && y != null && !a.equals(b) && wants(g, x, y) && !g.overlaps(a, b);
    };
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
    if (peerings > buildLimit) {
      notes.add(name() + " needs " + peerings + " peerings; counted per segment class, not built");
      Counts counts = new Counts(peerings, 0, 0, 0, 0, 0, 0, staticRoutes, perVpc, perTable, Map.of(), Map.of(),
          Map.of(), Map.of());
      return new TopologyDesign(name(), network.withTopology(List.of(), List.of(), List.of()), counts, false, notes, peered);
    }
    Network built = build(g, classes);
    return new TopologyDesign(name(), built, Counter.count(built), true, notes, peered);
  }

  private Network build(TopologyGraph g, MeshClasses classes) {
    List<String[]> pairs = new ArrayList<>();
    for (String[] p : classes.candidatePairs(this instanceof FullMeshDesigner)) {
      if (!g.overlaps(p[0], p[1]) && wants(g, g.vpc(p[0]), g.vpc(p[1]))) pairs.add(p);
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
