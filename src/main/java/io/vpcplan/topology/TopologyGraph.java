package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.OverlapFinder;
import io.vpcplan.model.Intent;
import io.vpcplan.model.Network;
import io.vpcplan.model.Segment;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpcBlocks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.Pseudograph;

/**
 * The connectivity graph of a {@link Network}: one vertex per VPC, an edge per explicit intent
 * and per pair of overlapping CIDR blocks. Segment reach rules stay at segment level
 * ({@link SegmentRules}) so that 5,000 VPCs in 20 segments never become millions of edges.
 */
public final class TopologyGraph {
  public enum Kind { INTENT, OVERLAP }

  /** An edge: an explicit intent (from {@code a} to {@code b}) or an overlap of two blocks. */
  public record Link(Kind kind, String a, String b, Intent intent, Cidr aRange, Cidr bRange) {
    // written out with the record's meaning and formula: the generated ones bootstrap through
    // ObjectMethods at first use (the graph hashes every edge), spinning ~20 method-handle classes
    @Override
    public boolean equals(Object o) {
      return o instanceof Link l && kind == l.kind && Objects.equals(a, l.a) && Objects.equals(b, l.b)
          && Objects.equals(intent, l.intent) && Objects.equals(aRange, l.aRange) && Objects.equals(bRange, l.bRange);
    }

    @Override
    public int hashCode() {
      int h = Objects.hashCode(kind);
      h = h * 31 + Objects.hashCode(a);
      h = h * 31 + Objects.hashCode(b);
      h = h * 31 + Objects.hashCode(intent);
      h = h * 31 + Objects.hashCode(aRange);
      return h * 31 + Objects.hashCode(bRange);
    }
  }

  private final Network network;
  private final SegmentRules rules;
  private final Graph<String, Link> graph = new Pseudograph<>(Link.class);
  private final List<Vpc> vpcs;
  private final Map<String, Vpc> byId = new HashMap<>();
  private final List<String> notes = new ArrayList<>();

  private TopologyGraph(Network network) {
    this.network = network;
    Map<String, Segment> segs = new LinkedHashMap<>();
    for (Segment s : network.segments()) segs.put(s.name(), s);
    for (Vpc v : network.vpcs()) {
      if (!v.segment().isEmpty()) segs.putIfAbsent(v.segment(), new Segment(v.segment(), List.of()));
    }
    this.rules = new SegmentRules(List.copyOf(segs.values()));
    this.vpcs = network.vpcs().stream().sorted(Comparator.comparing(Vpc::id)).toList();
    for (Vpc v : vpcs) {
      byId.put(v.id(), v);
      graph.addVertex(v.id());
    }
    Map<String, Vpc> index = network.vpcIndex();
    for (Intent i : network.intents()) {
      Vpc a = index.get(i.from());
      Vpc b = index.get(i.to());
      if (a == null || b == null) {
        notes.add("intent " + i.from() + " -> " + i.to() + " names a VPC that is not in the network; ignored");
      } else if (!a.id().equals(b.id())) {
        graph.addEdge(a.id(), b.id(), new Link(Kind.INTENT, a.id(), b.id(), i, null, null));
      }
    }
    addOverlaps();
  }

  public static TopologyGraph of(Network network) {
    return new TopologyGraph(network);
  }

  private void addOverlaps() {
    VpcBlocks vb = VpcBlocks.of(vpcs);
    List<Cidr> blocks = vb.blocks();
    List<Vpc> owner = vb.owners();
    OverlapFinder.find(blocks, (outer, inner) -> {
      Vpc a = owner.get(outer);
      Vpc b = owner.get(inner);
      if (a != b) graph.addEdge(a.id(), b.id(), new Link(Kind.OVERLAP, a.id(), b.id(), null, blocks.get(outer), blocks.get(inner)));
    });
  }

  public Network network() {
    return network;
  }

  public SegmentRules rules() {
    return rules;
  }

  /** VPCs sorted by id. */
  public List<Vpc> vpcs() {
    return vpcs;
  }

  public Vpc vpc(String id) {
    return byId.get(id);
  }

  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** Whether a and b must route to each other: their segments route, or an intent joins them. */
  public boolean intended(Vpc a, Vpc b) {
    if (a.id().equals(b.id())) return false;
    return rules.routes(a.segment(), b.segment()) || explicit(a.id(), b.id());
  }

  public boolean explicit(String a, String b) {
    for (Link l : graph.getAllEdges(a, b)) if (l.kind() == Kind.INTENT) return true;
    return false;
  }

  /** VPC ids joined to {@code a} by an explicit intent, either direction, sorted. */
  public Set<String> explicitPartners(String a) {
    Set<String> out = new TreeSet<>();
    for (Link l : graph.edgesOf(a)) if (l.kind() == Kind.INTENT) out.add(l.a().equals(a) ? l.b() : l.a());
    return out;
  }

  public boolean overlaps(String a, String b) {
    for (Link l : graph.getAllEdges(a, b)) if (l.kind() == Kind.OVERLAP) return true;
    return false;
  }

  /** Overlapping block pairs between a and b, as "10.0.0.0/16 (a) overlaps 10.0.0.0/16 (b)" facts. */
  public List<Link> overlapLinks(String a, String b) {
    List<Link> out = new ArrayList<>();
    for (Link l : graph.getAllEdges(a, b)) if (l.kind() == Kind.OVERLAP) out.add(l);
    out.sort(Comparator.comparing((Link l) -> l.aRange()).thenComparing(Link::bRange));
    return out;
  }

  public List<Link> links(Kind kind) {
    List<Link> out = new ArrayList<>();
    for (Link l : graph.edgeSet()) if (l.kind() == kind) out.add(l);
    out.sort(Comparator.comparing(Link::a).thenComparing(Link::b)
        .thenComparing(l -> l.aRange() == null ? "" : l.aRange().toString()));
    return out;
  }

  /** Pairs (a < b by id) joined by an explicit intent, deduplicated and sorted. */
  public List<String[]> explicitPairs() {
    Set<String> seen = new TreeSet<>();
    for (Link l : links(Kind.INTENT)) {
      String x = l.a().compareTo(l.b()) < 0 ? l.a() : l.b();
      String y = x.equals(l.a()) ? l.b() : l.a();
      seen.add(x + "\n" + y);
    }
    return seen.stream().map(s -> s.split("\n", 2)).toList();
  }
}
