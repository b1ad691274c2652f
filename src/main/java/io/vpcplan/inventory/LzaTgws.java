package io.vpcplan.inventory;

import io.vpcplan.model.Suggest;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.io.Fields;
import io.vpcplan.io.YNode;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Location;
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
  private static final class Table {
    final String name;
    final List<YNode> routes;
    final Set<String> associations = new LinkedHashSet<>();
    final Set<String> propagations = new LinkedHashSet<>();

    Table(String name, List<YNode> routes) {
      this.name = name;
      this.routes = routes;
    }
  }

  private record Def(String id, String name, String account, String region, long asn, boolean[] flags,
      Map<String, Table> tables, List<TgwAttachment> attachments, Location at) {}

  private final Map<String, Def> defs = new LinkedHashMap<>();
  /** tgw id + "|" + VPC name → attachment id, for static routes that name a VPC. */
  private final Map<String, String> attachmentOf = new LinkedHashMap<>();
  private final List<Finding> findings;

  LzaTgws(List<YNode> nodes, String home, List<Finding> findings) {
    this.findings = findings;
    for (YNode n : nodes) {
      Fields f = new Fields(n, LzaKeys.TGW);
      String name = f.requiredText("name");
      String account = f.requiredText("account");
      String region = f.requiredText("region");
      long asn = asn(f);
      boolean[] flags = {"enable".equals(f.text("defaultRouteTableAssociation", "")),
          "enable".equals(f.text("defaultRouteTablePropagation", "")),
          "enable".equals(f.text("autoAcceptSharingAttachments", ""))};
      Map<String, Table> tables = new LinkedHashMap<>();
      for (YNode t : f.list("routeTables")) {
        Fields tf = new Fields(t, LzaKeys.TGW_TABLE);
        String tn = tf.requiredText("name");
        if (tables.putIfAbsent(tn, new Table(tn, tf.list("routes"))) != null) {
          throw tf.get("name").error("duplicate route table '" + tn + "' in transit gateway " + name);
        }
      }
      String id = account + "/" + region + "/" + name;
      if (defs.putIfAbsent(id, new Def(id, name, account, region, asn, flags, tables, new ArrayList<>(), n.location())) != null) {
        throw f.get("name").error("duplicate transit gateway '" + name + "' in " + account + "/" + region);
      }
    }
  }

  private static long asn(Fields f) {
    if (!f.has("asn")) return 0;
    String s = f.get("asn").asText().strip();
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw f.get("asn").error("'" + s + "' is not an ASN (a whole number such as 64512)");
    }
  }

  /** The transitGatewayAttachments of one VPC or template. */
  void attach(LzaVpcs.Built b, Map<String, Vpc> byName) {
    Vpc vpc = b.vpc();
    YNode list = b.node().get("transitGatewayAttachments");
    if (list == null) return;
    for (YNode n : list.asList()) {
      Fields f = new Fields(n, LzaKeys.ATTACHMENT);
      String name = f.requiredText("name");
      Fields tf = new Fields(f.required("transitGateway"), LzaKeys.ATTACHMENT_TGW);
      String tgwId = tf.requiredText("account") + "/" + vpc.region() + "/" + tf.requiredText("name");
      Def d = defs.get(tgwId);
      if (d == null) {
        findings.add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, "VPC " + vpc.name() + " attaches to transit "
            + "gateway " + tgwId + ", which transitGateways does not define" + Suggest.hint(tgwId, defs.keySet()),
            f.get("transitGateway").location()));
        continue;
      }
      String id = vpc.id() + "/" + name;
      boolean appliance = f.has("options") && "enable".equals(f.get("options").get("applianceModeSupport") == null ? ""
          : f.get("options").get("applianceModeSupport").asText());
      List<String> subnets = new ArrayList<>();
      for (String s : f.texts("subnets")) subnets.add(vpc.id() + "/" + s);
      d.attachments().add(new TgwAttachment(id, d.id(), AttachmentType.VPC, vpc.id(), vpc.account(), subnets, appliance));
      attachmentOf.put(d.id() + "|" + vpc.name(), id);
      member(d, f, "routeTableAssociations", id, true);
      member(d, f, "routeTablePropagations", id, false);
    }
  }

  private void member(Def d, Fields f, String key, String attachment, boolean association) {
    for (YNode t : f.list(key)) {
      Table table = d.tables().get(t.asText());
      if (table == null) {
        findings.add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, key + " names route table '" + t.asText()
            + "', which transit gateway " + d.name() + " does not have" + Suggest.hint(t.asText(), d.tables().keySet()),
            t.location()));
      } else if (association) {
        table.associations.add(attachment);
      } else {
        table.propagations.add(attachment);
      }
    }
  }

  List<TransitGateway> build() {
    List<TransitGateway> out = new ArrayList<>();
    for (Def d : defs.values()) {
      List<TgwRouteTable> tables = new ArrayList<>();
      for (Table t : d.tables().values()) {
        tables.add(new TgwRouteTable(d.id() + "/" + t.name, t.name, List.copyOf(t.associations),
            List.copyOf(t.propagations), routes(d, t)));
      }
      out.add(new TransitGateway(d.id(), d.name(), d.account(), d.region(), d.asn(), d.flags()[0], d.flags()[1],
          d.flags()[2], d.attachments(), tables, d.at()));
    }
    return out;
  }

  private List<TgwRoute> routes(Def d, Table t) {
    List<TgwRoute> out = new ArrayList<>();
    for (YNode r : t.routes) {
      Fields f = new Fields(r, LzaKeys.TGW_ROUTE);
      if (!f.has("destinationCidrBlock")) continue; // prefix lists hold their CIDRs elsewhere
      Cidr dest = f.cidr("destinationCidrBlock");
      if (f.bool("blackhole", false)) {
        out.add(new TgwRoute(dest, "", true));
        continue;
      }
      if (!f.has("attachment")) throw r.error("route " + dest + " needs an attachment or 'blackhole: true'");
      Fields a = new Fields(f.get("attachment"), LzaKeys.TGW_ROUTE_TARGET);
      String target;
      if (a.has("vpcName")) {
        target = attachmentOf.get(d.id() + "|" + a.text("vpcName", ""));
        if (target == null) {
          findings.add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, "route " + dest + " in " + t.name
              + " targets VPC " + a.text("vpcName", "") + ", which has no attachment to " + d.name(), a.node().location()));
          continue;
        }
      } else if (a.has("vpnConnectionName")) target = "vpn:" + a.text("vpnConnectionName", "");
      else if (a.has("directConnectGatewayName")) target = "dx:" + a.text("directConnectGatewayName", "");
      else if (a.has("transitGatewayPeeringName")) target = "peering:" + a.text("transitGatewayPeeringName", "");
      else if (a.has("transitGatewayConnectName")) target = "connect:" + a.text("transitGatewayConnectName", "");
      else throw a.node().error("name the attachment: vpcName, vpnConnectionName, directConnectGatewayName or transitGatewayPeeringName");
      out.add(new TgwRoute(dest, target, false));
    }
    return out;
  }

  Set<String> accounts() {
    Set<String> s = new TreeSet<>();
    for (Def d : defs.values()) s.add(d.account());
    return s;
  }
}
