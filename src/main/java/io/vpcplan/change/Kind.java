package io.vpcplan.change;

/**
 * What apply creates, in the order it creates them: each kind depends only on kinds before it, so
 * sorting steps by kind is a valid order, and deleting in reverse is too. {@code taggable} kinds
 * are found by their {@code vpcplan:id} tag; the others by their parent and attributes.
 */
public enum Kind {
  TRANSIT_GATEWAY("transit-gateway", true, true),
  TGW_ROUTE_TABLE("tgw-route-table", true, true),
  RESOURCE_SHARE("resource-share", true, true),
  SHARE_ACCEPT("share-invitation", false, false),
  VPC("vpc", true, false),
  VPC_CIDR("vpc-cidr-block", false, false),
  SUBNET("subnet", true, false),
  ROUTE_TABLE("route-table", true, false),
  ROUTE_TABLE_ASSOCIATION("route-table-association", false, false),
  INTERNET_GATEWAY("internet-gateway", true, false),
  TGW_VPC_ATTACHMENT("tgw-vpc-attachment", true, false),
  TGW_ATTACHMENT_ACCEPT("tgw-attachment-acceptance", false, true),
  TGW_PEERING("tgw-peering-attachment", true, true),
  TGW_PEERING_ACCEPT("tgw-peering-acceptance", false, true),
  TGW_ASSOCIATION("tgw-route-table-association", false, true),
  TGW_PROPAGATION("tgw-route-table-propagation", false, true),
  TGW_ROUTE("tgw-route", false, true),
  VPC_PEERING("vpc-peering-connection", true, false),
  VPC_PEERING_ACCEPT("vpc-peering-acceptance", false, false),
  ELASTIC_IP("elastic-ip", true, false),
  NAT_GATEWAY("nat-gateway", true, false),
  ROUTE("route", false, false);

  private final String label;
  private final boolean taggable;
  private final boolean networkAccount;

  Kind(String label, boolean taggable, boolean networkAccount) {
    this.label = label;
    this.taggable = taggable;
    this.networkAccount = networkAccount;
  }

  /** The name users see ("tgw-vpc-attachment"), in text and JSON. */
  public String label() {
    return label;
  }

  public boolean taggable() {
    return taggable;
  }

  /** Done by the account that owns the transit gateways (for iam-policy and the order of work). */
  public boolean networkAccount() {
    return networkAccount;
  }
}
