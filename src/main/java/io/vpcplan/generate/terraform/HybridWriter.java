package io.vpcplan.generate.terraform;

import io.vpcplan.generate.Names;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.VpnConnection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The AWS side of on-premises links, in the module of the account that owns the transit gateway:
 * customer gateways and Site-to-Site VPNs to the TGW, Direct Connect gateways and their TGW
 * associations with the allowed prefixes (what AWS advertises on-premises). The TGW route tables
 * then name the VPN attachment by its connection's attribute and the DX one through a data source.
 */
final class HybridWriter {
  private HybridWriter() {}

  static final String FILE = "on_premises.tf";

  static Res vpnRes(VpnConnection v) {
    return new Res("aws_vpn_connection", Names.snake(v.id()), Set.of());
  }

  static Res dxGatewayRes(DxGateway d) {
    return new Res("aws_dx_gateway", Names.snake(d.id()), Set.of());
  }

  static Res associationRes(DxGateway d, String tgwId) {
    return new Res("aws_dx_gateway_association", Names.snake(d.id() + "/" + tgwId), Set.of());
  }

  static void write(Context ctx) {
    for (VpnConnection v : ctx.network.hybrid().vpnConnections()) vpn(ctx, v);
    for (DxGateway d : ctx.network.hybrid().dxGateways()) dx(ctx, d);
  }

  private static void vpn(Context ctx, VpnConnection v) {
    Optional<TransitGateway> t = ctx.tgw(v.transitGatewayId());
    if (t.isEmpty()) return; // to a virtual private gateway, or a TGW these modules do not create
    Module m = ctx.module(t.get().account());
    String region = t.get().region();
    Optional<CustomerGateway> c = ctx.network.hybrid().customerGateways().stream()
        .filter(x -> x.id().equals(v.customerGatewayId())).findFirst();
    Res cgw = new Res("aws_customer_gateway", Names.snake(v.customerGatewayId()), Set.of());
    if (m.declareOnce(cgw.address())) {
      String ip = c.map(CustomerGateway::ipAddress).orElse("");
      Hcl.Builder b = m.resource(cgw, region).str("type", "ipsec.1");
      if (ip.isEmpty()) b.raw("ip_address", m.required("customer_gateway_ip_" + cgw.name(), "public IPv4 address of the VPN"
          + " device of customer gateway " + v.customerGatewayId(), null));
      else b.str("ip_address", ip);
      long asn = c.map(CustomerGateway::asn).orElse(0L);
      if (asn > 0) b.str("bgp_asn", Long.toString(asn));
      m.add(FILE, b.tags(Tags.of(m.planName, v.customerGatewayId(),
          c.map(CustomerGateway::name).filter(n -> !n.isEmpty()).orElse(v.customerGatewayId()))).build());
    }
    Res vpn = vpnRes(v);
    m.add(FILE, m.resource(vpn, region).str("type", "ipsec.1").raw("customer_gateway_id", cgw.ref("id").expr())
        .raw("transit_gateway_id", TgwWriter.tgwRes(t.get()).ref("id").expr())
        .raw("static_routes_only", Boolean.toString(v.staticRoutesOnly()))
        .tags(Tags.of(m.planName, v.id(), v.name().isEmpty() ? v.id() : v.name())).build());
    m.output("vpn_connection_id_" + vpn.name(), "VPN connection " + v.id() + " (its tunnel details: "
        + "aws ec2 get-vpn-connection-device-sample-configuration)", vpn.outputValue("id"));
    m.creates.add("customer gateway " + v.customerGatewayId() + " and VPN connection " + v.id() + " to " + t.get().id()
        + (v.staticRoutesOnly() ? " (static routes)" : " (BGP)"));
    m.manual.add("configure the on-premises VPN device for " + v.id() + " from the connection's sample configuration");
  }

  private static void dx(Context ctx, DxGateway d) {
    Optional<TransitGateway> first = d.associations().stream().map(a -> ctx.tgw(a.gatewayId()))
        .flatMap(Optional::stream).findFirst();
    if (first.isEmpty()) return;
    Module m = ctx.module(first.get().account());
    Res gw = dxGatewayRes(d);
    Hcl.Builder b = m.resource(gw, first.get().region()).str("name", d.name().isEmpty() ? gw.name() : d.name());
    b.str("amazon_side_asn", Long.toString(d.asn() > 0 ? d.asn() : 64512));
    m.add(FILE, b.tags(Tags.of(m.planName, d.id(), d.name().isEmpty() ? d.id() : d.name())).build());
    m.output("dx_gateway_id_" + gw.name(), "Direct Connect gateway " + d.id() + " (for the transit VIFs)",
        gw.outputValue("id"));
    for (DxGateway.Association a : d.associations()) {
      Optional<TransitGateway> t = ctx.tgw(a.gatewayId());
      if (t.isEmpty() || !t.get().account().equals(m.accountKey)) {
        m.manual.add("associate " + d.id() + " with " + a.gatewayId() + " by hand (not a transit gateway of this account)");
        continue;
      }
      List<Hcl.Expr> prefixes = a.allowedPrefixes().stream().map(p -> (Hcl.Expr) Hcl.str(p.toString())).toList();
      m.add(FILE, m.resource(associationRes(d, t.get().id()), t.get().region())
          .raw("dx_gateway_id", gw.ref("id").expr())
          .raw("associated_gateway_id", TgwWriter.tgwRes(t.get()).ref("id").expr())
          .attr("allowed_prefixes", new Hcl.ListOf(prefixes, false)).build());
    }
    m.creates.add("Direct Connect gateway " + d.id() + " and its associations with " + String.join(", ",
        d.associations().stream().map(DxGateway.Association::gatewayId).toList()));
    m.manual.add("create the transit virtual interfaces of " + d.id() + " on the Direct Connect connections"
        + " (they need the physical connection ids)");
  }

  /** A VPN or DX attachment this module creates, named by what creates it; empty for other kinds. */
  static Optional<Ref> attachment(Context ctx, Module m, TransitGateway t, TgwAttachment a) {
    if (a.type() == AttachmentType.VPN) {
      return ctx.network.hybrid().vpnConnections().stream()
          .filter(v -> v.id().equals(a.resourceId()) && v.transitGatewayId().equals(t.id()) && t.account().equals(m.accountKey))
          .findFirst().map(v -> vpnRes(v).ref("transit_gateway_attachment_id"));
    }
    if (a.type() != AttachmentType.DIRECT_CONNECT || !t.account().equals(m.accountKey)) return Optional.empty();
    Optional<DxGateway> d = ctx.network.hybrid().dxGateways().stream().filter(x -> x.id().equals(a.resourceId())
        && x.associations().stream().anyMatch(s -> s.gatewayId().equals(t.id()))).findFirst();
    if (d.isEmpty()) return Optional.empty();
    String name = Names.snake(a.id());
    if (m.declareOnce("data.aws_ec2_transit_gateway_dx_gateway_attachment." + name)) {
      Res assoc = associationRes(d.get(), t.id());
      m.add(FILE, new Hcl.Builder("data", "aws_ec2_transit_gateway_dx_gateway_attachment", name)
          .raw("provider", m.provider(t.region())).blank()
          .raw("transit_gateway_id", TgwWriter.tgwRes(t).ref("id").expr())
          .raw("dx_gateway_id", dxGatewayRes(d.get()).ref("id").expr()).blank()
          .attr("depends_on", new Hcl.ListOf(List.of(Hcl.raw(assoc.address())), false)).build());
    }
    return Optional.of(Ref.of("data.aws_ec2_transit_gateway_dx_gateway_attachment." + name + ".id"));
  }
}
