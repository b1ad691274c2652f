package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpnConnection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * On-premises on a split-TGW design: every environment TGW that carries a VPC of a segment a
 * site admits gets its own Direct Connect gateway attachment (and association) and its own copy
 * of the site's VPN connections in that region, so these are paid once per TGW. A shared VPC
 * reaches the site through a TGW that needs the links anyway when there is one. On each such TGW
 * an on-premises table propagates the VPCs that may reach the site, their tables learn the site's
 * routes from the on-premises attachments, and the VPCs send the site's ranges to that TGW.
 */
final class SplitOnPrem {
  private SplitOnPrem() {}

  static Network add(Network built, Map<String, Set<String>> attach) {
    Hybrid h = built.hybrid();
    if (h.sites().isEmpty()) return built;
    Map<String, TransitGateway> tgws = new LinkedHashMap<>();
    for (TransitGateway t : built.transitGateways()) tgws.put(t.id(), t);
    Map<String, List<TgwAttachment>> extraAtts = new HashMap<>();
    Map<String, List<TgwRouteTable>> extraTables = new HashMap<>();
    Map<String, List<String>> learn = new HashMap<>(); // TGW table id -> on-prem attachments it propagates
    Map<String, List<Route>> vpcRoutes = new HashMap<>();
    List<VpnConnection> vpns = new ArrayList<>(h.vpnConnections().stream().filter(c -> c.transitGatewayId().isEmpty()).toList());
    Map<String, List<DxGateway.Association>> assoc = new HashMap<>();
    for (OnPremSite site : h.sites()) {
      Map<String, List<Vpc>> byTgw = chooseTgws(built, attach, site);
      for (Map.Entry<String, List<Vpc>> e : byTgw.entrySet()) {
        TransitGateway t = tgws.get(e.getKey());
        List<String> onPrem = new ArrayList<>();
        for (DxGateway d : dxGateways(h, site)) {
          String id = "tgw-attach/dx/" + t.id() + "/" + d.id();
          extraAtts.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(new TgwAttachment(id, t.id(), AttachmentType.DIRECT_CONNECT,
              d.id(), t.account(), List.of(), false));
          onPrem.add(id);
          List<Cidr> blocks = new ArrayList<>();
          e.getValue().forEach(v -> blocks.addAll(v.ipv4()));
          assoc.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(new DxGateway.Association(t.id(), t.region(), Summaries.aggregate(blocks)));
        }
        for (VpnConnection c : h.vpnConnections()) {
          if (!c.site().equals(site.name()) || c.transitGatewayId().isEmpty() || !c.region().equals(t.region())) continue;
          String vid = c.id() + "/" + t.id();
          vpns.add(new VpnConnection(vid, c.name(), c.account(), c.region(), c.customerGatewayId(), t.id(), "",
              c.staticRoutesOnly(), c.staticRoutes(), c.tunnels(), c.site(), c.location()));
          String id = "tgw-attach/vpn/" + vid;
          extraAtts.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(new TgwAttachment(id, t.id(), AttachmentType.VPN, vid,
              t.account(), List.of(), false));
          onPrem.add(id);
        }
        if (onPrem.isEmpty()) continue;
        Set<String> vpcAtts = new TreeSet<>();
        for (Vpc v : e.getValue()) {
          vpcAtts.add(attachmentOf(t, v.id()));
          for (Cidr r : site.ranges()) vpcRoutes.computeIfAbsent(v.id(), k -> new ArrayList<>()).add(new Route(r, RouteTarget.TRANSIT_GATEWAY, t.id(), false));
        }
        extraTables.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(new TgwRouteTable(t.id().replace("tgw-", "tgw-rtb/") + "/onprem-"
            + site.name(), "onprem-" + site.name(), onPrem, List.copyOf(vpcAtts), List.of()));
        for (TgwRouteTable rt : t.routeTables()) {
          if (rt.associations().stream().anyMatch(vpcAtts::contains)) learn.computeIfAbsent(rt.id(), k -> new ArrayList<>()).addAll(onPrem);
        }
      }
    }
    List<TransitGateway> outTgws = new ArrayList<>();
    for (TransitGateway t : tgws.values()) {
      List<TgwAttachment> atts = new ArrayList<>(t.attachments());
      atts.addAll(extraAtts.getOrDefault(t.id(), List.of()));
      List<TgwRouteTable> tables = new ArrayList<>();
      for (TgwRouteTable rt : t.routeTables()) {
        List<String> props = new ArrayList<>(rt.propagations());
        props.addAll(learn.getOrDefault(rt.id(), List.of()));
        tables.add(new TgwRouteTable(rt.id(), rt.name(), rt.associations(), props, rt.routes()));
      }
      tables.addAll(extraTables.getOrDefault(t.id(), List.of()));
      tables.sort(Comparator.comparing(TgwRouteTable::id));
      outTgws.add(new TransitGateway(t.id(), t.name(), t.account(), t.region(), t.asn(), false, false, false, atts, tables, null));
    }
    List<DxGateway> dx = new ArrayList<>();
    for (DxGateway d : h.dxGateways()) {
      List<DxGateway.Association> a = new ArrayList<>(d.associations().stream().filter(x -> !x.gatewayId().startsWith("tgw-")).toList());
      a.addAll(assoc.getOrDefault(d.id(), List.of()));
      dx.add(new DxGateway(d.id(), d.name(), d.account(), d.asn(), a, d.location()));
    }
    List<Vpc> vpcs = new ArrayList<>();
    for (Vpc v : built.vpcs()) {
      List<Route> add = vpcRoutes.getOrDefault(v.id(), List.of());
      if (add.isEmpty()) {
        vpcs.add(v);
        continue;
      }
      List<RouteTable> tables = new ArrayList<>();
      String attachTable = VpcTables.attachmentTableId(v);
      for (RouteTable t : v.routeTables()) tables.add(t.id().equals(attachTable) ? t : VpcTables.withRoutes(t, add));
      vpcs.add(v.withRouteTables(tables));
    }
    Hybrid out = new Hybrid(h.sites(), h.customerGateways(), vpns, h.vpnGateways(), dx, h.virtualInterfaces());
    return built.withTopology(outTgws, built.peerings(), built.ramShares()).withVpcs(vpcs).withHybrid(out);
  }

  /** Per TGW, the VPCs that reach the site through it: each VPC of an admitted segment once, on a TGW that needs the links anyway when it can. */
  private static Map<String, List<Vpc>> chooseTgws(Network built, Map<String, Set<String>> attach, OnPremSite site) {
    List<Vpc> members = new ArrayList<>();
    for (Vpc v : built.vpcs()) if (site.segments().contains(v.segment()) && !attach.getOrDefault(v.id(), Set.of()).isEmpty()) members.add(v);
    members.sort(Comparator.comparingInt((Vpc v) -> attach.get(v.id()).size()).thenComparing(Vpc::id));
    Map<String, List<Vpc>> out = new java.util.TreeMap<>();
    for (Vpc v : members) {
      String pick = null;
      for (String env : new TreeSet<>(attach.get(v.id()))) {
        String t = SplitTgwDesigner.tgwId(env, v.region());
        if (pick == null) pick = t;
        if (out.containsKey(t)) {
          pick = t;
          break;
        }
      }
      out.computeIfAbsent(pick, k -> new ArrayList<>()).add(v);
    }
    return out;
  }

  private static List<DxGateway> dxGateways(Hybrid h, OnPremSite site) {
    Set<String> ids = new TreeSet<>();
    for (VirtualInterface v : h.virtualInterfaces()) if (v.site().equals(site.name()) && !v.dxGatewayId().isEmpty()) ids.add(v.dxGatewayId());
    return h.dxGateways().stream().filter(d -> ids.contains(d.id())).toList();
  }

  private static String attachmentOf(TransitGateway t, String vpcId) {
    for (TgwAttachment a : t.attachments()) if (a.type() == AttachmentType.VPC && a.resourceId().equals(vpcId)) return a.id();
    return "";
  }
}
