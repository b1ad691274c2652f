package io.vpcplan.generate.lza;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.OwnershipTags;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Network;
import io.vpcplan.model.RamShare;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * LZA {@code transitGateways} (route tables, static routes, RAM share targets) and the attachment
 * entries that LZA keeps on each VPC. Associations and propagations are written on the attachment,
 * where LZA wants them.
 */
final class TgwSection {
  private final Network network;
  private final LzaNames names;
  private final GenerateOptions options;
  private final Notes notes;
  private final Map<String, TransitGateway> byId = new HashMap<>();
  private final Map<String, Vpc> vpcs = new HashMap<>();
  private final Map<String, List<TgwAttachment>> byVpc = new HashMap<>();
  /** Usable TGW peerings: attachment id → the association table name on each TGW (by TGW id). */
  final Map<String, Map<String, String>> peeringTables = new HashMap<>();
  /** Per transit gateway: attachment id → the first attachment with it (routes name them by id). */
  private final Map<String, Map<String, TgwAttachment>> attachmentsById = new HashMap<>();
  /** Per route table: its associations and propagations as sets (a hub table lists thousands). */
  private final Map<TgwRouteTable, Set<String>> associated = new java.util.IdentityHashMap<>();
  private final Map<TgwRouteTable, Set<String>> propagated = new java.util.IdentityHashMap<>();

  TgwSection(Network network, LzaNames names, GenerateOptions options, Notes notes) {
    this.network = network;
    this.names = names;
    this.options = options;
    this.notes = notes;
    for (Vpc v : network.vpcs()) vpcs.put(v.id(), v);
    for (TransitGateway t : sorted()) {
      byId.put(t.id(), t);
      Map<String, TgwAttachment> ids = attachmentsById.computeIfAbsent(t.id(), k -> new HashMap<>());
      for (TgwAttachment a : t.attachments()) {
        ids.putIfAbsent(a.id(), a);
        if (a.type() == AttachmentType.VPC && vpcs.containsKey(a.resourceId())) {
          byVpc.computeIfAbsent(a.resourceId(), k -> new ArrayList<>()).add(a);
        }
      }
    }
  }

  List<TransitGateway> sorted() {
    List<TransitGateway> ts = new ArrayList<>(network.transitGateways());
    ts.sort(Comparator.comparing(TransitGateway::id));
    return ts;
  }

  List<TgwAttachment> attachmentsOf(String vpcId) {
    return byVpc.getOrDefault(vpcId, List.of());
  }

  ArrayNode transitGateways() {
    ArrayNode out = LzaYaml.F.arrayNode();
    for (TransitGateway t : sorted()) {
      ObjectNode o = out.addObject();
      o.put("name", names.tgw(t.id())).put("account", t.account()).put("region", t.region());
      shareTargets(o, t);
      long asn = t.asn();
      if (asn == 0) {
        asn = 64512;
        notes.add("transit gateway " + t.id() + " has no ASN in the network; 64512 is written, change it if taken.");
      }
      o.put("asn", asn).put("dnsSupport", "enable").put("vpnEcmpSupport", "enable")
          .put("defaultRouteTableAssociation", t.defaultAssociation() ? "enable" : "disable")
          .put("defaultRouteTablePropagation", t.defaultPropagation() ? "enable" : "disable")
          .put("autoAcceptSharingAttachments", t.autoAccept() ? "enable" : "disable");
      if (t.defaultAssociation() || t.defaultPropagation() || t.autoAccept()) {
        notes.add("transit gateway " + t.id() + " keeps default association/propagation or auto-accept enabled, as it exists; "
            + "disable them so that every attachment joins a route domain on purpose.");
      }
      ArrayNode tables = o.putArray("routeTables");
      for (TgwRouteTable rt : t.routeTables()) {
        ObjectNode tn = tables.addObject().put("name", names.tgwTable(t.id(), rt.name().isEmpty() ? rt.id() : rt.name()));
        ArrayNode routes = tn.putArray("routes");
        for (TgwRoute r : rt.routes()) {
          ObjectNode rn = route(t, rt, r);
          if (rn != null) routes.add(rn);
        }
        tn.set("tags", LzaYaml.tags(OwnershipTags.of(options.planName(), rt.id(), null, Map.of())));
      }
      o.set("tags", LzaYaml.tags(OwnershipTags.of(options.planName(), t.id(), null, Map.of())));
    }
    return out;
  }

  /** RAM share targets: the shares of this TGW plus every other account that attaches a VPC (LZA cannot attach otherwise). */
  private void shareTargets(ObjectNode o, TransitGateway t) {
    Set<String> accounts = new TreeSet<>();
    Set<String> ous = new TreeSet<>();
    for (RamShare s : network.ramShares()) {
      if (!s.resourceIds().contains(t.id())) continue;
      for (String p : s.principals()) {
        if (p.startsWith("ou-")) ous.add(p.matches("ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}") ? p : p.substring(3));
        else accounts.add(p);
      }
    }
    for (TgwAttachment a : t.attachments()) {
      if (a.type() != AttachmentType.VPC || a.account().isEmpty() || a.account().equals(t.account())) continue;
      if (accounts.add(a.account()) && ous.isEmpty()) {
        notes.add("transit gateway " + t.id() + " is shared with " + a.account() + ", which attaches a VPC but was not in its RAM share.");
      }
    }
    accounts.remove(t.account());
    if (accounts.isEmpty() && ous.isEmpty()) return;
    ObjectNode s = o.putObject("shareTargets");
    if (!ous.isEmpty()) ous.forEach(s.putArray("organizationalUnits")::add);
    if (!accounts.isEmpty()) accounts.forEach(s.putArray("accounts")::add);
  }

  private ObjectNode route(TransitGateway t, TgwRouteTable rt, TgwRoute r) {
    ObjectNode o = LzaYaml.F.objectNode().put("destinationCidrBlock", r.destination().toString());
    if (r.blackhole()) return o.put("blackhole", true);
    TgwAttachment a = byId.get(t.id()) == t ? attachmentsById.get(t.id()).get(r.attachmentId())
        : t.attachments().stream().filter(x -> x.id().equals(r.attachmentId())).findFirst().orElse(null);
    if (a != null && a.type() == AttachmentType.VPC && vpcs.containsKey(a.resourceId())) {
      Vpc v = vpcs.get(a.resourceId());
      o.putObject("attachment").put("vpcName", names.vpc(v.id())).put("account", v.account());
      return o;
    }
    if (a != null && a.type() == AttachmentType.PEERING && peeringTables.containsKey(a.id())) {
      o.putObject("attachment").put("transitGatewayPeeringName", names.tgwPeering(a.id()));
      return o;
    }
    if (a != null && a.type() == AttachmentType.VPN && network.hybrid().vpnConnections().stream()
        .anyMatch(v -> v.id().equals(a.resourceId()) && v.transitGatewayId().equals(t.id()))) {
      o.putObject("attachment").put("vpnConnectionName", names.vpn(a.resourceId()));
      return o;
    }
    if (a != null && a.type() == AttachmentType.DIRECT_CONNECT && network.hybrid().dxGateways().stream()
        .anyMatch(d -> d.id().equals(a.resourceId()))) {
      o.putObject("attachment").put("directConnectGatewayName", names.dxGateway(a.resourceId()));
      return o;
    }
    notes.add("transit gateway " + t.id() + " route table " + rt.name() + ": route " + r.destination() + " to attachment '"
        + r.attachmentId() + "' is not written: LZA can target only VPCs, TGW peerings, VPNs and Direct Connect gateways it "
        + "defines, and this config defines no such attachment.");
    return null;
  }

  /** The attachment entry kept on a VPC. */
  ObjectNode attachment(TgwAttachment a, String vpcName, Map<String, String> subnetNames) {
    TransitGateway t = byId.get(a.tgwId());
    String tgw = names.tgw(t.id());
    ObjectNode o = LzaYaml.F.objectNode().put("name", vpcName + "-" + tgw);
    o.putObject("transitGateway").put("name", tgw).put("account", t.account());
    ArrayNode subnets = o.putArray("subnets");
    for (String s : a.subnetIds()) subnets.add(subnetNames.getOrDefault(s, LzaNames.clean(s)));
    indexedTables(o, t, a);
    ObjectNode opts = o.putObject("options").put("dnsSupport", "enable");
    if (a.applianceMode()) opts.put("applianceModeSupport", "enable");
    o.set("tags", LzaYaml.tags(OwnershipTags.of(options.planName(), a.id(), null, Map.of())));
    return o;
  }

  TransitGateway byId(String id) {
    return byId.get(id);
  }

  /** As {@link #tables}, with each table's associations and propagations looked up in sets made once. */
  private void indexedTables(ObjectNode o, TransitGateway t, TgwAttachment a) {
    ArrayNode assoc = LzaYaml.F.arrayNode();
    ArrayNode prop = LzaYaml.F.arrayNode();
    for (TgwRouteTable rt : t.routeTables()) {
      String n = names.tgwTable(t.id(), rt.name().isEmpty() ? rt.id() : rt.name());
      if (associated.computeIfAbsent(rt, k -> new java.util.HashSet<>(k.associations())).contains(a.id())) assoc.add(n);
      if (propagated.computeIfAbsent(rt, k -> new java.util.HashSet<>(k.propagations())).contains(a.id())) prop.add(n);
    }
    if (!assoc.isEmpty()) o.set("routeTableAssociations", assoc);
    if (!prop.isEmpty()) o.set("routeTablePropagations", prop);
  }

  /** routeTableAssociations / routeTablePropagations of an attachment (VPC, VPN or DX) on its gateway. */
  static void tables(ObjectNode o, TransitGateway t, TgwAttachment a, LzaNames names) {
    ArrayNode assoc = LzaYaml.F.arrayNode();
    ArrayNode prop = LzaYaml.F.arrayNode();
    for (TgwRouteTable rt : t.routeTables()) {
      String n = names.tgwTable(t.id(), rt.name().isEmpty() ? rt.id() : rt.name());
      if (rt.associations().contains(a.id())) assoc.add(n);
      if (rt.propagations().contains(a.id())) prop.add(n);
    }
    if (!assoc.isEmpty()) o.set("routeTableAssociations", assoc);
    if (!prop.isEmpty()) o.set("routeTablePropagations", prop);
  }
}
