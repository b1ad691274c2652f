package io.vpcplan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a view wants drawn, before it is DOT: nested clusters of nodes, and edges merged by
 * (ends, kind, colour) so that aggregated views count instead of repeating. Everything is kept in
 * sorted maps, so the DOT text does not depend on the order the view added things in.
 */
final class Scene {
  /** Edge kinds and how each is drawn. */
  enum Kind {
    ATTACHMENT("solid", "none", "1.6", true),
    PEERING("bold", "none", "1.6", true),
    TGW_PEERING("bold", "none", "3", true),
    PRIVATELINK("dashed", "normal", "1.2", true),
    ASSOCIATION("solid", "none", "1.6", true),
    PROPAGATION("dashed", "normal", "1.1", false),
    OVERLAP("bold", "none", "2.2", false),
    /** An overlap in the conflicts view, where the overlaps are the layout. */
    CONFLICT("bold", "none", "2.2", true),
    /** Direct Connect: a virtual interface or a DX gateway association. */
    DX("solid", "none", "2.4", true),
    /** Site-to-Site VPN. */
    VPN("dashed", "none", "1.8", true),
    /** Segments that may reach each other (both directions). */
    REACH_BOTH("dashed", "normal", "1.4", false);

    final String style;
    final String arrowhead;
    final String penwidth;
    final boolean constraint;

    Kind(String style, String arrowhead, String penwidth, boolean constraint) {
      this.style = style;
      this.arrowhead = arrowhead;
      this.penwidth = penwidth;
      this.constraint = constraint;
    }
  }

  static final class Cluster {
    final String key;
    final String[] attrs;
    final Map<String, Cluster> children = new TreeMap<>();
    final Map<String, String[]> nodes = new TreeMap<>();

    Cluster(String key, String... attrs) {
      this.key = key;
      this.attrs = attrs;
    }

    Cluster child(String key, String... attrs) {
      return children.computeIfAbsent(key, k -> new Cluster(this.key.isEmpty() ? k : this.key + "/" + k, attrs));
    }

    Cluster node(String id, String... attrs) {
      nodes.putIfAbsent(id, attrs);
      return this;
    }
  }

  private record EdgeKey(String from, String to, Kind kind, String colour) implements Comparable<EdgeKey> {
    @Override
    public int compareTo(EdgeKey o) {
      int c = kind.compareTo(o.kind);
      if (c == 0) c = from.compareTo(o.from);
      if (c == 0) c = to.compareTo(o.to);
      return c != 0 ? c : colour.compareTo(o.colour);
    }
  }

  private static final class EdgeAcc {
    int count;
    final List<String> labels = new ArrayList<>();
  }

  final Cluster root = new Cluster("");
  private final Map<EdgeKey, EdgeAcc> edges = new TreeMap<>();
  private final java.util.Set<List<String>> layoutEdges = new java.util.LinkedHashSet<>();

  /** An invisible edge that only steers the layout (e.g. to wrap many accounts into columns). */
  void layoutEdge(String from, String to) {
    layoutEdges.add(List.of(from, to));
  }

  /**
   * Adds (or counts) an edge. {@code from}/{@code to} are node ids, optionally with a port after
   * a '|' ("t:tgw-1|rt0").
   */
  void edge(String from, String to, Kind kind, String colour, String label) {
    if (from.equals(to)) return; // inside one aggregated node: its label tells
    // Undirected pairs are stored in one order so they merge; attachments keep hub → spoke for the layout.
    if (kind.arrowhead.equals("none") && kind != Kind.ATTACHMENT && from.compareTo(to) > 0) {
      String t = from;
      from = to;
      to = t;
    }
    EdgeAcc acc = edges.computeIfAbsent(new EdgeKey(from, to, kind, colour), k -> new EdgeAcc());
    acc.count++;
    if (label != null && !label.isEmpty() && acc.labels.size() < 3 && !acc.labels.contains(label)) acc.labels.add(label);
  }

  boolean isEmpty() {
    return root.nodes.isEmpty() && root.children.isEmpty();
  }

  void write(Dot dot) {
    writeCluster(dot, root);
    for (List<String> e : layoutEdges) dot.edge(e.get(0), e.get(1), "style", "invis");
    for (Map.Entry<EdgeKey, EdgeAcc> e : edges.entrySet()) {
      EdgeKey k = e.getKey();
      EdgeAcc acc = e.getValue();
      String label = acc.count > 1 ? acc.count + "×" + (acc.labels.isEmpty() ? "" : " " + String.join(", ", acc.labels)
          + (acc.count > acc.labels.size() ? " …" : "")) : String.join(", ", acc.labels);
      dot.line(ref(k.from) + " -> " + ref(k.to) + " " + Dot.attrList("color", k.colour, "style", k.kind.style,
          "arrowhead", k.kind.arrowhead, "dir", k.kind == Kind.REACH_BOTH ? "both" : null, "penwidth", acc.count > 1 ? widen(k.kind.penwidth, acc.count) : k.kind.penwidth,
          "constraint", k.kind.constraint ? null : "false",
          // dot drops plain labels of some non-constraining edges; xlabels are placed after layout.
          k.kind.constraint ? "label" : "xlabel", label.isEmpty() ? null : label,
          "fontcolor", label.isEmpty() ? null : k.colour) + ";");
    }
  }

  private static String widen(String base, int count) {
    double w = Double.parseDouble(base) + Math.min(3.0, Math.log(count) / Math.log(2) * 0.5);
    return String.format(java.util.Locale.ROOT, "%.1f", w);
  }

  private static String ref(String id) {
    int bar = id.indexOf('|');
    return bar < 0 ? Dot.quote(id) : Dot.quote(id.substring(0, bar)) + ":" + Dot.quote(id.substring(bar + 1));
  }

  private static void writeCluster(Dot dot, Cluster c) {
    boolean isRoot = c.key.isEmpty();
    if (!isRoot) dot.cluster(c.key, c.attrs);
    for (Map.Entry<String, String[]> n : c.nodes.entrySet()) dot.node(n.getKey(), n.getValue());
    for (Cluster child : c.children.values()) writeCluster(dot, child);
    if (!isRoot) dot.close();
  }
}
