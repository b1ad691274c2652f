package io.vpcplan.render;

import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Puts VPCs and TGWs into region and account clusters. Aggregated, each account of a region is
 * one node ("payments-prod · 42 VPCs") inside its region (and OU) cluster, and every edge of its
 * VPCs ends there.
 */
final class Placement {
  private final NetworkIndex idx;
  private final Scene scene;
  private final boolean aggregate;
  private final Map<String, Group> groups = new TreeMap<>();

  /** Above this many account nodes, accounts are grouped further: by OU, else by segment. */
  static final int MAX_ACCOUNT_NODES = 60;

  private static final class Group {
    final String region;
    final String account;
    final String coarse;
    final SortedSet<String> accounts = new TreeSet<>();
    int vpcs;
    int conflicted;
    long addresses;
    final SortedSet<String> segments = new TreeSet<>();

    Group(String region, String account, String coarse) {
      this.region = region;
      this.account = account;
      this.coarse = coarse;
    }
  }

  private final boolean coarse;

  /** {@code drawn}: the VPCs the view will place, to choose how far to aggregate. */
  Placement(NetworkIndex idx, Scene scene, boolean aggregate, List<Vpc> drawn) {
    this.idx = idx;
    this.scene = scene;
    this.aggregate = aggregate;
    this.coarse = aggregate && drawn.stream().map(v -> v.region() + "/" + v.account()).distinct().count() > MAX_ACCOUNT_NODES;
  }

  String nodeOf(Vpc v) {
    if (!aggregate) return Nodes.vpc(v);
    return "a:" + v.region() + "/" + (coarse ? coarseKey(v) : v.account());
  }

  /** The OU of the VPC's account, else its segment. */
  private String coarseKey(Vpc v) {
    String ou = idx.ou(v.account());
    return ou.isEmpty() ? "segment " + (v.segment().isEmpty() ? "(none)" : v.segment()) : "OU " + ou;
  }

  String vpcOrExternal(String vpcId) {
    Vpc v = idx.vpcById.get(vpcId);
    return v != null ? nodeOf(v) : external(vpcId);
  }

  void vpc(Vpc v, boolean conflicted) {
    if (!aggregate) {
      accountCluster(v.region(), v.account()).node(Nodes.vpc(v),
          Nodes.vpcAttrs(v, idx.style.segment(v.segment()), conflicted));
      return;
    }
    Group g = groups.computeIfAbsent(nodeOf(v), k -> new Group(v.region(), v.account(), coarse ? coarseKey(v) : ""));
    g.accounts.add(v.account());
    g.vpcs++;
    if (conflicted) g.conflicted++;
    for (var c : v.ipv4()) g.addresses += c.size4();
    if (!v.segment().isEmpty()) g.segments.add(v.segment());
  }

  void tgw(TransitGateway t) {
    Scene.Cluster c = aggregate || t.account().isEmpty() ? region(t.region()) : accountCluster(t.region(), t.account());
    c.node(Nodes.tgw(t), Nodes.tgwAttrs(t, idx.style, idx));
  }

  /** A VPN, Direct Connect or Connect attachment, drawn beside its TGW. */
  String other(TransitGateway t, TgwAttachment a) {
    String id = "o:" + a.id();
    String kind = a.type().name().replace('_', ' ').toLowerCase(Locale.ROOT);
    region(t.region()).node(id, "shape", "cds", "style", "filled", "fillcolor", "#eeeeee", "label",
        kind + "\n" + (a.resourceId().isEmpty() ? a.id() : a.resourceId()));
    return id;
  }

  String external(String vpcId) {
    scene.root.node(Nodes.external(vpcId), Nodes.externalAttrs(vpcId));
    return Nodes.external(vpcId);
  }

  String externalTgw(String tgwId) {
    scene.root.node(Nodes.external(tgwId), Nodes.externalAttrs(tgwId));
    return Nodes.external(tgwId);
  }

  /** Emits the aggregated account nodes and lays regions out in columns; call once all is placed. */
  void finish() {
    aggregateNodes();
    List<List<String>> columns = new ArrayList<>();
    int regions = (int) scene.root.children.keySet().stream().filter(k -> k.startsWith("r:")).count();
    for (Scene.Cluster region : scene.root.children.values()) columns(region, Math.max(1, regions), columns);
    for (int k = 1; k < columns.size(); k++) {
      List<String> prev = columns.get(k - 1);
      List<String> cur = columns.get(k);
      for (int j = 0; j < cur.size(); j++) scene.layoutEdge(prev.get(Math.min(j, prev.size() - 1)), cur.get(j));
    }
  }

  /**
   * Spokes of a hub all land on one rank, and unconnected accounts all on the first, so a big
   * network would be one very long column. Invisible edges lay each region out as its TGWs, then
   * its accounts in about sqrt(n / (1.5 × regions)) columns, and the regions side by side, which
   * keeps the whole picture roughly landscape.
   */
  private static void columns(Scene.Cluster region, int regions, List<List<String>> out) {
    List<String> hubs = new ArrayList<>();
    List<List<String>> units = new ArrayList<>(); // the nodes of one account (or one aggregated node)
    for (String id : region.nodes.keySet()) {
      if (id.startsWith("t:")) hubs.add(id);
      else if (id.startsWith("a:")) units.add(List.of(id));
    }
    for (Scene.Cluster c : region.children.values()) {
      List<String> tgws = c.nodes.keySet().stream().filter(id -> id.startsWith("t:")).toList();
      if (!tgws.isEmpty()) {
        hubs.addAll(tgws);
        continue;
      }
      List<String> members = c.nodes.keySet().stream().filter(id -> id.startsWith("a:") || id.startsWith("v:")).toList();
      if (members.isEmpty()) continue;
      if (members.get(0).startsWith("a:")) members.forEach(m -> units.add(List.of(m))); // an OU of account nodes
      else units.add(members);
    }
    if (!hubs.isEmpty()) out.add(hubs);
    int total = units.stream().mapToInt(List::size).sum();
    if (total == 0) return;
    int cols = Math.max(1, (int) Math.round(Math.sqrt(total / (1.5 * regions))));
    int perColumn = (total + cols - 1) / cols;
    List<String> column = new ArrayList<>();
    for (List<String> unit : units) {
      if (!column.isEmpty() && column.size() + unit.size() > perColumn) {
        out.add(column);
        column = new ArrayList<>();
      }
      column.addAll(unit);
    }
    out.add(column);
  }

  private void aggregateNodes() {
    for (Map.Entry<String, Group> e : groups.entrySet()) {
      Group g = e.getValue();
      String colour = g.segments.size() == 1 ? idx.style.segment(g.segments.first()) : "#555555";
      String who = g.coarse.isEmpty() ? g.account : g.coarse + "\n" + Nodes.plural(g.accounts.size(), "account");
      String label = who + "\n" + Nodes.plural(g.vpcs, "VPC") + "\n" + addresses(g.addresses)
          + (g.segments.isEmpty() ? "" : "\n[" + String.join(", ", g.segments) + "]")
          + (g.conflicted > 0 ? "\n" + g.conflicted + " in conflict" : "");
      String ou = g.coarse.isEmpty() ? idx.ou(g.account) : "";
      Scene.Cluster c = ou.isEmpty() ? region(g.region) : region(g.region).child("ou:" + ou, "label", "OU " + ou,
          "style", "rounded,filled", "fillcolor", Style.ACCOUNT_FILL, "color", "#bbbbbb", "fontsize", "11");
      c.node(e.getKey(), "label", label, "shape", "box3d", "style", "filled", "color",
          g.conflicted > 0 ? Style.CONFLICT : colour, "fillcolor", Style.tint(g.conflicted > 0 ? Style.CONFLICT : colour),
          "penwidth", g.conflicted > 0 ? "2.2" : "1.2");
    }
  }

  static String addresses(long n) {
    if (n >= 1 << 20) return String.format(Locale.ROOT, "%.1fM addresses", n / 1048576.0);
    if (n >= 1 << 10) return String.format(Locale.ROOT, "%.1fK addresses", n / 1024.0);
    return n + " addresses";
  }

  private Scene.Cluster region(String region) {
    return scene.root.child("r:" + region, "label", region, "style", "rounded,filled", "fillcolor", Style.REGION_FILL,
        "color", "#8899aa", "fontsize", "15", "margin", "14");
  }

  private Scene.Cluster accountCluster(String region, String account) {
    return region(region).child("a:" + account, "label", idx.accountLabel(account), "style", "rounded,filled",
        "fillcolor", Style.ACCOUNT_FILL, "color", "#bbbbbb", "fontsize", "11", "margin", "10");
  }
}
