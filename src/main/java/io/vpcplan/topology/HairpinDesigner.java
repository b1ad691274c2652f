package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Design;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpnGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * VPC to VPC through on-premises: no TGW and no peering; every VPC has a virtual private gateway
 * associated with one Direct Connect gateway per region, a private virtual interface per region
 * links it to the hub site's routers, and each VPC sends the region summaries to its VGW. Traffic
 * between two VPCs leaves AWS over one link and comes back over another (or the same) one.
 * Reach cannot follow traffic through on-premises routers, so the design is judged by cost,
 * bandwidth and latency only ({@code materialized} false); segmentation is the routers' to enforce.
 */
public final class HairpinDesigner implements TopologyDesigner {
  public static final String NAME = "hairpin";

  @Override
  public String name() {
    return NAME;
  }

  /** The site whose routers turn the traffic round: the first (by name) with a DX virtual interface, else the first. */
  public static Optional<OnPremSite> hubSite(Network n) {
    List<OnPremSite> sites = new ArrayList<>(n.hybrid().sites());
    sites.sort(java.util.Comparator.comparing(OnPremSite::name));
    for (OnPremSite s : sites) {
      for (VirtualInterface v : n.hybrid().virtualInterfaces()) if (v.site().equals(s.name())) return Optional.of(s);
    }
    return sites.stream().findFirst();
  }

  public static String linkId(String region) {
    return "dxvif/hairpin/" + region;
  }

  @Override
  public TopologyDesign design(Network network, Design.Connectivity options) {
    Optional<OnPremSite> site = hubSite(network);
    Network bare = network.withTopology(List.of(), List.of(), List.of());
    if (site.isEmpty()) {
      return new TopologyDesign(NAME, bare, Counter.count(bare), false,
          List.of("not applicable: the design has no on-premises site to turn traffic round"), (a, b) -> false);
    }
    String account = options.networkAccount().isEmpty() ? "network" : options.networkAccount();
    List<String> regions = List.copyOf(new TreeSet<>(network.vpcs().stream().map(Vpc::region).toList()));
    Map<String, List<Cidr>> summaries = new HubDesigner().summaries(network.vpcs(), regions);
    Map<String, List<String>> vgwsByRegion = new TreeMap<>();
    List<VpnGateway> vgws = new ArrayList<>();
    List<Vpc> vpcs = new ArrayList<>();
    for (Vpc v : network.vpcs()) {
      String vgw = "vgw/" + v.id();
      vgws.add(new VpnGateway(vgw, v.name() + "-vgw", v.account(), v.region(), 64512, List.of(v.id()), null));
      vgwsByRegion.computeIfAbsent(v.region(), k -> new ArrayList<>()).add(vgw);
      vpcs.add(v.withRouteTables(tables(v, summaries, vgw)));
    }
    List<DxGateway> dxgws = new ArrayList<>();
    List<VirtualInterface> vifs = new ArrayList<>();
    for (String r : regions) {
      String dxgw = "dxgw/hairpin/" + r;
      List<DxGateway.Association> assoc = new ArrayList<>();
      for (String vgw : vgwsByRegion.get(r)) assoc.add(new DxGateway.Association(vgw, r, summaries.get(r)));
      dxgws.add(new DxGateway(dxgw, "hairpin-" + r, account, 64512, assoc, null));
      vifs.add(new VirtualInterface(linkId(r), "hairpin-" + r, account, r, "private", dxgw, "", site.get().asn(), 0, "", 0,
          site.get().name(), null));
    }
    Hybrid h = network.hybrid();
    Hybrid hybrid = new Hybrid(h.sites(), h.customerGateways(), List.of(), vgws, dxgws, vifs);
    Network built = bare.withVpcs(vpcs).withHybrid(hybrid);
    List<String> notes = List.of("every VPC-to-VPC flow goes through " + site.get().name()
        + "'s routers over Direct Connect: an on-premises round trip is added to its latency, and reach cannot check "
        + "the segmentation, which the on-premises routers must enforce");
    return new TopologyDesign(NAME, built, Counter.count(built), false, notes, (a, b) -> false);
  }

  private static List<RouteTable> tables(Vpc v, Map<String, List<Cidr>> summaries, String vgw) {
    List<Route> add = new ArrayList<>();
    for (List<Cidr> list : summaries.values()) {
      for (Cidr s : list) if (v.cidrs().stream().noneMatch(c -> c.contains(s))) add.add(new Route(s, RouteTarget.OTHER, vgw, false));
    }
    List<RouteTable> out = new ArrayList<>();
    for (RouteTable t : VpcTables.base(v, false)) out.add(VpcTables.withRoutes(t, add));
    return out;
  }
}
