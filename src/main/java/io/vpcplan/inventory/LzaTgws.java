package io.vpcplan.inventory;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.io.YNode;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.RamShare;
import io.vpcplan.model.Suggest;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** LZA transitGateways with their route tables, and the VPC attachments declared on VPCs. */
final class LzaTgws {
  private record Table(String name, List<YNode> routes, Set<String> associations, Set<String> propagations) {}

  private record Def(String id, String name, String account, String region, long asn, boolean[] flags,
      Map<String, Table> tables, List<TgwAttachment> attachments, Location at) {}

  private final Map<String, Def> defs = new LinkedHashMap<>();
  /** tgw id + "|" + VPC name (and + "|" + account) → attachment id, for static routes that name a VPC. */
  private final Map<String, String> attachmentOf = new LinkedHashMap<>();
  private final List<RamShare> shares = new ArrayList<>();
  private final Set<String> peerings = new java.util.HashSet<>();
  private final LzaContext ctx;

  LzaTgws(List<YNode> nodes, LzaContext ctx) {
    this.ctx = ctx;
    for (YNode n : nodes) LzaFields.element("transit gateway", ctx.findings(), () -> define(n));
  }

  private Def define(YNode n) {
    LzaFields f = new LzaFields(n, LzaKeys.TGW, ctx.findings());
    String name = f.requiredText("name");
    String account = f.requiredText("account");
    String region = f.requiredText("region");
    long asn = asn(f);
    boolean[] flags = {"enable".equals(f.text("defaultRouteTableAssociation", "")),
        "enable".equals(f.text("defaultRouteTablePropagation", "")),
        "enable".equals(f.text("autoAcceptSharingAttachments", ""))};
    Map<String, Table> tables = new LinkedHashMap<>();
    for (YNode t : f.list("routeTables")) {
      LzaFields.element("TGW route table", ctx.findings(), () -> {
        LzaFields tf = new LzaFields(t, LzaKeys.TGW_TABLE, ctx.findings());
        String tn = tf.requiredText("name");
        Table table = new Table(tn, tf.list("routes"), new LinkedHashSet<>(), new LinkedHashSet<>());
        if (tables.putIfAbsent(tn, table) != null) {
          throw tf.get("name").error("duplicate route table '" + tn + "' in transit gateway " + name + "; rename one");
        }
        return table;
      });
    }
    String id = account + "/" + region + "/" + name;
    Def d = new Def(id, name, account, region, asn, flags, tables, new ArrayList<>(), n.location());
    if (defs.putIfAbsent(id, d) != null) {
      throw f.get("name").error("duplicate transit gateway '" + name + "' in " + account + "/" + region + "; rename one");
    }
    if (f.has("shareTargets")) {
      LzaFields s = new LzaFields(f.get("shareTargets"), LzaKeys.TARGETS, ctx.findings());
      List<String> to = ctx.org().targets(s.list("organizationalUnits"), s.texts("accounts"), s.texts("excludedAccounts"));
      shares.add(new RamShare(name, account, List.of(id), to));
    }
    return d;
  }

  private static long asn(LzaFields f) {
    if (!f.has("asn")) return 0;
    String s = f.text("asn", "");
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw f.get("asn").error("'" + s + "' is not an ASN (a whole number such as 64512)");
    }
  }

  /** The transitGatewayAttachments of one VPC (one expanded template target). */
  void attach(LzaVpcs.Built b) {
    Vpc vpc = b.vpc();
    YNode list = b.node().get("transitGatewayAttachments");
    if (list == null || list.isNull()) return;
    for (YNode n : LzaFields.flat(list)) LzaFields.element("TGW attachment", ctx.findings(), () -> attach(vpc, n));
  }

  private Object attach(Vpc vpc, YNode n) {
    List<Finding> findings = ctx.findings();
    LzaFields f = new LzaFields(n, LzaKeys.ATTACHMENT, findings);
    String name = f.requiredText("name");
    LzaFields tf = new LzaFields(f.required("transitGateway"), LzaKeys.ATTACHMENT_TGW, findings);
    String tgwId = tf.requiredText("account") + "/" + vpc.region() + "/" + tf.requiredText("name");
    Def d = defs.get(tgwId);
    if (d == null) {
      findings.add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, "VPC " + vpc.displayName() + " attaches to transit "
          + "gateway " + tgwId + ", which transitGateways does not define" + Suggest.hint(tgwId, defs.keySet()),
          f.get("transitGateway").location()));
      return null;
    }
    String id = vpc.id() + "/" + name;
    YNode opts = f.get("options");
    boolean appliance = opts != null && opts.get("applianceModeSupport") != null
        && "enable".equals(opts.get("applianceModeSupport").asText());
    List<String> subnets = new ArrayList<>();
    for (String s : f.texts("subnets")) subnets.add(vpc.id() + "/" + s);
    d.attachments().add(new TgwAttachment(id, d.id(), AttachmentType.VPC, vpc.id(), vpc.account(), subnets, appliance));
    attachmentOf.putIfAbsent(d.id() + "|" + vpc.name(), id);
    attachmentOf.put(d.id() + "|" + vpc.name() + "|" + vpc.account(), id);
    member(d, f, "routeTableAssociations", id, true);
    member(d, f, "routeTablePropagations", id, false);
    return id;
  }

  private void member(Def d, LzaFields f, String key, String attachment, boolean association) {
    for (YNode t : f.list(key)) {
      Table table = d.tables().get(t.asText());
      if (table == null) {
        ctx.findings().add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, key + " names route table '" + t.asText()
            + "', which transit gateway " + d.name() + " does not have" + Suggest.hint(t.asText(), d.tables().keySet()),
            t.location()));
      } else {
        (association ? table.associations() : table.propagations()).add(attachment);
      }
    }
  }

  /**
   * One transitGatewayPeering entry: a PEERING attachment "peering:NAME" on each TGW (the id TGW
   * routes name it by; AWS too gives both sides one attachment id), leading to the other TGW,
   * associated with the route table each side names.
   */
  void peer(YNode n) {
    LzaFields.element("TGW peering", ctx.findings(), () -> {
      LzaFields f = new LzaFields(n, LzaKeys.TGW_PEERING, ctx.findings());
      String name = f.requiredText("name");
      if (!peerings.add(name)) {
        throw f.get("name").error("duplicate TGW peering '" + name + "'; LZA refers to peerings by name, rename one");
      }
      String id = "peering:" + name;
      LzaFields req = new LzaFields(f.required("requester"), LzaKeys.TGW_PEERING_REQUESTER, ctx.findings());
      LzaFields acc = new LzaFields(f.required("accepter"), LzaKeys.TGW_PEERING_ACCEPTER, ctx.findings());
      Def a = side(req, name);
      Def b = side(acc, name);
      String ta = req.requiredText("routeTableAssociations");
      String tb = acc.requiredText("routeTableAssociations");
      if (a == null || b == null) return null;
      a.attachments().add(new TgwAttachment(id, a.id(), AttachmentType.PEERING, b.id(), a.account(), List.of(), false));
      b.attachments().add(new TgwAttachment(id, b.id(), AttachmentType.PEERING, a.id(), b.account(), List.of(), false));
      associate(a, req, ta, id, name);
      associate(b, acc, tb, id, name);
      return id;
    });
  }

  private void associate(Def d, LzaFields side, String table, String id, String name) {
    Table t = d.tables().get(table);
    if (t != null) {
      t.associations().add(id);
      return;
    }
    ctx.findings().add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, "TGW peering " + name + " associates with "
        + "route table '" + table + "', which transit gateway " + d.name() + " does not have; the peering stays "
        + "unassociated" + Suggest.hint(table, d.tables().keySet()), side.get("routeTableAssociations").location()));
  }

  private Def side(LzaFields s, String name) {
    String tgw = s.requiredText("account") + "/" + s.requiredText("region") + "/" + s.requiredText("transitGatewayName");
    Def d = defs.get(tgw);
    if (d == null) {
      ctx.findings().add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, "TGW peering " + name + " names transit "
          + "gateway " + tgw + ", which transitGateways does not define; the peering is skipped" + Suggest.hint(tgw, defs.keySet()),
          s.node().location()));
    }
    return d;
  }

  List<TransitGateway> build() {
    List<TransitGateway> out = new ArrayList<>();
    for (Def d : defs.values()) {
      List<TgwRouteTable> tables = new ArrayList<>();
      for (Table t : d.tables().values()) {
        List<TgwRoute> routes = new ArrayList<>();
        for (YNode r : t.routes()) {
          List<TgwRoute> got = LzaFields.element("TGW route", ctx.findings(), () -> route(d, t, r));
          if (got != null) routes.addAll(got);
        }
        tables.add(new TgwRouteTable(d.id() + "/" + t.name(), t.name(), List.copyOf(t.associations()),
            List.copyOf(t.propagations()), routes));
      }
      out.add(new TransitGateway(d.id(), d.name(), d.account(), d.region(), d.asn(), d.flags()[0], d.flags()[1],
          d.flags()[2], d.attachments(), tables, d.at()));
    }
    return out;
  }

  private List<TgwRoute> route(Def d, Table t, YNode r) {
    LzaFields f = new LzaFields(r, LzaKeys.TGW_ROUTE, ctx.findings());
    List<Cidr> dests = new ArrayList<>();
    if (f.has("destinationPrefixList")) {
      try {
        dests.addAll(ctx.prefixLists().entries(f.get("destinationPrefixList")));
      } catch (InputException e) {
        LzaPrefixLists.dangling(e, ctx.findings(), "TGW route");
        return List.of();
      }
    } else {
      dests.add(f.cidr("destinationCidrBlock"));
    }
    String what = f.has("destinationPrefixList") ? "prefix list " + f.text("destinationPrefixList", "") : dests.get(0).toString();
    String target = "";
    if (!f.bool("blackhole", false)) {
      if (!f.has("attachment")) throw r.error("route " + what + " needs an attachment or 'blackhole: true'");
      target = target(d, t, f.get("attachment"), what);
      if (target == null) return List.of();
    }
    List<TgwRoute> out = new ArrayList<>();
    for (Cidr c : dests) out.add(new TgwRoute(c, target, target.isEmpty()));
    return out;
  }

  private String target(Def d, Table t, YNode node, String what) {
    LzaFields a = new LzaFields(node, LzaKeys.TGW_ROUTE_TARGET, ctx.findings());
    if (a.has("vpcName")) {
      String vpc = a.text("vpcName", "");
      String target = a.has("account") ? attachmentOf.get(d.id() + "|" + vpc + "|" + a.text("account", "")) : null;
      if (target == null) target = attachmentOf.get(d.id() + "|" + vpc);
      if (target == null) {
        ctx.findings().add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, "route " + what + " in " + t.name()
            + " targets VPC " + vpc + ", which has no attachment to " + d.name() + "; the route is skipped", node.location()));
      }
      return target;
    }
    if (a.has("vpnConnectionName")) return "vpn:" + a.text("vpnConnectionName", "");
    if (a.has("directConnectGatewayName")) return "dx:" + a.text("directConnectGatewayName", "");
    if (a.has("transitGatewayPeeringName")) return "peering:" + a.text("transitGatewayPeeringName", "");
    if (a.has("transitGatewayConnectName")) return "connect:" + a.text("transitGatewayConnectName", "");
    throw node.error("name the attachment: vpcName, vpnConnectionName, directConnectGatewayName or transitGatewayPeeringName");
  }

  /** The TGWs defined, by id "account/region/name". */
  Set<String> ids() {
    return defs.keySet();
  }

  /** A VPN or Direct Connect gateway attachment on a defined TGW, in the route tables {@code f} lists. */
  void attachOther(String tgwId, TgwAttachment a, LzaFields f) {
    Def d = defs.get(tgwId);
    d.attachments().add(a);
    member(d, f, "routeTableAssociations", a.id(), true);
    member(d, f, "routeTablePropagations", a.id(), false);
  }

  List<RamShare> shares() {
    return shares;
  }

  Set<String> accounts() {
    Set<String> s = new TreeSet<>();
    for (Def d : defs.values()) s.add(d.account());
    return s;
  }
}
