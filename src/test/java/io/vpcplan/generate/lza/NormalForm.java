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
 * TGW route tables with associations, propagations and static routes. The plan is put into LZA
 * names through the generator's own naming; the imported network already has them.
 */
final class NormalForm {
  private NormalForm() {}

  /** The planned network, named as the generator names it. */
  static TreeSet<String> ofPlan(Network n) {
    LzaNames names = new LzaNames(n);
    return facts(n, v -> names.vpc(v.id()), VpcSection::subnetNames, t -> names.tgw(t.id()),
        (t, rt) -> names.tgwTable(t.id(), rt.name()), (t, a) -> member(n, names, a));
  }

  private static String member(Network n, LzaNames names, TgwAttachment a) {
    if (a.type() == AttachmentType.PEERING) return "peering:" + names.tgwPeering(a.id());
    // the LZA generator does not write customerGateways / directConnectGateways yet (issue 12): left out
    if (a.type() == AttachmentType.VPN || a.type() == AttachmentType.DIRECT_CONNECT) return null;
    return "vpc:" + names.vpc(a.resourceId());
  }

  /** The imported network: its names are LZA's already; "peering:NAME" targets are peerings by name. */
  static TreeSet<String> ofImported(Network n) {
    Map<String, Vpc> byId = new HashMap<>();
    for (Vpc v : n.vpcs()) byId.put(v.id(), v);
    return facts(n, Vpc::name, v -> {
      Map<String, String> m = new HashMap<>();
      for (Subnet s : v.subnets()) m.put(s.key(), s.name());
      return m;
    }, TransitGateway::name, (t, rt) -> rt.name(), (t, a) -> a.type() == AttachmentType.PEERING
        ? "peering:" + a.id().replaceFirst("^peering:", "") : "vpc:" + byId.get(a.resourceId()).name());
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
