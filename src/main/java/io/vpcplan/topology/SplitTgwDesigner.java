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
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A transit gateway per environment per region ({@link SplitEnvs}) instead of route-table
 * segmentation on one: prod and nonprod cannot reach each other because no TGW joins them.
 * Each VPC attaches once to its environment's TGW; shared-services VPCs attach to every TGW
 * they serve; same-environment TGWs of different regions peer. On each TGW a VPC's attachment
 * is associated with its segment's table (its own when an explicit intent needs an exception),
 * which propagates the local VPCs it routes with and has static routes over the peering for
 * remote ones; its VPC route tables send those blocks to the TGW that carries them.
 */
public final class SplitTgwDesigner implements TopologyDesigner {
  public static final String NAME = "split-tgw";

  @Override
  public String name() {
    return NAME;
  }

  /** Why the design does not apply to this network (fewer than two environments to split), if it does not. */
  public static Optional<String> notApplicable(Network n) {
    SplitEnvs s = SplitEnvs.of(TopologyGraph.of(n), n);
    if (s.applicable()) return Optional.empty();
    return Optional.of("not applicable: the design has " + (s.envs().isEmpty() ? "no environment" : "one environment ("
        + s.envs().get(0) + ")") + " outside shared services, so a TGW per environment is the tgw-hub");
  }

  static String tgwId(String env, String region) {
    return "tgw-" + env + "-" + region;
  }

  @Override
  public TopologyDesign design(Network network, Design.Connectivity options) {
    TopologyGraph g = TopologyGraph.of(network);
    SplitEnvs s = SplitEnvs.of(g, network);
    if (!s.applicable()) {
      Network bare = network.withTopology(List.of(), List.of(), List.of());
      return new TopologyDesign(NAME, bare, Counter.count(bare), false, List.of(notApplicable(network).orElseThrow()),
          (a, b) -> false);
    }
    String account = options.networkAccount().isEmpty() ? "network" : options.networkAccount();
    SplitTables tables = new SplitTables(g, s);
    // env -> region -> VPCs attached there
    Map<String, Map<String, List<Vpc>>> members = new TreeMap<>();
    for (Vpc v : g.vpcs()) {
      for (String e : s.attach().get(v.id())) members.computeIfAbsent(e, k -> new TreeMap<>()).computeIfAbsent(v.region(), k -> new ArrayList<>()).add(v);
    }
    // each TGW takes the next ASN: the private range holding connectivity.asn must hold them all
    int count = members.values().stream().mapToInt(Map::size).sum();
    java.util.OptionalLong end = io.vpcplan.model.Asn.rangeEnd(options.asn());
    if (end.isPresent() && options.asn() + count - 1 > end.getAsLong()) {
      Network bare = network.withTopology(List.of(), List.of(), List.of());
      return new TopologyDesign(NAME, bare, Counter.count(bare), false, List.of("not applicable: "
          + "a TGW per environment needs " + count + " ASNs from connectivity.asn " + options.asn() + ", past the end of its"
          + " private range (" + end.getAsLong() + "); lower connectivity.asn to at most " + (end.getAsLong() - count + 1)), (a, b) -> false);
    }
    List<TransitGateway> tgws = new ArrayList<>();
    List<RamShare> shares = new ArrayList<>();
    int asn = 0;
    for (Map.Entry<String, Map<String, List<Vpc>>> byEnv : members.entrySet()) {
      String env = byEnv.getKey();
      List<String> regions = List.copyOf(byEnv.getValue().keySet());
      for (String region : regions) {
        String tgw = tgwId(env, region);
        List<TgwAttachment> atts = new ArrayList<>();
        TreeSet<String> principals = new TreeSet<>();
        for (Vpc v : byEnv.getValue().get(region)) {
          atts.add(new TgwAttachment(attachmentId(env, v.id()), tgw, AttachmentType.VPC, v.id(), v.account(),
              List.copyOf(VpcTables.attachmentSubnetIds(v)), false));
          if (!v.account().equals(account)) principals.add(v.account());
        }
        for (String other : regions) {
          if (!other.equals(region)) {
            atts.add(new TgwAttachment(peeringId(env, region, other), tgw, AttachmentType.PEERING, tgwId(env, other),
                account, List.of(), false));
          }
        }
        tgws.add(new TransitGateway(tgw, env + "-" + region, account, region, options.asn() + asn++, false, false, false,
            atts, tables.tables(env, region, byEnv.getValue().get(region), regions), null));
        if (!principals.isEmpty()) shares.add(new RamShare(tgw + "-share", account, List.of(tgw), List.copyOf(principals)));
      }
    }
    List<Vpc> vpcs = new ArrayList<>();
    for (Vpc v : network.vpcs()) {
      List<Route> add = new ArrayList<>();
      for (String e : s.attach().getOrDefault(v.id(), new TreeSet<>())) {
        for (Cidr c : tables.vpcRoutes(v, e)) {
          if (v.cidrs().stream().noneMatch(x -> x.contains(c))) add.add(new Route(c, RouteTarget.TRANSIT_GATEWAY, tgwId(e, v.region()), false));
        }
      }
      List<RouteTable> out = new ArrayList<>();
      String attachTable = VpcTables.attachmentTableId(v);
      for (RouteTable t : VpcTables.base(v, true)) out.add(t.id().equals(attachTable) ? t : VpcTables.withRoutes(t, add));
      vpcs.add(v.withRouteTables(out));
    }
    Network built = SplitOnPrem.add(network.withTopology(tgws, List.of(), shares).withVpcs(vpcs),
        java.util.Collections.unmodifiableMap(s.attach()));
    List<String> notes = new ArrayList<>(g.notes());
    notes.add("a TGW per environment (" + String.join(", ", s.envs()) + ") in each region"
        + (s.shared().isEmpty() ? "" : "; shared services (" + String.join(", ", s.shared()) + ") attach to each TGW they serve"));
    return new TopologyDesign(NAME, built, Counter.count(built), true, notes, (a, b) -> false);
  }

  static String attachmentId(String env, String vpcId) {
    return "tgw-attach/" + env + "/" + vpcId;
  }

  static String peeringId(String env, String r1, String r2) {
    return "tgw-attach/peering/" + env + "/" + (r1.compareTo(r2) < 0 ? r1 + "--" + r2 : r2 + "--" + r1);
  }
}
