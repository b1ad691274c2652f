package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.model.RamShare;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Transit Gateway hub: one TGW per region in the Network account with secure defaults (no
 * default association or propagation, no auto-accept), shared through RAM with the workload
 * accounts; TGW peering between every pair of regions; segmented route tables
 * ({@link HubTables}); each VPC attached through its /28 attachment subnets, which get a route
 * table of their own; workload route tables with one summarized route per region to the TGW.
 */
public final class HubDesigner implements TopologyDesigner {
  private final Map<String, List<Cidr>> givenSummaries;

  public HubDesigner() {
    this(Map.of());
  }

  /** @param summaries per region, the prefixes VPC route tables send to the TGW (computed when absent) */
  public HubDesigner(Map<String, List<Cidr>> summaries) {
    this.givenSummaries = Map.copyOf(summaries);
  }

  @Override
  public String name() {
    return "tgw-hub";
  }

  @Override
  public TopologyDesign design(Network network, Design.Connectivity options) {
    Network built = build(network, options, List.of());
    List<String> notes = new ArrayList<>(TopologyGraph.of(network).notes());
    for (Vpc v : network.vpcs()) {
      if (VpcTables.attachmentSubnetIds(v).isEmpty()) {
        notes.add(v.id() + " has no /28 attachment subnets; add them before attaching it to the TGW");
      }
    }
    for (var dx : built.hybrid().dxGateways()) {
      for (var a : dx.associations()) {
        if (a.allowedPrefixes().size() > OnPremRouting.DX_TGW_ALLOWED_PREFIXES) {
          notes.add(dx.id() + " allows " + a.allowedPrefixes().size() + " prefixes on " + a.gatewayId() + "; a TGW association takes "
              + OnPremRouting.DX_TGW_ALLOWED_PREFIXES + ": advertise larger summaries");
        }
      }
    }
    return new TopologyDesign(name(), built, Counter.count(built), true, notes, (a, b) -> false);
  }

  /** The hub network; {@code extraRoutes} (by VPC id) are added to the workload tables (hybrid peerings). */
  Network build(Network network, Design.Connectivity options, List<Map.Entry<String, Route>> extraRoutes) {
    TopologyGraph g = TopologyGraph.of(network);
    String account = options.networkAccount().isEmpty() ? "network" : options.networkAccount();
    List<String> regions = List.copyOf(new TreeSet<>(g.vpcs().stream().map(Vpc::region).toList()));
    Map<String, List<Cidr>> summaries = summaries(g.vpcs(), regions);
    List<Cidr> allSummaries = new ArrayList<>();
    summaries.values().forEach(allSummaries::addAll);
    Map<String, Vpc> inspection = new TreeMap<>();
    if (options.inspection()) {
      List<Vpc> taken = new ArrayList<>(g.vpcs());
      for (String region : regions) {
        Vpc insp = InspectionVpcs.create(region, account, taken, allSummaries, options.natGateways());
        inspection.put(region, insp);
        taken.add(insp);
      }
    }
    Set<String> exceptions = new HashSet<>();
    for (Vpc v : g.vpcs()) if (HubPlan.needsException(g, v)) exceptions.add(v.id());
    HubPlan plan = new HubPlan(g, account, regions, g.vpcs(), inspection, exceptions);
    HubTables tables = new HubTables(plan);
    OnPremRouting onPrem = new OnPremRouting(network, account, regions);

    List<TransitGateway> tgws = new ArrayList<>();
    List<RamShare> shares = new ArrayList<>();
    for (int i = 0; i < regions.size(); i++) {
      String region = regions.get(i);
      List<TgwAttachment> atts = new ArrayList<>();
      Set<String> principals = new TreeSet<>();
      for (Vpc v : g.vpcs()) {
        if (!v.region().equals(region)) continue;
        atts.add(new TgwAttachment(HubPlan.attachmentId(v.id()), HubPlan.tgwId(region), AttachmentType.VPC, v.id(),
            v.account(), List.copyOf(VpcTables.attachmentSubnetIds(v)), false));
        if (!v.account().equals(account)) principals.add(v.account());
      }
      Vpc insp = inspection.get(region);
      if (insp != null) {
        atts.add(new TgwAttachment(HubPlan.attachmentId(insp.id()), HubPlan.tgwId(region), AttachmentType.VPC, insp.id(),
            account, List.copyOf(VpcTables.attachmentSubnetIds(insp)), true));
      }
      for (String other : regions) {
        if (other.equals(region)) continue;
        atts.add(new TgwAttachment(HubPlan.peeringAttachmentId(region, other), HubPlan.tgwId(region),
            AttachmentType.PEERING, HubPlan.tgwId(other), account, List.of(), false));
      }
      atts.addAll(onPrem.attachments(region));
      tgws.add(new TransitGateway(HubPlan.tgwId(region), "hub-" + region, account, region, options.asn() + i,
          false, false, false, atts, onPrem.apply(region, tables.region(region), g.vpcs()), null));
      if (!principals.isEmpty()) {
        shares.add(new RamShare("tgw-" + region + "-share", account, List.of(HubPlan.tgwId(region)), List.copyOf(principals)));
      }
    }
    Map<String, List<Route>> extra = new LinkedHashMap<>();
    for (Map.Entry<String, Route> e : extraRoutes) extra.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
    List<Vpc> vpcs = new ArrayList<>();
    for (Vpc v : network.vpcs()) {
      List<Route> more = new ArrayList<>(extra.getOrDefault(v.id(), List.of()));
      more.addAll(onPrem.vpcRoutes(v));
      vpcs.add(v.withRouteTables(spokeTables(v, summaries, options.inspection(), more)));
    }
    vpcs.addAll(inspection.values());
    Network n = network;
    return n.withTopology(tgws, List.of(), shares).withVpcs(vpcs);
  }

  private static List<RouteTable> spokeTables(Vpc v, Map<String, List<Cidr>> summaries, boolean inspection, List<Route> extra) {
    List<Route> add = new ArrayList<>();
    for (List<Cidr> list : summaries.values()) {
      for (Cidr s : list) {
        boolean shadowed = v.cidrs().stream().anyMatch(c -> c.contains(s));
        if (!shadowed) add.add(new Route(s, RouteTarget.TRANSIT_GATEWAY, HubPlan.tgwId(v.region()), false));
      }
    }
    if (inspection) add.add(new Route(Cidr.parse("0.0.0.0/0"), RouteTarget.TRANSIT_GATEWAY, HubPlan.tgwId(v.region()), false));
    add.addAll(extra);
    List<RouteTable> out = new ArrayList<>();
    String attachTable = VpcTables.attachmentTableId(v);
    for (RouteTable t : VpcTables.base(v, true)) out.add(t.id().equals(attachTable) ? t : VpcTables.withRoutes(t, add));
    return out;
  }

  /**
   * Per region, the prefixes that VPC route tables send to the TGW: the given ones, else the
   * single prefix covering the region's VPCs when it touches no VPC of another region, else the
   * exact aggregate of the region's VPC blocks.
   */
  Map<String, List<Cidr>> summaries(List<Vpc> vpcs, List<String> regions) {
    Map<String, List<Cidr>> out = new TreeMap<>();
    for (String r : regions) {
      if (givenSummaries.containsKey(r)) {
        out.put(r, List.copyOf(givenSummaries.get(r)));
        continue;
      }
      List<Cidr> mine = new ArrayList<>();
      List<Cidr> others = new ArrayList<>();
      for (Vpc v : vpcs) (v.region().equals(r) ? mine : others).addAll(v.ipv4());
      Cidr cover = Summaries.coveringV4(mine);
      boolean clean = cover != null && others.stream().noneMatch(cover::overlaps);
      out.put(r, clean ? List.of(cover) : Summaries.aggregate(mine));
    }
    return out;
  }
}
