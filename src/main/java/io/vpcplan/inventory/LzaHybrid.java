package io.vpcplan.inventory;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.io.YNode;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.Suggest;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import io.vpcplan.model.VpnGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * LZA's customerGateways (with their vpnConnections) and directConnectGateways (with virtualInterfaces
 * and transitGatewayAssociations), and the virtualPrivateGateway of VPCs. VPN and DX attachments get
 * the ids TGW routes name them by ("vpn:NAME", "dx:NAME") and join the TGW route tables they list.
 * On-premises sites come from tagged prefix lists ({@link LzaPrefixLists}); a gateway's or
 * connection's site from its vpcplan:site tag.
 */
final class LzaHybrid {
  static final Set<String> CGW = Set.of("name", "account", "region", "ipAddress", "asn", "tags", "vpnConnections");
  static final Set<String> VPN = Set.of("name", "transitGateway", "vpc", "staticRoutesOnly", "routeTableAssociations",
      "routeTablePropagations", "tunnelSpecifications", "tags", "enableVpnAcceleration", "outsideIpAddressType",
      "amazonIpv4NetworkCidr", "amazonIpv6NetworkCidr", "customerIpv4NetworkCidr", "customerIpv6NetworkCidr");
  static final Set<String> DX = Set.of("name", "account", "asn", "gatewayName", "virtualInterfaces",
      "transitGatewayAssociations");
  static final Set<String> DX_TGW = Set.of("name", "account", "allowedPrefixes", "routeTableAssociations",
      "routeTablePropagations");
  static final Set<String> VIF = Set.of("name", "connectionId", "customerAsn", "interfaceName", "ownerAccount", "region",
      "type", "vlan", "addressFamily", "amazonAddress", "authKey", "customerAddress", "enableSiteLink", "jumboFrames",
      "tags");

  private final LzaTgws tgws;
  private final LzaContext ctx;
  private final List<LzaVpcs.Built> vpcs;
  private final List<CustomerGateway> cgws = new ArrayList<>();
  private final List<VpnConnection> vpns = new ArrayList<>();
  private final List<VpnGateway> vgws = new ArrayList<>();
  private final List<DxGateway> dxgws = new ArrayList<>();
  private final List<VirtualInterface> vifs = new ArrayList<>();

  private LzaHybrid(List<LzaVpcs.Built> vpcs, LzaTgws tgws, LzaContext ctx) {
    this.vpcs = vpcs;
    this.tgws = tgws;
    this.ctx = ctx;
  }

  /** Call after the TGWs are defined and before they are built: VPN and DX attachments are added to them. */
  static Hybrid read(LzaFields top, List<LzaVpcs.Built> vpcs, LzaTgws tgws, LzaContext ctx) {
    LzaHybrid h = new LzaHybrid(vpcs, tgws, ctx);
    for (LzaVpcs.Built b : vpcs) LzaFields.element("virtual private gateway", ctx.findings(), () -> h.vgw(b));
    for (YNode n : top.list("customerGateways")) LzaFields.element("customer gateway", ctx.findings(), () -> h.cgw(n));
    for (YNode n : top.list("directConnectGateways")) {
      LzaFields.element("Direct Connect gateway", ctx.findings(), () -> h.dx(n));
    }
    // sorted by id, as the describe-* importer sorts them, so an import reads back the same
    h.cgws.sort(java.util.Comparator.comparing(CustomerGateway::id));
    h.vpns.sort(java.util.Comparator.comparing(VpnConnection::id));
    h.vgws.sort(java.util.Comparator.comparing(VpnGateway::id));
    h.dxgws.sort(java.util.Comparator.comparing(DxGateway::id));
    h.vifs.sort(java.util.Comparator.comparing(VirtualInterface::id));
    return new Hybrid(ctx.prefixLists().sites(), h.cgws, h.vpns, h.vgws, h.dxgws, h.vifs);
  }

  private Object vgw(LzaVpcs.Built b) {
    YNode n = b.node().get("virtualPrivateGateway");
    if (n == null || n.isNull()) return null;
    long asn = n.isMap() && n.get("asn") != null ? asn(n.get("asn")) : 0;
    var v = b.vpc();
    vgws.add(new VpnGateway(v.id() + "/vgw", v.name(), v.account(), v.region(), asn, List.of(v.id()), n.location()));
    return null;
  }

  private Object cgw(YNode n) {
    LzaFields f = new LzaFields(n, CGW, ctx.findings());
    String name = f.requiredText("name");
    String account = f.requiredText("account");
    String region = f.requiredText("region");
    String ip = f.requiredText("ipAddress");
    long asn = asn(f.required("asn"));
    String id = account + "/" + region + "/" + name;
    cgws.add(new CustomerGateway(id, name, account, region, asn, ip, site(f), n.location()));
    for (YNode v : f.list("vpnConnections")) {
      LzaFields.element("VPN connection", ctx.findings(), () -> vpn(v, id, account, region));
    }
    return id;
  }

  private Object vpn(YNode n, String cgw, String account, String region) {
    LzaFields f = new LzaFields(n, VPN, ctx.findings());
    String name = f.requiredText("name");
    String tgw = f.text("transitGateway", "");
    String vpc = f.text("vpc", "");
    if (tgw.isEmpty() == vpc.isEmpty()) {
      throw n.error("a VPN connection names either transitGateway or vpc (one of them); this one names "
          + (tgw.isEmpty() ? "neither" : "both"));
    }
    String id = account + "/" + region + "/" + name;
    String tgwId = "";
    String vgwId = "";
    if (!tgw.isEmpty()) {
      tgwId = account + "/" + region + "/" + tgw;
      if (!tgws.ids().contains(tgwId)) {
        dangling(f.get("transitGateway"), "VPN connection " + name + " ends on transit gateway " + tgwId, tgwId, tgws.ids());
        tgwId = "";
      } else {
        tgws.attachOther(tgwId, new TgwAttachment("vpn:" + name, tgwId, AttachmentType.VPN, id, account, List.of(), false,
            n.location()), f);
      }
    } else {
      vgwId = vgws.stream().filter(g -> g.name().equals(vpc) && g.account().equals(account) && g.region().equals(region))
          .map(VpnGateway::id).findFirst().orElse("");
      if (vgwId.isEmpty()) {
        ctx.findings().add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, "VPN connection " + name + " ends on VPC "
            + vpc + ", which has no virtualPrivateGateway in " + account + "/" + region + "; give the VPC one", f.get("vpc").location()));
      }
    }
    vpns.add(new VpnConnection(id, name, account, region, cgw, tgwId, vgwId, f.bool("staticRoutesOnly", false),
        List.of(), 2, site(f), n.location()));
    return id;
  }

  private Object dx(YNode n) {
    LzaFields f = new LzaFields(n, DX, ctx.findings());
    String name = f.requiredText("name");
    String account = f.requiredText("account");
    String gatewayName = f.requiredText("gatewayName");
    long asn = asn(f.required("asn"));
    String id = account + "/" + name;
    List<DxGateway.Association> assocs = new ArrayList<>();
    for (YNode t : f.list("transitGatewayAssociations")) {
      DxGateway.Association a = LzaFields.element("Direct Connect gateway association", ctx.findings(),
          () -> association(t, name, id));
      if (a != null) assocs.add(a);
    }
    for (YNode v : f.list("virtualInterfaces")) LzaFields.element("virtual interface", ctx.findings(), () -> vif(v, id));
    dxgws.add(new DxGateway(id, gatewayName, account, asn, assocs, n.location()));
    return id;
  }

  private DxGateway.Association association(YNode n, String dxName, String dxId) {
    LzaFields f = new LzaFields(n, DX_TGW, ctx.findings());
    String tgw = f.requiredText("name");
    String account = f.requiredText("account");
    List<Cidr> prefixes = new ArrayList<>();
    for (YNode c : f.list("allowedPrefixes")) prefixes.add(LzaFields.cidr(c));
    String tgwId = tgws.ids().stream().filter(i -> i.startsWith(account + "/") && i.endsWith("/" + tgw)).findFirst()
        .orElse(null);
    if (tgwId == null) {
      dangling(f.get("name"), "Direct Connect gateway " + dxName + " associates with transit gateway " + account + "/" + tgw,
          account + "/" + tgw, tgws.ids());
      return null;
    }
    tgws.attachOther(tgwId, new TgwAttachment("dx:" + dxName, tgwId, AttachmentType.DIRECT_CONNECT, dxId, account,
        List.of(), false, n.location()), f);
    String region = tgwId.substring(account.length() + 1, tgwId.length() - tgw.length() - 1);
    return new DxGateway.Association(tgwId, region, prefixes);
  }

  private Object vif(YNode n, String dxId) {
    LzaFields f = new LzaFields(n, VIF, ctx.findings());
    String name = f.requiredText("name");
    String type = f.requiredText("type");
    if (!type.equals("transit") && !type.equals("private")) {
      throw f.get("type").error("'" + type + "' is not a virtual interface type LZA creates; use transit or private");
    }
    long vlan = number(f.required("vlan"), "a VLAN id");
    if (vlan < 1 || vlan > 4094) throw f.get("vlan").error(vlan + " is not a VLAN id; give 1 to 4094");
    vifs.add(new VirtualInterface(dxId + "/" + name, f.requiredText("interfaceName"), f.requiredText("ownerAccount"),
        f.requiredText("region"), type, dxId, "", asn(f.required("customerAsn")), (int) vlan, f.requiredText("connectionId"),
        0, "", n.location()));
    return null;
  }

  /** The on-premises site a gateway or connection serves: its vpcplan:site tag (vpcplan's LZA target writes it). */
  private static String site(LzaFields f) {
    return LzaPrefixLists.tags(f.get("tags")).getOrDefault("vpcplan:site", "");
  }

  private void dangling(YNode at, String what, String id, Set<String> known) {
    ctx.findings().add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, what + ", which transitGateways does not "
        + "define; the attachment is skipped" + Suggest.hint(id, known), at.location()));
  }

  static long asn(YNode n) {
    long a = number(n, "a BGP ASN");
    if (a < 1 || a > 4294967295L) throw n.error(a + " is not a BGP ASN; give 1 to 4294967295 (private: 64512-65534)");
    return a;
  }

  private static long number(YNode n, String what) {
    String s = LzaPlaceholders.check(n).strip();
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw n.error("'" + s + "' is not " + what + " (a whole number)");
    }
  }
}
