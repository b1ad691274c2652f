package io.vpcplan.generate.cfn;

import static io.vpcplan.generate.cfn.Template.props;
import static io.vpcplan.generate.cfn.Template.ref;

import io.vpcplan.generate.Names;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS side of on-premises links. A Site-to-Site VPN to a transit gateway and its customer
 * gateway go in the transit stack; CloudFormation has no resource for a Direct Connect gateway,
 * its TGW association or a VIF, so those are manual steps in deployment-order.yaml. Neither VPN
 * nor DX attachment ids are CloudFormation attributes: the tgw-routing stack takes them as
 * parameters, and the parameter says where to read each.
 */
final class HybridCfn {
  private HybridCfn() {}

  static String vpnLogical(VpnConnection v) {
    return Names.logicalId(v.id());
  }

  /** The customer gateways and VPN connections that end on {@code g}. */
  static void vpns(Ctx ctx, Template t, TransitGateway g, Map<String, String> tags) {
    String tgw = TransitStacks.tgwLogical(g);
    for (VpnConnection v : ctx.network.hybrid().vpnConnections()) {
      if (!v.transitGatewayId().equals(g.id())) continue;
      String cgw = Names.logicalId(v.customerGatewayId());
      Optional<CustomerGateway> c = customerGateway(ctx, v.customerGatewayId());
      if (!t.hasResource(cgw)) {
        String ip = c.map(CustomerGateway::ipAddress).orElse("");
        Object address = ip;
        if (ip.isEmpty()) {
          t.input(cgw + "IpAddress", "public IP of customer gateway " + v.customerGatewayId(), "",
              "the on-premises VPN device's public IPv4 address");
          address = ref(cgw + "IpAddress");
        }
        long asn = c.map(CustomerGateway::asn).orElse(0L);
        t.resource(cgw, "AWS::EC2::CustomerGateway", props("Type", "ipsec.1", "IpAddress", address,
            "BgpAsn", asn > 0 ? asn : null, "Tags", ctx.tags(v.customerGatewayId(),
                c.map(CustomerGateway::name).filter(n -> !n.isEmpty()).orElse(v.customerGatewayId()), tags)));
      }
      String id = vpnLogical(v);
      t.resource(id, "AWS::EC2::VPNConnection", props("Type", "ipsec.1", "CustomerGatewayId", ref(cgw),
          "TransitGatewayId", ref(tgw), "StaticRoutesOnly", v.staticRoutesOnly(),
          "Tags", ctx.tags(v.id(), v.name().isEmpty() ? v.id() : v.name(), tags)));
      t.output(id + "Id", "VPN connection " + v.id() + " (its TGW attachment id: describe-transit-gateway-attachments"
          + " --filters Name=resource-id,Values=THIS)", ref(id));
    }
  }

  /** The parameter of a VPN or DX attachment in a tgw-routing stack; false when {@code a} is neither. */
  static boolean attachmentInput(Ctx ctx, Template t, String param, TgwAttachment a) {
    if (a == null) return false;
    if (a.type() == AttachmentType.VPN) {
      TransitGateway g = ctx.tgwsById.get(a.tgwId());
      VpnConnection v = vpn(ctx, a.resourceId()).orElse(null);
      if (g == null || v == null) return false;
      String stack = ctx.stackName(g.account(), g.region(), Stack.Stage.TRANSIT.kind);
      t.input(param, "TGW attachment of VPN connection " + v.id(), "", "aws ec2 describe-transit-gateway-attachments"
          + " --filters Name=resource-id,Values=<output " + vpnLogical(v) + "Id of stack " + stack + ">"
          + " --query 'TransitGatewayAttachments[0].TransitGatewayAttachmentId'");
      return true;
    }
    if (a.type() == AttachmentType.DIRECT_CONNECT) {
      t.input(param, "TGW attachment of Direct Connect gateway " + a.resourceId() + " (created by its association)", "",
          "aws ec2 describe-transit-gateway-attachments --filters Name=resource-type,Values=direct-connect-gateway"
          + " Name=transit-gateway-id,Values=<this region's TGW> after the manual Direct Connect step"
          + " of deployment-order.yaml");
      return true;
    }
    return false;
  }

  /** The manual Direct Connect steps after the transit stage: gateway, association with allowed prefixes, VIFs. */
  static List<String> manualSteps(Ctx ctx) {
    List<String> out = new ArrayList<>();
    for (DxGateway d : ctx.network.hybrid().dxGateways()) {
      out.add("create Direct Connect gateway " + d.id() + " (CloudFormation has no resource for it): aws directconnect"
          + " create-direct-connect-gateway --direct-connect-gateway-name " + (d.name().isEmpty() ? Names.snake(d.id()) : d.name())
          + (d.asn() > 0 ? " --amazon-side-asn " + d.asn() : ""));
      for (DxGateway.Association a : d.associations()) {
        TransitGateway g = ctx.tgwsById.get(a.gatewayId());
        String where = g == null ? a.gatewayId() : "output " + TransitStacks.tgwLogical(g) + "Id of stack "
            + ctx.stackName(g.account(), g.region(), Stack.Stage.TRANSIT.kind);
        out.add("associate " + d.id() + " with transit gateway " + a.gatewayId() + " (" + where + ") allowing only "
            + String.join(", ", a.allowedPrefixes().stream().map(Object::toString).toList())
            + ": aws directconnect create-direct-connect-gateway-association --direct-connect-gateway-id DXGW_ID"
            + " --gateway-id TGW_ID --add-allowed-prefixes-to-direct-connect-gateway "
            + String.join(" ", a.allowedPrefixes().stream().map(p -> "cidr=" + p).toList()));
      }
    }
    for (VirtualInterface v : ctx.network.hybrid().virtualInterfaces()) {
      if (v.dxGatewayId().isEmpty()) continue;
      out.add("create " + (v.type().isEmpty() ? "" : v.type() + " ") + "virtual interface " + v.id() + " to " + v.dxGatewayId()
          + " on the Direct Connect connection in " + v.region() + " (VLAN " + v.vlan() + ", customer ASN " + v.bgpAsn()
          + "): aws directconnect create-transit-virtual-interface");
    }
    if (!ctx.network.hybrid().vpnConnections().isEmpty()) {
      out.add("configure the customer gateway devices from each VPN connection's configuration"
          + " (aws ec2 get-vpn-connection-device-sample-configuration); the tgw-routing parameters of VPN attachments"
          + " come from describe-transit-gateway-attachments");
    }
    return out;
  }

  private static Optional<CustomerGateway> customerGateway(Ctx ctx, String id) {
    return ctx.network.hybrid().customerGateways().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  private static Optional<VpnConnection> vpn(Ctx ctx, String id) {
    return ctx.network.hybrid().vpnConnections().stream().filter(v -> v.id().equals(id)).findFirst();
  }
}
