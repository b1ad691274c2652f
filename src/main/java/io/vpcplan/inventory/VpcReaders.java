package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonParser;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Subnet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Elements of describe-vpcs, describe-subnets and describe-route-tables. */
final class VpcReaders {
  private VpcReaders() {}

  /** Vpcs[]: every associated IPv4 and IPv6 block, the primary first; only available VPCs. */
  static void vpc(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] s = new String[4]; // id, owner, -, name
    Cidr[] primary = {null};
    boolean[] isDefault = {false};
    boolean[] available = {true}; // a missing State counts as available
    List<Cidr> v4 = new ArrayList<>(2);
    List<Cidr> v6 = new ArrayList<>(1);
    List<io.vpcplan.model.IpamAllocation> ipam = new ArrayList<>(0);
    Jp.element(p, e, f -> {
      switch (f) {
        case "VpcId" -> s[0] = e.str(p, f);
        case "OwnerId" -> s[1] = out.internText(p, e, f);
        case "State" -> available[0] = e.textIs(p, f, "available", true, true);
        case "CidrBlock" -> primary[0] = e.cidr(p, f);
        case "IsDefault" -> isDefault[0] = e.bool(p, f);
        case "Tags" -> s[3] = IpamTags.read(p, e, ipam);
        case "CidrBlockAssociationSet" -> blocks(p, e, Block.V4, v4);
        case "Ipv6CidrBlockAssociationSet" -> blocks(p, e, Block.V6, v6);
        default -> p.skipChildren();
      }
    });
    if (s[0] == null) e.missing("VpcId");
    if (primary[0] == null && v4.isEmpty() && ipam.isEmpty() && e.ok()) e.missing("CidrBlock");
    if (!e.ok()) {
      out.findings.add(e.finding(s[0]));
      return;
    }
    if (!available[0]) return;
    List<Cidr> cidrs = new ArrayList<>(v4.size() + v6.size() + 1);
    if (primary[0] != null) cidrs.add(primary[0]);
    for (Cidr c : v4) if (!cidrs.contains(c)) cidrs.add(c);
    cidrs.addAll(v6);
    out.vpcs.add(new Parsed.RawVpc(s[0], s[1], s[3], cidrs, isDefault[0], e.ctx, e.at, ipam));
  }

  /** The keys of a CidrBlockAssociationSet-like list, and the paths its problems name (made once). */
  private record Block(String field, String key, String stateKey, String keyPath, String statePath) {
    static final Block V4 = of("CidrBlockAssociationSet", "CidrBlock", "CidrBlockState");
    static final Block V6 = of("Ipv6CidrBlockAssociationSet", "Ipv6CidrBlock", "Ipv6CidrBlockState");

    static Block of(String field, String key, String stateKey) {
      return new Block(field, key, stateKey, field + "[]." + key, field + "[]." + stateKey);
    }
  }

  /**
   * A CidrBlockAssociationSet-like list: keeps the blocks whose state is associated or associating
   * (a block on its way in is the VPC's or subnet's in seconds); disassociating, disassociated,
   * failing and failed ones are not the element's.
   */
  private static void blocks(JsonParser p, Elem e, Block k, List<Cidr> out) throws IOException {
    Jp.array(p, e, k.field(), i -> {
      Cidr[] c = {null};
      boolean[] associated = {true}; // a missing state counts as associated
      Jp.object(p, e, k.field(), f -> {
        if (f.equals(k.key())) c[0] = family(p, e, k, e.cidr(p, k.keyPath()));
        else if (f.equals(k.stateKey())) associated[0] = Jp.stateIs(p, e, k.statePath(), "State", "associated", "associating");
        else p.skipChildren();
      });
      if (c[0] != null && associated[0]) out.add(c[0]);
    });
  }

  /** {@code c}, or null and a problem when it is of the other family than the list holds. */
  private static Cidr family(JsonParser p, Elem e, Block k, Cidr c) {
    if (c == null || c.isV4() == (k == Block.V4)) return c;
    e.problem(p, k.keyPath(), c + " is " + (c.isV4() ? "IPv4; " + k.key() + " holds an IPv6 prefix such as "
        + "2600:1f18:abcd:1200::/56" : "IPv6; " + k.key() + " holds an IPv4 prefix such as 10.0.0.0/16")
        + " (put the block in the list of its family)");
    return null;
  }

  /**
   * Subnets[]: the IPv4 block and, dual-stack, the IPv6 block (AWS gives a subnet at most one);
   * an IPv6-only subnet's IPv6 block is its cidr.
   */
  static void subnet(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] s = new String[6]; // id, vpc, owner, -, az, name
    Cidr[] cidr = {null};
    boolean[] pub = {false};
    boolean[] available = {true}; // a missing State counts as available
    List<Cidr> v6 = new ArrayList<>(1);
    Jp.element(p, e, f -> {
      switch (f) {
        case "SubnetId" -> s[0] = e.str(p, f);
        case "VpcId" -> s[1] = out.internText(p, e, f);
        case "OwnerId" -> s[2] = out.internText(p, e, f);
        case "State" -> available[0] = e.textIs(p, f, "available", true, true);
        case "AvailabilityZone" -> s[4] = out.internText(p, e, f);
        case "Tags" -> s[5] = Jp.nameTag(p, e);
        case "CidrBlock" -> cidr[0] = e.cidr(p, f);
        case "MapPublicIpOnLaunch" -> pub[0] = e.bool(p, f);
        case "Ipv6CidrBlockAssociationSet" -> blocks(p, e, Block.V6, v6);
        default -> p.skipChildren();
      }
    });
    if (s[0] == null) e.missing("SubnetId");
    if (s[1] == null) e.missing("VpcId");
    if (cidr[0] == null && v6.isEmpty() && e.ok()) e.missing("CidrBlock");
    if (!e.ok()) {
      out.findings.add(e.finding(s[0]));
      return;
    }
    if (!available[0]) return;
    Cidr c = cidr[0] != null ? cidr[0] : v6.get(0);
    Cidr ipv6 = cidr[0] != null && !v6.isEmpty() ? v6.get(0) : null;
    Subnet sub = new Subnet(s[0], s[5], "", s[4], c, Purpose.WORKLOAD, pub[0], e.at, ipv6);
    out.subnets.add(new Parsed.RawSubnet(s[0], s[1], s[2], sub, e.ctx));
  }

  /** RouteTables[]: routes (active and blackhole) and subnet associations. */
  static void routeTable(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] s = new String[3]; // id, vpc, name
    boolean[] main = {false};
    List<Route> routes = new ArrayList<>();
    List<String> subnets = new ArrayList<>();
    List<PrefixLists.Pending> viaLists = new ArrayList<>(0);
    Jp.element(p, e, f -> {
      switch (f) {
        case "RouteTableId" -> s[0] = e.str(p, f);
        case "VpcId" -> s[1] = e.str(p, f);
        case "Tags" -> s[2] = Jp.nameTag(p, e);
        case "Routes" -> Jp.array(p, e, f, i -> route(p, e, "Routes[" + i + "]", routes, viaLists));
        case "Associations" -> Jp.array(p, e, f, i -> association(p, e, "Associations[" + i + "]", subnets, main));
        default -> p.skipChildren();
      }
    });
    if (s[0] == null) e.missing("RouteTableId");
    if (s[1] == null) e.missing("VpcId");
    if (!e.ok()) {
      out.findings.add(e.finding(s[0]));
      return;
    }
    out.routeTables.add(new Parsed.RawRouteTable(s[1], new RouteTable(s[0], s[2], routes, subnets, main[0], e.at), e.ctx, e.at));
    for (PrefixLists.Pending r : viaLists) out.prefixRoutes.add(r.in(s[0]));
  }

  private static void association(JsonParser p, Elem e, String at, List<String> subnets, boolean[] main)
      throws IOException {
    String[] s = new String[1];
    boolean[] isMain = {false};
    boolean[] associated = {true};
    Jp.object(p, e, at, f -> {
      switch (f) {
        case "SubnetId" -> s[0] = e.str(p, at + "." + f);
        case "Main" -> isMain[0] = e.bool(p, at + "." + f);
        case "AssociationState" -> associated[0] = Jp.stateIs(p, e, at + "." + f, "State", "associated");
        default -> p.skipChildren();
      }
    });
    if (!associated[0]) return;
    if (isMain[0]) main[0] = true;
    if (s[0] != null) subnets.add(s[0]);
  }

  private static void route(JsonParser p, Elem e, String at, List<Route> routes, List<PrefixLists.Pending> viaLists)
      throws IOException {
    Cidr[] dest = {null};
    String[] s = new String[4]; // state, origin, target, prefix list
    RouteTarget[] type = {RouteTarget.OTHER};
    io.vpcplan.model.Location[] listAt = {null};
    Jp.object(p, e, at, f -> {
      switch (f) {
        case "DestinationCidrBlock", "DestinationIpv6CidrBlock" -> dest[0] = e.cidr(p, at + "." + f);
        case "DestinationPrefixListId" -> {
          listAt[0] = e.here(p);
          s[3] = e.str(p, at + "." + f);
        }
        case "State" -> s[0] = e.str(p, at + "." + f);
        case "Origin" -> s[1] = e.str(p, at + "." + f);
        case "GatewayId" -> {
          s[2] = e.str(p, at + "." + f);
          type[0] = gateway(s[2]);
        }
        case "TransitGatewayId" -> target(e.str(p, at + "." + f), RouteTarget.TRANSIT_GATEWAY, s, type);
        case "VpcPeeringConnectionId" -> target(e.str(p, at + "." + f), RouteTarget.PEERING, s, type);
        case "NatGatewayId" -> target(e.str(p, at + "." + f), RouteTarget.NAT_GATEWAY, s, type);
        case "EgressOnlyInternetGatewayId" -> target(e.str(p, at + "." + f), RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY, s, type);
        case "NetworkInterfaceId", "InstanceId", "CarrierGatewayId", "LocalGatewayId",
            "CoreNetworkArn" -> target(e.str(p, at + "." + f), RouteTarget.OTHER, s, type);
        default -> p.skipChildren();
      }
    });
    boolean blackhole = "blackhole".equalsIgnoreCase(s[0]);
    if (dest[0] == null) {
      // a customer-managed list's entries become routes once the estate is assembled; a gateway
      // endpoint's AWS-managed list (S3, DynamoDB) reaches no VPC, so it is not followed
      if (s[3] != null && type[0] != RouteTarget.VPC_ENDPOINT) {
        viaLists.add(new PrefixLists.Pending(s[3], blackhole ? RouteTarget.BLACKHOLE : type[0], s[2], listAt[0]));
      }
      return;
    }
    routes.add(new Route(dest[0], blackhole ? RouteTarget.BLACKHOLE : type[0], s[2],
        "EnableVgwRoutePropagation".equals(s[1])));
  }

  private static void target(String id, RouteTarget t, String[] s, RouteTarget[] type) {
    if (id == null) return;
    s[2] = id;
    type[0] = t;
  }

  private static RouteTarget gateway(String id) {
    if (id == null) return RouteTarget.OTHER;
    if (id.equals("local")) return RouteTarget.LOCAL;
    if (id.startsWith("igw-")) return RouteTarget.INTERNET_GATEWAY;
    if (id.startsWith("vpce-")) return RouteTarget.VPC_ENDPOINT;
    return RouteTarget.OTHER;
  }
}
