package io.vpcplan.generate.lza;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Network;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A network as a sorted set of facts in LZA's vocabulary (LZA names of VPCs, subnets, TGWs, TGW
 * route tables, peerings): VPCs with account, region and blocks; subnets with CIDR and AZ; TGWs;
 * TGW route tables with associations, propagations and static routes (VPN and DX attachments
 * included); on-premises sites (ranges, ASN, segments reached); VPN connections with their customer
 * gateways and sites; DX gateways with their associations (not their virtual interfaces: LZA needs
 * a provisioned DX connection id for one, so the generator leaves them to a README note). The plan is put into LZA
 * names through the generator's own naming; the imported network already has them.
 */
final class NormalForm {
  private NormalForm() {}

  /** The planned network, named as the generator names it. */
  static TreeSet<String> ofPlan(Network n) {
    LzaNames names = new LzaNames(n);
    TreeSet<String> out = facts(n, v -> names.vpc(v.id()), VpcSection::subnetNames, t -> names.tgw(t.id()),
        (t, rt) -> names.tgwTable(t.id(), rt.name()), (t, a) -> member(n, names, a));
    out.addAll(hybrid(n, names::vpn, names::dxGateway, names::tgw));
    return out;
  }

  private static String member(Network n, LzaNames names, TgwAttachment a) {
    if (a.type() == AttachmentType.PEERING) return "peering:" + names.tgwPeering(a.id());
    if (a.type() == AttachmentType.VPN) return "vpn:" + names.vpn(a.resourceId());
    if (a.type() == AttachmentType.DIRECT_CONNECT) return "dx:" + names.dxGateway(a.resourceId());
    return "vpc:" + names.vpc(a.resourceId());
  }

  /** The imported network: its names are LZA's already; "peering:NAME" targets are peerings by name. */
  static TreeSet<String> ofImported(Network n) {
    Map<String, Vpc> byId = new HashMap<>();
    for (Vpc v : n.vpcs()) byId.put(v.id(), v);
    Map<String, String> tgwNames = new HashMap<>();
    for (TransitGateway t : n.transitGateways()) tgwNames.put(t.id(), t.name());
    TreeSet<String> out = facts(n, Vpc::name, v -> {
      Map<String, String> m = new HashMap<>();
      for (Subnet s : v.subnets()) m.put(s.key(), s.name());
      return m;
    }, TransitGateway::name, (t, rt) -> rt.name(), (t, a) -> switch (a.type()) {
      case PEERING -> "peering:" + a.id().replaceFirst("^peering:", "");
      case VPN, DIRECT_CONNECT -> a.id(); // the importer names them vpn:NAME and dx:NAME already
      default -> "vpc:" + byId.get(a.resourceId()).name();
    });
    // the importer's ids are account/region/NAME (VPN) and account/NAME (DX gateway)
    out.addAll(hybrid(n, id -> id.substring(id.lastIndexOf('/') + 1), id -> id.substring(id.indexOf('/') + 1),
        id -> tgwNames.getOrDefault(id, id)));
    return out;
  }

  /** VPN connections (TGW, routing, customer gateway) and DX gateway associations (allowed prefixes). */
  private static TreeSet<String> hybrid(Network n, Function<String, String> vpnName, Function<String, String> dxName,
      Function<String, String> tgwName) {
    TreeSet<String> out = new TreeSet<>();
    for (io.vpcplan.model.OnPremSite s : n.hybrid().sites()) {
      out.add("site " + s.name() + " ranges=" + cidrs(s.ranges()) + " asn=" + s.asn() + " reaches=" + new TreeSet<>(s.segments()));
    }
    Map<String, io.vpcplan.model.CustomerGateway> cgws = new HashMap<>();
    for (io.vpcplan.model.CustomerGateway c : n.hybrid().customerGateways()) cgws.put(c.id(), c);
    for (io.vpcplan.model.VpnConnection v : n.hybrid().vpnConnections()) {
      io.vpcplan.model.CustomerGateway c = cgws.get(v.customerGatewayId());
      out.add("vpn " + vpnName.apply(v.id()) + " tgw=" + tgwName.apply(v.transitGatewayId()) + " static=" + v.staticRoutesOnly()
          + " site=" + v.site() + " cgw=" + (c == null ? "?" : c.ipAddress() + " asn=" + c.asn() + " account=" + c.account()
          + " region=" + c.region() + " site=" + c.site()));
    }
    for (io.vpcplan.model.DxGateway d : n.hybrid().dxGateways()) {
      out.add("dxgw " + dxName.apply(d.id()) + " account=" + d.account() + " asn=" + d.asn());
      for (io.vpcplan.model.DxGateway.Association a : d.associations()) {
        out.add("dx-assoc " + dxName.apply(d.id()) + " tgw=" + tgwName.apply(a.gatewayId()) + " region=" + a.gatewayRegion()
            + " allowed=" + cidrs(a.allowedPrefixes()));
      }
    }
    return out;
  }

  private static TreeSet<String> facts(Network n, Function<Vpc, String> vpcName, Function<Vpc, Map<String, String>> subnetNames,
      Function<TransitGateway, String> tgwName, java.util.function.BiFunction<TransitGateway, TgwRouteTable, String> tableName,
      java.util.function.BiFunction<TransitGateway, TgwAttachment, String> member) {
    TreeSet<String> out = new TreeSet<>();
    for (Vpc v : n.vpcs()) {
      String vn = vpcName.apply(v);
      out.add("vpc " + vn + " account=" + v.account() + " region=" + v.region() + " cidrs=" + new TreeSet<>(v.cidrs()));
      Map<String, String> sn = subnetNames.apply(v);
      for (Subnet s : v.subnets()) out.add("subnet " + vn + "/" + sn.get(s.key()) + " " + s.cidr() + " az=" + s.az());
    }
    for (TransitGateway t : n.transitGateways()) {
      String tn = tgwName.apply(t);
      out.add("tgw " + tn + " account=" + t.account() + " region=" + t.region() + " asn=" + t.asn());
      Map<String, String> members = new HashMap<>();
      for (TgwAttachment a : t.attachments()) members.put(a.id(), member.apply(t, a));
      for (TgwRouteTable rt : t.routeTables()) {
        String table = tableName.apply(t, rt);
        out.add("tgw-table " + tn + " " + table);
        for (String a : rt.associations()) if (!skipped(members, a)) out.add("associate " + table + " " + members.getOrDefault(a, "?" + a));
        for (String a : rt.propagations()) if (!skipped(members, a)) out.add("propagate " + table + " " + members.getOrDefault(a, "?" + a));
        for (TgwRoute r : rt.routes()) {
          String to = r.blackhole() ? "blackhole" : members.getOrDefault(r.attachmentId(), r.attachmentId());
          out.add("tgw-route " + table + " " + r.destination() + " -> " + to);
        }
      }
    }
    return out;
  }

  private static boolean skipped(Map<String, String> members, String attachment) {
    return members.containsKey(attachment) && members.get(attachment) == null;
  }

  static String cidrs(java.util.List<Cidr> cs) {
    return new TreeSet<>(cs).toString();
  }
}
