package io.vpcplan.render;

import io.vpcplan.model.Vpc;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Only what collides: the VPCs with overlapping blocks, in their region and account, joined in red. */
final class ConflictsDiagram {
  private final NetworkIndex idx;
  private final DiagramOptions options;

  ConflictsDiagram(NetworkIndex idx, DiagramOptions options) {
    this.idx = idx;
    this.options = options;
  }

  /** The VPCs this view draws: every VPC with a block that overlaps another VPC's. */
  static int vpcCount(java.util.List<Vpc> vpcs) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (VpcOverlap o : VpcOverlap.find(vpcs)) {
      ids.add(o.a().id());
      ids.add(o.b().id());
    }
    return ids.size();
  }

  String write(String title) {
    List<VpcOverlap> overlaps = VpcOverlap.star(idx.vpcs);
    Map<String, Vpc> involved = new TreeMap<>();
    for (VpcOverlap o : overlaps) {
      involved.put(o.a().id(), o.a());
      involved.put(o.b().id(), o.b());
    }
    Scene scene = new Scene();
    Placement place = new Placement(idx, scene, options.aggregate(involved.size()),
        List.copyOf(involved.values()));
    for (Vpc v : involved.values().stream().sorted(NetworkIndex.VPC_ORDER).toList()) place.vpc(v, true);
    for (VpcOverlap o : overlaps) {
      scene.edge(place.nodeOf(o.a()), place.nodeOf(o.b()), Scene.Kind.CONFLICT, Style.CONFLICT,
          o.identical() ? o.inner() + " twice" : o.outer() + " contains " + o.inner());
    }
    place.finish();
    Dot dot = new Dot().open("digraph " + Dot.quote("vpcplan-conflicts"));
    Style.header(dot, title, "LR");
    scene.write(dot);
    Legend legend = new Legend();
    if (overlaps.isEmpty()) {
      dot.node("none", "label", "No overlapping CIDRs among " + Nodes.plural(idx.vpcs.size(), "VPC") + ".",
          "shape", "note", "style", "filled", "fillcolor", "#e8f5e9", "color", "#2e7d32");
    } else {
      int pairs = VpcOverlap.vpcPairs(idx.vpcs);
      legend.add(Nodes.plural(pairs, "overlapping pair") + " among " + Nodes.plural(involved.size(), "VPC"),
          Style.CONFLICT, "bold");
    }
    legend.write(dot);
    return dot.close().toString();
  }
}
