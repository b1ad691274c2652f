package io.vpcplan.render;

import io.vpcplan.model.Segment;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The segments view of a network without transit gateways (a plan): one cluster per segment with
 * its VPCs (or one node per account when large), and an arrow for each segment it may reach.
 */
final class SegmentIntentDiagram {
  static final int MAX_VPCS_LISTED = 12;

  private final NetworkIndex idx;

  SegmentIntentDiagram(NetworkIndex idx) {
    this.idx = idx;
  }

  String write(String title) {
    Map<String, List<Vpc>> bySegment = new TreeMap<>();
    for (Segment s : idx.network.segments()) bySegment.put(s.name(), new ArrayList<>());
    for (Vpc v : idx.vpcs) bySegment.computeIfAbsent(v.segment(), k -> new ArrayList<>()).add(v);
    Scene scene = new Scene();
    Legend legend = new Legend();
    for (Map.Entry<String, List<Vpc>> e : bySegment.entrySet()) {
      String seg = e.getKey();
      String colour = idx.style.segment(seg);
      String name = seg.isEmpty() ? "no segment" : seg;
      Scene.Cluster c = scene.root.child("s:" + seg, "label", seg.isEmpty() ? "VPCs without a segment" : "segment " + name, "style", "rounded,filled",
          "fillcolor", Style.tint(colour), "color", colour, "fontcolor", colour, "fontsize", "13");
      c.node("s:" + seg, "label", name + "\n" + Nodes.plural(e.getValue().size(), "VPC") + " in "
          + Nodes.plural(accounts(e.getValue()).size(), "account"), "shape", "doubleoctagon", "style", "filled",
          "fillcolor", "#ffffff", "color", colour);
      for (String member : members(c, e.getValue(), colour)) scene.layoutEdge("s:" + seg, member);
      if (!seg.isEmpty()) legend.add("segment " + seg, colour, "box");
    }
    java.util.Set<String> reach = new TreeSet<>();
    for (Segment s : idx.network.segments()) {
      for (String r : s.reaches()) if (bySegment.containsKey(r) && !r.equals(s.name())) reach.add(s.name() + "\u0000" + r);
    }
    for (String pair : reach) {
      String[] ab = pair.split("\u0000");
      boolean both = reach.contains(ab[1] + "\u0000" + ab[0]);
      if (both && ab[0].compareTo(ab[1]) > 0) continue;
      scene.edge("s:" + ab[0], "s:" + ab[1], both ? Scene.Kind.REACH_BOTH : Scene.Kind.PROPAGATION,
          both ? "#555555" : idx.style.segment(ab[0]), both ? "reach each other" : "may reach");
      legend.add("segment may reach (the design's segment rules)", "#555555", "dashed");
    }
    Dot dot = new Dot().open("digraph " + Dot.quote("vpcplan-segments"));
    Style.header(dot, title, "TB");
    scene.write(dot);
    if (bySegment.isEmpty()) dot.node("empty", "label", "This network has no VPCs.", "shape", "note");
    legend.write(dot);
    return dot.close().toString();
  }

  /** Adds the segment's VPCs (or one node per account when many) and returns their ids. */
  private List<String> members(Scene.Cluster c, List<Vpc> vpcs, String colour) {
    List<String> ids = new ArrayList<>();
    if (vpcs.size() <= MAX_VPCS_LISTED) {
      for (Vpc v : vpcs) {
        c.node(Nodes.vpc(v), "label", NetworkIndex.vpcName(v) + "\n" + v.account() + " · " + v.region() + "\n"
            + Nodes.cidrs(v), "color", colour, "fillcolor", "#ffffff");
        ids.add(Nodes.vpc(v));
      }
      return ids;
    }
    Map<String, Integer> perAccount = new TreeMap<>();
    for (Vpc v : vpcs) perAccount.merge(v.account(), 1, Integer::sum);
    for (Map.Entry<String, Integer> e : perAccount.entrySet()) {
      String id = "g:" + vpcs.get(0).segment() + "/" + e.getKey();
      c.node(id, "label", e.getKey() + "\n" + Nodes.plural(e.getValue(), "VPC"),
          "shape", "box3d", "style", "filled", "color", colour, "fillcolor", "#ffffff");
      ids.add(id);
    }
    return ids;
  }

  private static SortedSet<String> accounts(List<Vpc> vpcs) {
    SortedSet<String> out = new TreeSet<>();
    for (Vpc v : vpcs) out.add(v.account());
    return out;
  }
}
