package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The TGW route tables of one region: one per segment, one per exception VPC (a VPC with an
 * explicit intent its segment does not grant, so that the grant does not widen to its whole
 * segment), one for the inspection attachment and one for the TGW peering attachments.
 *
 * <p>A table associated with VPCs of segment S gets a propagation from every local VPC of a
 * segment S routes with, a static route per remote region to the exact aggregate of those
 * segments' blocks there (propagation does not cross TGW peering), and with inspection a default
 * route to the inspection VPC plus blackholes for everything S must not reach, so that the
 * default route cannot carry east-west traffic past the segmentation.
 */
final class HubTables {
  private static final Cidr DEFAULT = Cidr.parse("0.0.0.0/0");

  private final HubPlan plan;
  private final SegmentRules rules;
  private final Map<Integer, List<Vpc>> membersBySegment = new TreeMap<>();
  private final Map<String, List<Cidr>> aggregateCache = new HashMap<>();

  HubTables(HubPlan plan) {
    this.plan = plan;
    this.rules = plan.graph().rules();
    for (Vpc v : plan.spokes()) membersBySegment.computeIfAbsent(rules.indexOf(v.segment()), k -> new ArrayList<>()).add(v);
  }

  List<TgwRouteTable> region(String region) {
    List<TgwRouteTable> out = new ArrayList<>();
    Map<Integer, List<String>> assoc = new TreeMap<>();
    for (Vpc v : plan.spokes()) {
      if (!v.region().equals(region)) continue;
      if (plan.exceptions().contains(v.id())) {
        List<Vpc> dest = new ArrayList<>(destinations(rules.indexOf(v.segment())));
        for (String p : plan.graph().explicitPartners(v.id())) dest.add(plan.graph().vpc(p));
        dest.removeIf(d -> d.id().equals(v.id()));
        out.add(table(HubPlan.exceptionTableId(region, v.id()), region, List.of(HubPlan.attachmentId(v.id())), dest, "vpc:" + v.id()));
      } else {
        assoc.computeIfAbsent(rules.indexOf(v.segment()), k -> new ArrayList<>()).add(HubPlan.attachmentId(v.id()));
      }
    }
    for (Map.Entry<Integer, List<String>> e : assoc.entrySet()) {
      String seg = rules.names().get(e.getKey());
      out.add(table(HubPlan.segmentTableId(region, seg), region, e.getValue(), destinations(e.getKey()), "seg:" + seg));
    }
    List<String> local = new ArrayList<>();
    for (Vpc v : plan.spokes()) if (v.region().equals(region)) local.add(HubPlan.attachmentId(v.id()));
    Vpc insp = plan.inspection().get(region);
    if (insp != null) {
      out.add(new TgwRouteTable("tgw-rtb/" + region + "/inspection", "inspection",
          List.of(HubPlan.attachmentId(insp.id())), local, List.of()));
    }
    if (plan.regions().size() > 1) {
      List<String> peerings = new ArrayList<>();
      for (String r : plan.regions()) if (!r.equals(region)) peerings.add(HubPlan.peeringAttachmentId(region, r));
      out.add(new TgwRouteTable("tgw-rtb/" + region + "/peering", "peering", peerings, local, List.of()));
    }
    out.sort(java.util.Comparator.comparing(TgwRouteTable::id));
    return out;
  }

  /** Every spoke (any region) in a segment that segment {@code s} routes with. */
  private List<Vpc> destinations(int s) {
    List<Vpc> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Vpc>> e : membersBySegment.entrySet()) {
      if (rules.routes(s, e.getKey())) out.addAll(e.getValue());
    }
    return out;
  }

  private TgwRouteTable table(String id, String region, List<String> associations, List<Vpc> dest, String cacheKey) {
    List<String> props = new ArrayList<>();
    Map<String, List<Cidr>> remote = new TreeMap<>();
    java.util.Set<String> destIds = new java.util.HashSet<>();
    for (Vpc d : dest) {
      destIds.add(d.id());
      if (d.region().equals(region)) props.add(HubPlan.attachmentId(d.id()));
      else remote.computeIfAbsent(d.region(), k -> new ArrayList<>()).addAll(d.ipv4());
    }
    props.sort(null);
    List<TgwRoute> routes = new ArrayList<>();
    for (Map.Entry<String, List<Cidr>> e : remote.entrySet()) {
      String att = HubPlan.peeringAttachmentId(region, e.getKey());
      for (Cidr c : cached(cacheKey + "@" + e.getKey(), e.getValue())) routes.add(new TgwRoute(c, att, false));
    }
    Vpc insp = plan.inspection().get(region);
    if (insp != null) {
      routes.add(new TgwRoute(DEFAULT, HubPlan.attachmentId(insp.id()), false));
      List<Cidr> others = new ArrayList<>();
      for (Vpc v : plan.spokes()) if (!destIds.contains(v.id())) others.addAll(v.ipv4());
      for (Cidr c : cached(cacheKey + "@blackhole", others)) routes.add(new TgwRoute(c, "", true, true));
    }
    return new TgwRouteTable(id, id.substring(id.indexOf('/', "tgw-rtb/".length()) + 1), associations, props, routes);
  }

  /** Aggregates are the same for a segment's table in every region: compute once. */
  private List<Cidr> cached(String key, List<Cidr> blocks) {
    return aggregateCache.computeIfAbsent(key, k -> Summaries.aggregate(blocks));
  }
}
