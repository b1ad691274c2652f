package io.vpcplan.topology;

import io.vpcplan.model.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The segment reach rules as a directed graph. Semantics: "A reaches B" means VPCs of segment A
 * may open connections to VPCs of segment B; routes are installed both ways so that replies
 * return, so two segments <em>route</em> to each other when either reaches the other. A segment
 * does not reach itself unless it lists itself: isolation is the default, as in a TGW route table
 * that nothing propagates into. VPCs with no segment route only where an explicit intent says.
 */
public final class SegmentRules {
  /** The pseudo-segment of VPCs that belong to none. */
  public static final String NONE = "";

  private final Graph<String, DefaultEdge> reach = new DefaultDirectedGraph<>(DefaultEdge.class);
  private final List<String> names;
  private final Map<String, Integer> index = new HashMap<>();
  private final boolean[][] routes;

  public SegmentRules(List<Segment> segments) {
    Set<String> all = new TreeSet<>();
    all.add(NONE);
    for (Segment s : segments) {
      all.add(s.name());
      all.addAll(s.reaches());
    }
    names = List.copyOf(all);
    for (String n : names) {
      reach.addVertex(n);
      index.put(n, index.size());
    }
    for (Segment s : segments) for (String t : s.reaches()) reach.addEdge(s.name(), t);
    routes = new boolean[names.size()][names.size()];
    for (DefaultEdge e : reach.edgeSet()) {
      int a = index.get(reach.getEdgeSource(e));
      int b = index.get(reach.getEdgeTarget(e));
      routes[a][b] = true;
      routes[b][a] = true;
    }
  }

  /** Segment names in sorted order; index 0 is {@link #NONE}. */
  public List<String> names() {
    return names;
  }

  public int indexOf(String segment) {
    Integer i = index.get(segment == null ? NONE : segment);
    return i == null ? 0 : i;
  }

  /** Whether VPCs of the two segments must route to each other (either reaches the other). */
  public boolean routes(int a, int b) {
    return routes[a][b];
  }

  public boolean routes(String a, String b) {
    return routes[indexOf(a)][indexOf(b)];
  }

  /** Whether {@code a} itself may open connections to {@code b} (the direction as written). */
  public boolean reaches(String a, String b) {
    return reach.containsEdge(a == null ? NONE : a, b == null ? NONE : b);
  }

  /** The segments that route with {@code a}, sorted. */
  public List<String> partners(String a) {
    int i = indexOf(a);
    List<String> out = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) if (routes[i][j]) out.add(names.get(j));
    return out;
  }
}
