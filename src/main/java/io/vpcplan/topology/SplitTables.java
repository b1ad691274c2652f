package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The route tables of a split-TGW design. VPCs are grouped by segment and the TGWs they attach
 * to (every member of a group has the same destinations), so destinations are found per group,
 * not per VPC pair; a VPC with an explicit intent its segment does not grant has a group of its own.
 */
final class SplitTables {
  private final TopologyGraph g;
  private final SplitEnvs s;
  private final Map<String, List<Vpc>> groups = new TreeMap<>();
  private final Map<String, List<Vpc>> destCache = new HashMap<>();
  private final Map<String, List<Cidr>> routeCache = new HashMap<>();

  SplitTables(TopologyGraph g, SplitEnvs s) {
    this.g = g;
    this.s = s;
    for (Vpc v : g.vpcs()) groups.computeIfAbsent(groupKey(v), k -> new ArrayList<>()).add(v);
  }

  private String groupKey(Vpc v) {
    return v.segment() + "|" + s.attach().get(v.id());
  }

  private String tableKey(Vpc v) {
    return HubPlan.needsException(g, v) ? "vpc:" + v.id() : groupKey(v);
  }

  /**
   * The VPCs (any region) that {@code v}'s group reaches through its environment {@code env}'s
   * TGWs; {@code v} itself among them when its segment reaches itself (shared by the whole group,
   * so not removed: its own block in a table or route aggregate is harmless, local routes win).
   */
  List<Vpc> destinations(Vpc v, String env) {
    return destCache.computeIfAbsent(tableKey(v) + "@" + env, k -> {
      Set<String> mine = s.attach().get(v.id());
      List<Vpc> out = new ArrayList<>();
      for (List<Vpc> grp : groups.values()) {
        Vpc first = grp.get(0);
        if (!g.rules().routes(v.segment(), first.segment())) continue;
        if (!env.equals(SplitEnvs.common(mine, s.attach().get(first.id())))) continue;
        out.addAll(grp);
      }
      if (tableKey(v).startsWith("vpc:")) {
        for (String p : g.explicitPartners(v.id())) {
          Vpc w = g.vpc(p);
          if (w != null && !out.contains(w) && env.equals(SplitEnvs.common(mine, s.attach().get(p)))) out.add(w);
        }
      }
      return out;
    });
  }

  /** Exact aggregate of the blocks {@code v} sends to its {@code env} TGW. */
  List<Cidr> vpcRoutes(Vpc v, String env) {
    return routeCache.computeIfAbsent(tableKey(v) + "@" + env, k -> {
      List<Cidr> blocks = new ArrayList<>();
      for (Vpc w : destinations(v, env)) blocks.addAll(w.ipv4());
      return Summaries.aggregate(blocks);
    });
  }

  List<TgwRouteTable> tables(String env, String region, List<Vpc> local, List<String> regions) {
    Map<String, List<Vpc>> byTable = new LinkedHashMap<>();
    for (Vpc v : local) byTable.computeIfAbsent(tableKey(v), k -> new ArrayList<>()).add(v);
    List<TgwRouteTable> out = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    for (List<Vpc> assoc : byTable.values()) {
      Vpc first = assoc.get(0);
      String name = tableKey(first).startsWith("vpc:") ? "vpc/" + first.id() : (first.segment().isEmpty() ? "unsegmented" : first.segment());
      String id = "tgw-rtb/" + env + "/" + region + "/" + name;
      for (int i = 2; !ids.add(id); i++) id = "tgw-rtb/" + env + "/" + region + "/" + name + "-" + i;
      List<String> props = new ArrayList<>();
      Map<String, List<Cidr>> remote = new TreeMap<>();
      for (Vpc d : destinations(first, env)) {
        if (d.region().equals(region)) props.add(SplitTgwDesigner.attachmentId(env, d.id()));
        else remote.computeIfAbsent(d.region(), k -> new ArrayList<>()).addAll(d.ipv4());
      }
      props.sort(null);
      List<TgwRoute> routes = new ArrayList<>();
      for (Map.Entry<String, List<Cidr>> e : remote.entrySet()) {
        for (Cidr c : Summaries.aggregate(e.getValue())) routes.add(new TgwRoute(c, SplitTgwDesigner.peeringId(env, region, e.getKey()), false));
      }
      List<String> associations = assoc.stream().map(v -> SplitTgwDesigner.attachmentId(env, v.id())).sorted().toList();
      out.add(new TgwRouteTable(id, name, associations, props, routes));
    }
    if (regions.size() > 1) {
      List<String> peerings = new ArrayList<>();
      for (String r : regions) if (!r.equals(region)) peerings.add(SplitTgwDesigner.peeringId(env, region, r));
      List<String> all = local.stream().map(v -> SplitTgwDesigner.attachmentId(env, v.id())).sorted().toList();
      out.add(new TgwRouteTable("tgw-rtb/" + env + "/" + region + "/peering", "peering", peerings, all, List.of()));
    }
    out.sort(java.util.Comparator.comparing(TgwRouteTable::id));
    return out;
  }
}
