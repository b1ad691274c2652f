package io.vpcplan.aws.fake;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** EC2 XML for each resource type, as DescribeX and CreateX answer it. */
final class Render {
  private final State state;

  Render(State state) {
    this.state = state;
  }

  void vpc(Xml x, Res r) {
    x.el("vpcId", r.id).el("ownerId", r.account).el("state", r.state()).el("cidrBlock", r.attr("cidr-block"));
    x.open("cidrBlockAssociationSet");
    for (Map<String, String> c : r.rows) {
      x.open("item").el("associationId", c.get("associationId")).el("cidrBlock", c.get("cidrBlock"))
          .open("cidrBlockState").el("state", "associated").close().close();
    }
    x.close().open("ipv6CidrBlockAssociationSet");
    for (Map<String, String> c : r.rows2) {
      x.open("item").el("associationId", c.get("associationId")).el("ipv6CidrBlock", c.get("ipv6CidrBlock"))
          .open("ipv6CidrBlockState").el("state", "associated").close()
          .el("networkBorderGroup", r.region).el("ipv6Pool", "Amazon").close();
    }
    x.close().el("dhcpOptionsId", "dopt-default").el("instanceTenancy", r.attr("instance-tenancy"))
        .el("isDefault", "false").tags(r.tags);
  }

  void subnet(Xml x, Res r) {
    x.el("subnetId", r.id).el("subnetArn", "arn:aws:ec2:" + r.region + ":" + r.account + ":subnet/" + r.id)
        .el("state", r.state()).el("ownerId", r.account).el("vpcId", r.attr("vpc-id"))
        .el("cidrBlock", r.attr("cidr-block")).el("availableIpAddressCount", r.attr("available-ip-address-count"))
        .el("availabilityZone", r.attr("availability-zone")).el("availabilityZoneId", r.attr("availability-zone-id"))
        .el("defaultForAz", "false").el("mapPublicIpOnLaunch", "false")
        .el("assignIpv6AddressOnCreation", "false").open("ipv6CidrBlockAssociationSet");
    if (r.attr("ipv6-cidr-block") != null) {
      x.open("item").el("associationId", r.attr("ipv6-association-id")).el("ipv6CidrBlock", r.attr("ipv6-cidr-block"))
          .open("ipv6CidrBlockState").el("state", "associated").close().close();
    }
    x.close().tags(r.tags);
  }

  void routeTable(Xml x, Res r) {
    x.el("routeTableId", r.id).el("vpcId", r.attr("vpc-id")).el("ownerId", r.account).open("routeSet");
    Res vpc = state.byId.get(r.attr("vpc-id"));
    if (vpc != null) {
      for (Map<String, String> c : vpc.rows) local(x, "destinationCidrBlock", c.get("cidrBlock"));
      for (Map<String, String> c : vpc.rows2) local(x, "destinationIpv6CidrBlock", c.get("ipv6CidrBlock"));
    }
    for (Map<String, String> route : r.rows) {
      String target = route.getOrDefault("gatewayId", route.getOrDefault("transitGatewayId",
          route.getOrDefault("vpcPeeringConnectionId", route.get("natGatewayId"))));
      Res t = state.byId.get(target);
      boolean up = t != null && (t.type.equals(VpcPeerings.TYPE) ? t.state().equals("active")
          : t.type.equals(Nats.NAT) ? !Set.of("failed", "deleted").contains(t.state()) : t.live());
      x.open("item").el(route.containsKey("destinationIpv6CidrBlock") ? "destinationIpv6CidrBlock"
              : "destinationCidrBlock", route.getOrDefault("destinationCidrBlock", route.get("destinationIpv6CidrBlock")))
          .el("gatewayId", route.get("gatewayId")).el("transitGatewayId", route.get("transitGatewayId"))
          .el("vpcPeeringConnectionId", route.get("vpcPeeringConnectionId")).el("natGatewayId", route.get("natGatewayId"))
          .el("state", up ? "active" : "blackhole").el("origin", "CreateRoute").close();
    }
    x.close().open("associationSet");
    for (Map<String, String> a : r.rows2) {
      x.open("item").el("main", a.containsKey("subnetId") ? "false" : "true")
          .el("routeTableAssociationId", a.get("associationId")).el("routeTableId", r.id)
          .el("subnetId", a.get("subnetId")).open("associationState").el("state", "associated").close().close();
    }
    x.close().open("propagatingVgwSet").close().tags(r.tags);
  }

  private static void local(Xml x, String key, String cidr) {
    x.open("item").el(key, cidr).el("gatewayId", "local").el("state", "active").el("origin", "CreateRouteTable")
        .close();
  }

  void igw(Xml x, Res r) {
    x.el("internetGatewayId", r.id).el("ownerId", r.account).open("attachmentSet");
    if (r.attr("attachment.vpc-id") != null) {
      x.open("item").el("vpcId", r.attr("attachment.vpc-id")).el("state", "available").close();
    }
    x.close().tags(r.tags);
  }

  void tgw(Xml x, Res r) {
    x.el("transitGatewayId", r.id).el("transitGatewayArn", r.attr("transit-gateway-arn")).el("state", r.state())
        .el("ownerId", r.account).el("description", r.attr("description")).el("creationTime", State.TIME)
        .open("options").el("amazonSideAsn", r.attr("options.amazon-side-asn"))
        .el("autoAcceptSharedAttachments", r.attr("options.auto-accept-shared-attachments"))
        .el("defaultRouteTableAssociation", r.attr("options.default-route-table-association"))
        .el("associationDefaultRouteTableId", r.attr("options.association-default-route-table-id"))
        .el("defaultRouteTablePropagation", r.attr("options.default-route-table-propagation"))
        .el("propagationDefaultRouteTableId", r.attr("options.propagation-default-route-table-id"))
        .el("vpnEcmpSupport", r.attr("options.vpn-ecmp-support")).el("dnsSupport", r.attr("options.dns-support"))
        .el("securityGroupReferencingSupport", r.attr("options.security-group-referencing-support"))
        .el("multicastSupport", r.attr("options.multicast-support")).close().tags(r.tags);
  }

  void tgwRouteTable(Xml x, Res r) {
    x.el("transitGatewayRouteTableId", r.id).el("transitGatewayId", r.attr("transit-gateway-id"))
        .el("state", r.state()).el("defaultAssociationRouteTable", r.attr("default-association-route-table"))
        .el("defaultPropagationRouteTable", r.attr("default-propagation-route-table"))
        .el("creationTime", State.TIME).tags(r.tags);
  }

  void vpcAttachment(Xml x, Res r) {
    x.el("transitGatewayAttachmentId", r.id).el("transitGatewayId", r.attr("transit-gateway-id"))
        .el("vpcId", r.attr("vpc-id")).el("vpcOwnerId", r.account).el("state", r.state())
        .list("subnetIds", r.ids).el("creationTime", State.TIME).open("options")
        .el("dnsSupport", r.attr("options.dns-support")).el("ipv6Support", r.attr("options.ipv6-support"))
        .el("applianceModeSupport", r.attr("options.appliance-mode-support"))
        .el("securityGroupReferencingSupport", r.attr("options.security-group-referencing-support"))
        .close().tags(r.tags);
  }

  /** An attachment of any kind, seen from the caller's side (peerings look the other way round). */
  void attachment(Xml x, Res r, String account, String region) {
    boolean peerSide = r.attr("resource-type").equals("peering") && isAccepter(r, account, region);
    String tgw = peerSide ? r.attr("peer-transit-gateway-id") : r.attr("transit-gateway-id");
    x.el("transitGatewayAttachmentId", r.id).el("transitGatewayId", tgw)
        .el("transitGatewayOwnerId", peerSide ? r.attr("peer-account-id") : r.attr("transit-gateway-owner-id"))
        .el("resourceOwnerId", peerSide ? r.account : r.attr("resource-owner-id"))
        .el("resourceType", r.attr("resource-type"))
        .el("resourceId", peerSide ? r.attr("transit-gateway-id") : r.attr("resource-id"))
        .el("state", r.state());
    String rt = r.attr((peerSide ? "peer-" : "") + TgwTableReads.ASSOC);
    if (rt != null) {
      x.open("association").el("transitGatewayRouteTableId", rt).el("state", "associated").close();
    }
    x.el("creationTime", State.TIME).tags(r.tags);
  }

  void peering(Xml x, Res r) {
    x.el("transitGatewayAttachmentId", r.id).open("requesterTgwInfo")
        .el("transitGatewayId", r.attr("transit-gateway-id")).el("ownerId", r.account).el("region", r.region).close()
        .open("accepterTgwInfo").el("transitGatewayId", r.attr("peer-transit-gateway-id"))
        .el("ownerId", r.attr("peer-account-id")).el("region", r.attr("peer-region")).close()
        .open("status").el("code", r.state()).el("message", r.state()).close().el("state", r.state())
        .el("creationTime", State.TIME).tags(r.tags);
  }

  static boolean isAccepter(Res r, String account, String region) {
    return account.equals(r.attr("peer-account-id")) && region.equals(r.attr("peer-region"));
  }

  /** The values an item has for a filter name; attributes are stored under their filter names. */
  static List<String> values(Res r, String name) {
    return switch (name) {
      case "owner-id" -> List.of(r.account);
      case "cidr" -> List.of(r.attr("cidr-block"));
      case "cidr-block-association.cidr-block" -> r.rows.stream().map(m -> m.get("cidrBlock")).toList();
      case "association.subnet-id" -> r.rows2.stream().map(m -> m.get("subnetId")).filter(s -> s != null).toList();
      case "association.route-table-association-id" -> r.rows2.stream().map(m -> m.get("associationId")).toList();
      case "association.main" -> List.of(String.valueOf(r.rows2.stream().anyMatch(m -> !m.containsKey("subnetId"))));
      case "route.destination-cidr-block" -> r.rows.stream().map(m -> m.get("destinationCidrBlock")).toList();
      case "route.transit-gateway-id" -> r.rows.stream().map(m -> m.get("transitGatewayId")).toList();
      case "route.gateway-id" -> r.rows.stream().map(m -> m.get("gatewayId")).toList();
      case "route.vpc-peering-connection-id" -> r.rows.stream().map(m -> m.get("vpcPeeringConnectionId")).toList();
      case "route.nat-gateway-id" -> r.rows.stream().map(m -> m.get("natGatewayId")).toList();
      default -> {
        String v = r.attr(name);
        yield v == null ? List.of() : List.of(v);
      }
    };
  }
}
