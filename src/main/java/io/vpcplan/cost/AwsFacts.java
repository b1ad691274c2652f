package io.vpcplan.cost;

import java.util.List;

/**
 * The one table of AWS quotas and prices vpcplan uses (us-east-1 list prices). Every number in
 * the connectivity comparison comes from here or from the design's {@code quotas:}/{@code prices:}
 * overrides; update the table, its sources and the date together.
 */
public final class AwsFacts {
  private AwsFacts() {}

  public static final String AS_OF = "2025-06-01";

  private static final String VPC_QUOTAS = "Amazon VPC User Guide, \"Amazon VPC quotas\"";
  private static final String PEERING = "VPC Peering Guide, \"VPC peering quotas\"";
  private static final String TGW_QUOTAS = "Transit Gateway Guide, \"Quotas for your transit gateways\"";
  private static final String TGW_PRICE = "aws.amazon.com/transit-gateway/pricing (us-east-1)";
  private static final String TRANSFER = "aws.amazon.com/ec2/pricing/on-demand, data transfer (us-east-1)";
  private static final String PL_PRICE = "aws.amazon.com/privatelink/pricing (us-east-1)";
  // not in the project's reference table (../shared/reference/aws-network-facts.md): from the AWS pages named
  private static final String VPN_PRICE = "aws.amazon.com/vpn/site-to-site-vpn/pricing (us-east-1)";
  private static final String VPN_QUOTAS = "Site-to-Site VPN User Guide, \"Site-to-Site VPN quotas\"";
  private static final String DX_PRICE = "aws.amazon.com/directconnect/pricing (dedicated ports, US locations)";
  private static final String DX_QUOTAS = "Direct Connect User Guide, \"Direct Connect quotas\"";

  /** key, value, unit, adjustable to, description, source. */
  public static final List<Fact> TABLE = List.of(
      q("quotas.peeringsPerVpc", 50, "peerings", 125, "active VPC peerings per VPC", PEERING),
      q("quotas.routesPerRouteTable", 50, "routes", 1000, "static routes per VPC route table (IPv4)", VPC_QUOTAS),
      q("quotas.tgwRouteTablesPerTgw", 20, "tables", 0, "route tables per transit gateway (adjustable)", TGW_QUOTAS),
      q("quotas.tgwRoutesPerTgw", 10000, "routes", 0, "routes across all route tables of a transit gateway (adjustable)", TGW_QUOTAS),
      q("quotas.attachmentsPerTgw", 5000, "attachments", 0, "attachments per transit gateway", TGW_QUOTAS),
      q("quotas.tgwsPerAccountRegion", 5, "TGWs", 0, "transit gateways per account per region (adjustable)", TGW_QUOTAS),
      q("quotas.interfaceEndpointsPerVpc", 50, "endpoints", 0, "interface endpoints per VPC", "PrivateLink Guide, quotas"),
      p("prices.hoursPerMonth", 730, "hours", "hours in a billing month as AWS prices them", TGW_PRICE),
      p("prices.tgwAttachmentHour", 0.05, "USD/attachment-hour", "per TGW attachment (VPC or peering) per hour", TGW_PRICE),
      p("prices.tgwPerGb", 0.02, "USD/GB", "data processed by a TGW (bytes sent into it from a VPC)", TGW_PRICE),
      p("prices.crossAzPerGb", 0.01, "USD/GB each way", "data between AZs of a region, charged in each direction", TRANSFER),
      p("prices.interRegionPerGb", 0.02, "USD/GB", "data between regions (peering or TGW peering)", TRANSFER),
      p("prices.endpointAzHour", 0.01, "USD/endpoint-AZ-hour", "interface endpoint per AZ per hour", PL_PRICE),
      p("prices.endpointPerGb", 0.01, "USD/GB", "data processed by interface endpoints (first PB)", PL_PRICE),
      p("prices.nlbHour", 0.0225, "USD/hour", "Network Load Balancer behind an endpoint service (LCUs not included)",
          "aws.amazon.com/elasticloadbalancing/pricing (us-east-1)"),
      q("quotas.vpnBgpRoutes", 100, "routes", 0,
          "routes a customer gateway advertises over BGP to one VPN connection (the virtual private gateway quota)", VPN_QUOTAS),
      q("quotas.dxPrefixesFromOnPrem", 100, "prefixes", 0,
          "prefixes from on-premises to one transit gateway over a transit virtual interface (not adjustable)", DX_QUOTAS),
      q("quotas.dxAllowedPrefixesPerAssociation", 200, "prefixes", 0,
          "allowed prefixes AWS advertises to on-premises per Direct Connect gateway to TGW association", DX_QUOTAS),
      q("quotas.tgwsPerDxGateway", 6, "TGWs", 0, "transit gateways associated with one Direct Connect gateway", DX_QUOTAS),
      q("quotas.vgwsPerDxGateway", 20, "VGWs", 0, "virtual private gateways associated with one Direct Connect gateway",
          DX_QUOTAS),
      q("quotas.vpnTunnelGbps", 1.25, "Gbps", 0, "bandwidth of one VPN tunnel (a connection has two; ECMP needs BGP)",
          VPN_QUOTAS),
      p("prices.vpnConnectionHour", 0.05, "USD/connection-hour", "per Site-to-Site VPN connection per hour", VPN_PRICE),
      p("prices.tgwVpnAttachmentHour", 0.05, "USD/attachment-hour", "per TGW VPN attachment per hour", TGW_PRICE),
      p("prices.tgwDxAttachmentHour", 0.05, "USD/attachment-hour",
          "per TGW attachment to a Direct Connect gateway per hour", TGW_PRICE),
      p("prices.dxGatewayHour", 0, "USD/hour", "a Direct Connect gateway itself has no charge", DX_PRICE),
      p("prices.dxPort1GHour", 0.30, "USD/port-hour", "dedicated 1 Gbps Direct Connect port per hour", DX_PRICE),
      p("prices.dxPort10GHour", 2.25, "USD/port-hour", "dedicated 10 Gbps Direct Connect port per hour", DX_PRICE),
      p("prices.dxTransferOutPerGb", 0.02, "USD/GB",
          "data out of AWS over Direct Connect from us-east-1 (data in is free)", DX_PRICE),
      p("prices.peakToAverage", 3, "x",
          "policy: peak traffic as a multiple of the monthly average, for sizing links (override with a measured ratio)",
          "vpcplan default"),
      p("prices.hybridMinSavingsMonth", 10, "USD/month",
          "policy: the hybrid design peers a VPC pair directly only when that saves at least this much a month",
          "vpcplan default"));

  private static Fact q(String key, double v, String unit, double max, String desc, String source) {
    return new Fact(key, v, unit, max, desc, source, AS_OF);
  }

  private static Fact p(String key, double v, String unit, String desc, String source) {
    return new Fact(key, v, unit, 0, desc, source, AS_OF);
  }

  public static Facts defaults() {
    return new Facts(TABLE);
  }
}
