package io.vpcplan.topology;

import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Peer counts of a mesh computed per segment class: a VPC's peers are the members of the
 * segments its own routes with, plus its explicit partners, minus those it overlaps. O(n·S)
 * instead of O(n²), and the same relation {@link MeshDesigner} builds pairs from.
 */
final class MeshClasses {
  record Degree(long peers, long routes) {}

  private final TopologyGraph g;
  private final SegmentRules rules;
  private final List<List<Vpc>> members = new ArrayList<>();
  private final long[] v4PerSegment;
  private final long totalV4;
  private final Map<String, Set<String>> overlapPartners = new HashMap<>();

  MeshClasses(TopologyGraph g) {
    this.g = g;
    this.rules = g.rules();
    for (int i = 0; i < rules.names().size(); i++) members.add(new ArrayList<>());
    v4PerSegment = new long[rules.names().size()];
    long total = 0;
    for (Vpc v : g.vpcs()) {
      int s = rules.indexOf(v.segment());
      members.get(s).add(v);
      v4PerSegment[s] += v.ipv4().size();
      total += v.ipv4().size();
    }
    totalV4 = total;
    for (TopologyGraph.Link l : g.links(TopologyGraph.Kind.OVERLAP)) {
      overlapPartners.computeIfAbsent(l.a(), k -> new TreeSet<>()).add(l.b());
      overlapPartners.computeIfAbsent(l.b(), k -> new TreeSet<>()).add(l.a());
    }
  }

  Degree fullDegree(Vpc a) {
    long peers = g.vpcs().size() - 1;
    long routes = totalV4 - a.ipv4().size();
    for (String b : overlapPartners.getOrDefault(a.id(), Set.of())) {
      peers--;
      routes -= g.vpc(b).ipv4().size();
    }
    return new Degree(peers, routes);
  }

  Degree intentDegree(Vpc a) {
    int s = rules.indexOf(a.segment());
    long peers = 0;
    long routes = 0;
    for (int t = 0; t < members.size(); t++) {
      if (!rules.routes(s, t)) continue;
      peers += members.get(t).size();
      routes += v4PerSegment[t];
      if (t == s) {
        peers--;
        routes -= a.ipv4().size();
      }
    }
    for (String b : g.explicitPartners(a.id())) {
      Vpc vb = g.vpc(b);
      if (!rules.routes(s, rules.indexOf(vb.segment()))) {
        peers++;
        routes += vb.ipv4().size();
      }
    }
    for (String b : overlapPartners.getOrDefault(a.id(), Set.of())) {
      Vpc vb = g.vpc(b);
      if (g.intended(a, vb)) {
        peers--;
        routes -= vb.ipv4().size();
      }
    }
    return new Degree(peers, routes);
  }

  /** Candidate pairs (ids, first < second), deterministic order: all pairs, or the intended ones. */
  List<String[]> candidatePairs(boolean all) {
    List<Vpc> vs = g.vpcs();
    List<String[]> out = new ArrayList<>();
    if (all) {
      for (int i = 0; i < vs.size(); i++) {
        for (int j = i + 1; j < vs.size(); j++) out.add(new String[] {vs.get(i).id(), vs.get(j).id()});
      }
      return out;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int s = 0; s < members.size(); s++) {
      for (int t = s; t < members.size(); t++) {
        if (!rules.routes(s, t)) continue;
        for (Vpc a : members.get(s)) {
          for (Vpc b : members.get(t)) {
            if (a.id().compareTo(b.id()) < 0) seen.add(a.id() + "\n" + b.id());
            else if (s != t) seen.add(b.id() + "\n" + a.id());
          }
        }
      }
    }
    for (String[] p : g.explicitPairs()) seen.add(p[0] + "\n" + p[1]);
    for (String k : new TreeSet<>(seen)) out.add(k.split("\n", 2));
    return out;
  }
}
