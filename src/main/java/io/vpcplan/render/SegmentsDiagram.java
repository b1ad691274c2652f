package io.vpcplan.render;

import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.Map;
import java.util.TreeMap;

/**
 * One cluster per TGW route table: the attachments associated with it inside, a dashed arrow
 * from every attachment that propagates into it. A network without TGWs (a plan before the hub
 * is designed) shows its segments and which segments each may reach instead.
 */
final class SegmentsDiagram {
  static final int MAX_ROUTES_SHOWN = 6;
  /** Aggregated, a route table with more accounts than this gets one node for all of them. */
  static final int MAX_ACCOUNT_NODES = 24;

  private final NetworkIndex idx;
  private final boolean aggregate;
  private final Scene scene = new Scene();
  private final Legend legend = new Legend();
  private final Map<String, Integer> groupSizes = new TreeMap<>();
  private final Map<String, java.util.Set<String>> tableAccounts = new TreeMap<>();

  SegmentsDiagram(NetworkIndex idx, boolean aggregate) {
    this.idx = idx;
    this.aggregate = aggregate;
  }

  String write(String title) {
    if (idx.tgws.isEmpty()) return new SegmentIntentDiagram(idx).write(title);
    for (TransitGateway t : idx.tgws) tgw(t);
    Dot dot = new Dot().open("digraph " + Dot.quote("vpcplan-segments"));
    Style.header(dot, title, "LR");
    scene.write(dot);
    legend.write(dot);
    return dot.close().toString();
  }

  private void tgw(TransitGateway t) {
    if (aggregate) countGroups(t);
    Scene.Cluster tc = scene.root.child("t:" + t.id(), "label", NetworkIndex.tgwName(t) + " · " + t.region()
        + Nodes.asn(t), "style", "rounded,filled", "fillcolor", Style.TGW_FILL, "color", "#b8860b", "fontsize", "14");
    Map<String, String> tableNode = new TreeMap<>();
    for (TgwRouteTable rt : Nodes.sortedTables(t)) {
      String name = NetworkIndex.tableName(rt);
      String colour = idx.style.segment(name);
      Scene.Cluster rc = tc.child("rt:" + rt.id(), "label", "route table " + name, "style", "rounded,filled",
          "fillcolor", "#ffffff", "color", colour, "fontcolor", colour, "fontsize", "12");
      String id = "rt:" + rt.id();
      rc.node(id, "label", tableLabel(t, rt), "shape", "folder", "style", "filled", "fillcolor", Style.tint(colour),
          "color", colour);
      tableNode.put(rt.id(), id);
    }
    for (TgwAttachment a : NetworkIndex.sortedAttachments(t)) {
      TgwRouteTable rt = idx.tableOf(a);
      Scene.Cluster home = rt == null
          ? tc.child("unassociated", "label", "not associated", "style", "rounded,dashed", "color", "#999999")
          : tc.child("rt:" + rt.id());
      String node = attachmentNode(home, a);
      String colour = idx.style.segment(idx.segmentOf(a));
      if (rt != null) {
        scene.edge(node, tableNode.get(rt.id()), Scene.Kind.ASSOCIATION, colour, "");
        legend.add("associated with the route table", "#555555", "solid");
      }
    }
    for (TgwRouteTable rt : Nodes.sortedTables(t)) {
      for (String attId : rt.propagations().stream().sorted().toList()) {
        TgwAttachment a = idx.attachment(t.id(), attId);
        if (a == null) continue;
        TgwRouteTable home = idx.tableOf(a);
        Scene.Cluster hc = home == null ? tc.child("unassociated") : tc.child("rt:" + home.id());
        String node = attachmentNode(hc, a);
        String colour = idx.style.segment(idx.segmentOf(a));
        scene.edge(node, tableNode.get(rt.id()), Scene.Kind.PROPAGATION, colour, "");
        legend.add("propagates its routes into the table", "#555555", "dashed");
      }
    }
  }

  private String attachmentNode(Scene.Cluster home, TgwAttachment a) {
    String seg = idx.segmentOf(a);
    String colour = idx.style.segment(seg);
    if (!seg.isEmpty()) legend.add("segment " + seg, colour, "box");
    Vpc v = a.type() == AttachmentType.VPC ? idx.vpcById.get(a.resourceId()) : null;
    if (v != null && aggregate) {
      String id = groupId(a, v);
      String who = id.endsWith("/*") ? Nodes.plural(tableAccounts.get(id.substring(2, id.length() - 2)).size(), "account")
          : v.account();
      home.node(id, "label", who + "\n" + Nodes.plural(groupSizes.getOrDefault(id, 0), "VPC"), "shape", "box3d",
          "style", "filled", "color", colour, "fillcolor", Style.tint(colour));
      return id;
    }
    String id = "at:" + a.id();
    String label = v != null ? NetworkIndex.vpcName(v) + "\n" + v.account() + "\n" + Nodes.cidrs(v)
        : a.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "\n" + target(a.tgwId(), a.id());
    home.node(id, "label", label, "color", colour, "fillcolor", Style.tint(colour),
        "shape", v != null ? "box" : "cds");
    return id;
  }

  /**
   * Aggregated: one node per account per route table it is associated with, or one node for the
   * whole table when it has very many accounts.
   */
  private String groupId(TgwAttachment a, Vpc v) {
    TgwRouteTable rt = idx.tableOf(a);
    String table = a.tgwId() + "/" + (rt == null ? "-" : rt.id());
    boolean one = tableAccounts.getOrDefault(table, java.util.Set.of()).size() > MAX_ACCOUNT_NODES;
    return "g:" + table + "/" + (one ? "*" : v.account());
  }

  private void countGroups(TransitGateway t) {
    for (TgwAttachment a : t.attachments()) {
      Vpc v = a.type() == AttachmentType.VPC ? idx.vpcById.get(a.resourceId()) : null;
      TgwRouteTable rt = idx.tableOf(a);
      if (v != null) {
        tableAccounts.computeIfAbsent(a.tgwId() + "/" + (rt == null ? "-" : rt.id()), k -> new java.util.TreeSet<>())
            .add(v.account());
      }
    }
    for (TgwAttachment a : t.attachments()) {
      Vpc v = a.type() == AttachmentType.VPC ? idx.vpcById.get(a.resourceId()) : null;
      if (v != null) groupSizes.merge(groupId(a, v), 1, Integer::sum);
    }
  }

  private String target(String tgwId, String attachmentId) {
    TgwAttachment a = idx.attachment(tgwId, attachmentId);
    if (a == null) return attachmentId;
    Vpc v = idx.vpcById.get(a.resourceId());
    if (v != null) return NetworkIndex.vpcName(v);
    TransitGateway peer = idx.tgwById.get(a.resourceId());
    if (peer != null) return NetworkIndex.tgwName(peer);
    return a.resourceId().isEmpty() ? a.id() : a.resourceId();
  }

  private String tableLabel(TransitGateway t, TgwRouteTable rt) {
    StringBuilder sb = new StringBuilder(NetworkIndex.tableName(rt));
    sb.append("\n").append(Nodes.plural(rt.associations().size(), "association")).append(", ")
        .append(Nodes.plural(rt.propagations().size(), "propagation"));
    var routes = rt.routes().stream().sorted(java.util.Comparator.comparing(TgwRoute::destination)).toList();
    for (int i = 0; i < Math.min(MAX_ROUTES_SHOWN, routes.size()); i++) {
      TgwRoute r = routes.get(i);
      sb.append("\n").append(r.destination()).append(r.blackhole() ? " → blackhole" : " → " + target(t.id(), r.attachmentId()));
    }
    if (routes.size() > MAX_ROUTES_SHOWN) sb.append("\n+").append(routes.size() - MAX_ROUTES_SHOWN).append(" more routes");
    return sb.toString();
  }
}
