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
      Scene.Cluster c = scene.root.child("s:" + seg, "label", "segment " + name, "style", "rounded,filled",
          "fillcolor", Style.tint(colour), "color", colour, "fontcolor", colour, "fontsize", "13");
      c.node("s:" + seg, "label", name + "\n" + Nodes.plural(e.getValue().size(), "VPC") + " in "
          + Nodes.plural(accounts(e.getValue()).size(), "account"), "shape", "doubleoctagon", "style", "filled",
          "fillcolor", "#ffffff", "color", colour);
      members(c, e.getValue(), colour);
      if (!seg.isEmpty()) legend.add("segment " + seg, colour, "box");
    }
    for (Segment s : idx.network.segments()) {
      for (String r : s.reaches().stream().sorted().toList()) {
        if (!bySegment.containsKey(r) || r.equals(s.name())) continue;
        scene.edge("s:" + s.name(), "s:" + r, Scene.Kind.PROPAGATION, idx.style.segment(s.name()), "may reach");
        legend.add("segment may reach (routes planned, no TGW yet)", "#555555", "dashed");
      }
    }
    Dot dot = new Dot().open("digraph " + Dot.quote("vpcplan-segments"));
    Style.header(dot, title, "LR");
    scene.write(dot);
    if (bySegment.isEmpty()) dot.node("empty", "label", "This network has no VPCs.", "shape", "note");
    legend.write(dot);
    return dot.close().toString();
  }

  private void members(Scene.Cluster c, List<Vpc> vpcs, String colour) {
    if (vpcs.size() <= MAX_VPCS_LISTED) {
      for (Vpc v : vpcs) {
        c.node(Nodes.vpc(v), "label", NetworkIndex.vpcName(v) + "\n" + v.account() + " · " + v.region() + "\n"
            + Nodes.cidrs(v), "color", colour, "fillcolor", "#ffffff");
      }
      return;
    }
    Map<String, Integer> perAccount = new TreeMap<>();
    for (Vpc v : vpcs) perAccount.merge(v.account(), 1, Integer::sum);
    for (Map.Entry<String, Integer> e : perAccount.entrySet()) {
      c.node("g:" + vpcs.get(0).segment() + "/" + e.getKey(), "label", e.getKey() + "\n" + Nodes.plural(e.getValue(), "VPC"),
          "shape", "box3d", "style", "filled", "color", colour, "fillcolor", "#ffffff");
    }
  }

  private static SortedSet<String> accounts(List<Vpc> vpcs) {
    SortedSet<String> out = new TreeSet<>();
    for (Vpc v : vpcs) out.add(v.account());
    return out;
  }
}
