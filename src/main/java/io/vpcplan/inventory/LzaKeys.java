package io.vpcplan.inventory;

import java.util.Set;

/**
 * The keys LZA's network-config schema allows in the sections vpcplan reads (from
 * network-config.ts, INetworkConfig and the interfaces below it, plus keys newer releases
 * added). Unknown keys there are errors with a suggestion; sections vpcplan does not read are
 * not checked below their top-level key.
 */
final class LzaKeys {
  private LzaKeys() {}

  static final Set<String> TOP = Set.of("homeRegion", "defaultVpc", "endpointPolicies", "transitGateways",
      "transitGatewayPeering", "transitGatewayConnects", "vpcs", "vpcFlowLogs", "centralNetworkServices",
      "customerGateways", "dhcpOptions", "directConnectGateways", "prefixLists", "vpcPeering", "vpcTemplates",
      "elbAccountIds", "firewallManagerService", "firewallManager", "certificates", "accountVpcIds",
      "accountVpcEndpointIds");

  private static final Set<String> VPC_COMMON = Set.of("name", "region", "cidrs", "defaultSecurityGroupRulesDeletion",
      "dhcpOptions", "dnsFirewallRuleGroups", "egressOnlyIgw", "enableDnsHostnames", "enableDnsSupport",
      "gatewayEndpoints", "instanceTenancy", "interfaceEndpoints", "internetGateway", "ipamAllocations", "ipv6Cidrs",
      "natGateways", "useCentralEndpoints", "securityGroups", "networkAcls", "queryLogs", "resolverRules",
      "routeTables", "subnets", "transitGatewayAttachments", "tags", "outposts", "virtualPrivateGateway",
      "vpcFlowLogs", "loadBalancers", "targetGroups", "vpcRoute53Resolver");

  static final Set<String> VPC = plus(VPC_COMMON, "account");
  static final Set<String> TEMPLATE = plus(VPC_COMMON, "deploymentTargets");
  static final Set<String> SUBNET = Set.of("name", "assignIpv6OnCreation", "availabilityZone", "enableDns64",
      "routeTable", "ipv4CidrBlock", "ipv6CidrBlock", "mapPublicIpOnLaunch", "ipamAllocation", "privateDnsOptions",
      "shareTargets", "tags", "outpost", "localZone");
  static final Set<String> ROUTE_TABLE = Set.of("name", "gatewayAssociation", "routes", "tags");
  static final Set<String> ROUTE = Set.of("name", "destination", "destinationPrefixList", "ipv6Destination", "type",
      "target", "targetAvailabilityZone");
  static final Set<String> ATTACHMENT = Set.of("name", "transitGateway", "subnets", "options", "routeTableAssociations",
      "routeTablePropagations", "tags");
  static final Set<String> ATTACHMENT_TGW = Set.of("name", "account");
  static final Set<String> TGW = Set.of("name", "account", "region", "shareTargets", "asn", "dnsSupport",
      "vpnEcmpSupport", "defaultRouteTableAssociation", "defaultRouteTablePropagation", "autoAcceptSharingAttachments",
      "routeTables", "tags", "transitGatewayCidrBlocks", "transitGatewayIpv6CidrBlocks",
      "securityGroupReferencingSupport", "multicastSupport", "transitGatewayFlowLogs");
  static final Set<String> TGW_TABLE = Set.of("name", "tags", "routes");
  static final Set<String> TGW_ROUTE = Set.of("destinationCidrBlock", "destinationPrefixList", "blackhole", "attachment");
  static final Set<String> TGW_ROUTE_TARGET = Set.of("account", "vpcName", "directConnectGatewayName",
      "vpnConnectionName", "transitGatewayPeeringName", "transitGatewayConnectName");
  static final Set<String> PEERING = Set.of("name", "vpcs", "tags");
  // schema: name, requester, accepter; LZA's own all-enabled sample also puts autoAccept here
  static final Set<String> TGW_PEERING = Set.of("name", "requester", "accepter", "autoAccept");
  static final Set<String> TGW_PEERING_REQUESTER = Set.of("transitGatewayName", "account", "region",
      "routeTableAssociations", "tags");
  static final Set<String> TGW_PEERING_ACCEPTER = Set.of("transitGatewayName", "account", "region",
      "routeTableAssociations", "autoAccept", "applyTags");
  static final Set<String> IPAM_ALLOCATION = Set.of("ipamPoolName", "netmaskLength");
  static final Set<String> IPV6 = Set.of("amazonProvided", "cidrBlock", "byoipPoolId");
  static final Set<String> TARGETS = Set.of("organizationalUnits", "accounts", "excludedRegions", "excludedAccounts");

  private static Set<String> plus(Set<String> base, String key) {
    java.util.HashSet<String> s = new java.util.HashSet<>(base);
    s.add(key);
    return Set.copyOf(s);
  }
}
