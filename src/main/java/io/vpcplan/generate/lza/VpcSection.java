package io.vpcplan.generate.lza;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.OwnershipTags;
import io.vpcplan.model.IpamAllocation;
import io.vpcplan.model.Route;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.Vpc;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One entry of LZA's {@code vpcs}: blocks (or IPAM allocations), route tables, subnets, TGW attachments. */
final class VpcSection {
  private final LzaNames names;
  private final TgwSection tgws;
  private final GenerateOptions options;
  private final Notes notes;
  /** VPCs that keep fixed cidrs although --ipam asked for pools (the plan gave them no allocation). */
  int fixedUnderIpam;

  VpcSection(LzaNames names, TgwSection tgws, GenerateOptions options, Notes notes) {
    this.names = names;
    this.tgws = tgws;
    this.options = options;
    this.notes = notes;
  }

  ObjectNode vpc(Vpc v) {
    ObjectNode o = LzaYaml.F.objectNode();
    String name = names.vpc(v.id());
    o.put("name", name).put("account", v.account()).put("region", v.region());
    blocks(o, v);
    o.put("enableDnsHostnames", true).put("enableDnsSupport", true).put("defaultSecurityGroupRulesDeletion", true);
    VpcRouting routing = new VpcRouting(v);
    if (routing.internetGateway) o.put("internetGateway", true);
    if (routing.egressOnlyIgw) o.put("egressOnlyIgw", true);
    ArrayNode nats = FirewallSection.natGateways(v);
    if (!nats.isEmpty()) o.set("natGateways", nats);
    Map<String, String> subnetNames = subnetNames(v);
    ArrayNode tables = o.putArray("routeTables");
    for (VpcRouting.Table t : routing.tables) {
      ObjectNode tn = tables.addObject().put("name", t.name());
      ArrayNode routes = tn.putArray("routes");
      Set<String> used = new HashSet<>();
      for (Route r : t.routes()) {
        ObjectNode rn = route(v, r, name);
        if (rn != null) routes.add(rn.put("name", LzaNames.unique(rn.get("name").asText(), used)));
      }
    }
    ArrayNode subnets = o.putArray("subnets");
    for (Subnet s : v.subnets()) {
      ObjectNode sn = subnets.addObject().put("name", subnetNames.get(s.key()));
      String az = az(v.region(), s.az());
      if (!az.isEmpty()) sn.put("availabilityZone", az);
      String table = routing.tableOf.get(s.key());
      if (table != null) sn.put("routeTable", table);
      sn.put(s.cidr().isV4() ? "ipv4CidrBlock" : "ipv6CidrBlock", s.cidr().toString());
      if (s.ipv6() != null) sn.put("ipv6CidrBlock", s.ipv6().toString());
      // LZA has no IPv6-only flag: a subnet with ipv6CidrBlock and no ipv4CidrBlock (nor ipamAllocation) is one
      if (!s.cidr().isV4()) sn.put("assignIpv6OnCreation", true);
    }
    List<TgwAttachment> atts = tgws.attachmentsOf(v.id());
    if (!atts.isEmpty()) {
      ArrayNode an = o.putArray("transitGatewayAttachments");
      for (TgwAttachment a : atts) an.add(tgws.attachment(a, name, subnetNames));
    }
    o.set("tags", LzaYaml.tags(OwnershipTags.of(options.planName(), v.id(), null, Map.of())));
    return o;
  }

  // LZA's IpamAllocationConfig has ipamPoolName and netmaskLength only: it cannot ask for a given block
  static final String UNPINNED = "LZA's ipamAllocations take a pool name and a netmask length only, so AWS IPAM picks which "
      + "free block of that size each VPC gets. The subnets' ipv4CidrBlock, the route destinations and the transit "
      + "gateway static routes in this file name the planned blocks: they are right only where IPAM hands a VPC its "
      + "planned block. Before routing traffic, check every VPC's CIDR against the plan (`vpcplan validate` on an "
      + "export of the accounts, or `vpcplan plan --against` it); to pin the blocks, generate without --ipam (fixed "
      + "cidrs) or use the CloudFormation or Terraform target, which ask each pool for the planned CIDR.";

  private void blocks(ObjectNode o, Vpc v) {
    boolean ipam = !v.ipamAllocations().isEmpty() && (options.ipam() || v.ipv4().isEmpty());
    if (ipam) {
      ArrayNode a = o.putArray("ipamAllocations");
      for (IpamAllocation al : v.ipamAllocations()) {
        a.addObject().put("ipamPoolName", al.pool()).put("netmaskLength", al.netmaskLength());
        if (al.cidr() != null) notes.add(UNPINNED);
      }
    } else {
      ArrayNode c = o.putArray("cidrs");
      for (Cidr b : v.ipv4()) c.add(b.toString());
      if (options.ipam()) fixedUnderIpam++;
    }
    ArrayNode six = null;
    for (Cidr b : v.cidrs()) {
      if (b.isV4()) continue;
      if (six == null) six = o.putArray("ipv6Cidrs");
      six.addObject().put("cidrBlock", b.toString());
      notes.add("IPv6 blocks are written as ipv6Cidrs[].cidrBlock; add byoipPoolId (your BYOIP pool) to each, or use "
          + "amazonProvided: true, before deploying.");
    }
  }

  private ObjectNode route(Vpc v, Route r, String vpcName) {
    ObjectNode own = FirewallSection.route(options.planName(), v, r);
    if (own != null) {
      ObjectNode o = LzaYaml.F.objectNode().put("name", routeName(own.get("type").asText(), r.destination()));
      o.put(r.destination().isV4() ? "destination" : "ipv6Destination", r.destination().toString());
      return o.setAll(own);
    }
    String type;
    String target;
    switch (r.targetType()) {
      case LOCAL -> {
        return null; // LZA (and AWS) add the local routes themselves
      }
      case TRANSIT_GATEWAY -> {
        type = "transitGateway";
        target = names.tgw(r.target());
      }
      case PEERING -> {
        type = "vpcPeering";
        target = names.peering(r.target());
      }
      case INTERNET_GATEWAY -> {
        type = "internetGateway";
        target = "IGW";
      }
      case EGRESS_ONLY_INTERNET_GATEWAY -> {
        type = "egressOnlyIgw";
        target = null; // the VPC's own (egressOnlyIgw: true)
      }
      default -> {
        notes.add("VPC " + v.displayName() + ": route " + r.destination() + " -> " + r.targetType().name().toLowerCase(java.util.Locale.ROOT)
            + " '" + r.target() + "' is not written: vpcplan does not plan that target (a NAT gateway, firewall endpoint "
            + "or appliance); add it to vpcs[" + vpcName + "] with its resource.");
        return null;
      }
    }
    ObjectNode o = LzaYaml.F.objectNode();
    o.put("name", routeName(type, r.destination()));
    o.put(r.destination().isV4() ? "destination" : "ipv6Destination", r.destination().toString());
    o.put("type", type);
    return target == null ? o : o.put("target", target);
  }

  /** "tgw-10-0-0-0-13", "igw-default", "igw-ipv6-default": the target kind and the destination. */
  static String routeName(String type, Cidr dest) {
    String kind = switch (type) {
      case "transitGateway" -> "tgw";
      case "vpcPeering" -> "pcx";
      case "natGateway" -> "nat";
      case "networkFirewall" -> "nfw";
      case "egressOnlyIgw" -> "eigw";
      default -> "igw";
    };
    if (dest.length() == 0) return kind + (dest.isV4() ? "-default" : "-ipv6-default");
    return kind + "-" + LzaNames.clean(dest.toString().replace('.', '-').replace(':', '-').replace('/', '-'));
  }

  static Map<String, String> subnetNames(Vpc v) {
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (Subnet s : v.subnets()) out.put(s.key(), LzaNames.unique(LzaNames.clean(s.name().isEmpty() ? s.key() : s.name()), used));
    return out;
  }

  /** LZA wants the AZ as its letter ("a"); an AZ id or a name from another region is kept as it is. */
  static String az(String region, String az) {
    if (az.startsWith(region) && az.length() == region.length() + 1) return az.substring(region.length());
    return az;
  }
}
