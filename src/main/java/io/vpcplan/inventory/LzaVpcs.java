package io.vpcplan.inventory;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.CidrParseException;
import io.vpcplan.io.Fields;
import io.vpcplan.io.YNode;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One LZA vpcs[] or vpcTemplates[] entry: blocks, subnets, route tables. */
final class LzaVpcs {
  private LzaVpcs() {}

  /** A VPC with the node it came from; {@code multiTarget} when a template reaches several accounts. */
  record Built(Vpc vpc, YNode node, boolean template, boolean multiTarget, Map<String, Subnet> subnets) {}

  static Built vpc(YNode n, boolean template, String home, List<Finding> findings) {
    Fields f = new Fields(n, template ? LzaKeys.TEMPLATE : LzaKeys.VPC);
    String name = f.requiredText("name");
    String region = f.requiredText("region");
    String account;
    boolean multi = false;
    if (template) {
      Fields t = new Fields(f.required("deploymentTargets"), LzaKeys.TARGETS);
      List<String> targets = new ArrayList<>();
      for (String ou : t.texts("organizationalUnits")) targets.add("ou:" + ou);
      targets.addAll(t.texts("accounts"));
      if (targets.isEmpty()) throw f.get("deploymentTargets").error("give organizationalUnits or accounts");
      account = String.join("+", targets);
      multi = targets.size() > 1 || !t.texts("organizationalUnits").isEmpty();
    } else {
      account = f.requiredText("account");
    }
    List<Cidr> cidrs = new ArrayList<>();
    for (YNode c : f.list("cidrs")) cidrs.add(Fields.parseCidr(c));
    int unresolved = 0;
    for (YNode a : f.list("ipamAllocations")) {
      new Fields(a, LzaKeys.IPAM_ALLOCATION).requiredText("ipamPoolName");
      unresolved++;
    }
    for (YNode a : f.list("ipv6Cidrs")) {
      Fields six = new Fields(a, LzaKeys.IPV6);
      if (six.has("cidrBlock")) cidrs.add(six.cidr("cidrBlock"));
    }
    if (cidrs.isEmpty() && unresolved == 0) throw n.error("VPC " + name + " has neither cidrs nor ipamAllocations; give one");
    Map<String, Subnet> subnets = new LinkedHashMap<>();
    Map<String, List<String>> subnetsOfTable = new LinkedHashMap<>();
    int unresolvedSubnets = 0;
    String vpcId = account + "/" + region + "/" + name;
    for (YNode s : f.list("subnets")) {
      Subnet sub = subnet(s, vpcId, region, subnetsOfTable);
      if (sub == null) unresolvedSubnets++;
      else if (subnets.putIfAbsent(sub.name(), sub) != null) throw s.error("duplicate subnet name '" + sub.name() + "' in VPC " + name);
    }
    List<RouteTable> tables = new ArrayList<>();
    for (YNode t : f.list("routeTables")) tables.add(table(t, vpcId, subnets, subnetsOfTable));
    Vpc vpc = new Vpc(null, name, account, region, "", cidrs, new ArrayList<>(subnets.values()), tables, Origin.IMPORTED,
        n.location());
    if (unresolved > 0 || unresolvedSubnets > 0) {
      findings.add(Finding.of(Code.UNRESOLVED_CIDR, Severity.INFO, "VPC " + name + " takes " + (unresolved > 0
          ? unresolved + " block(s)" : "") + (unresolved > 0 && unresolvedSubnets > 0 ? " and " : "")
          + (unresolvedSubnets > 0 ? unresolvedSubnets + " subnet(s)" : "") + " from IPAM pools at deploy time; they are "
          + "checked once deployed (validate an export of the live accounts)", n.location(), Resource.vpc(vpc)));
    }
    return new Built(vpc, n, template, multi, subnets);
  }

  /** Subnet names repeat across VPCs, so the id is the VPC id + "/" + name. */
  private static Subnet subnet(YNode n, String vpcId, String region, Map<String, List<String>> subnetsOfTable) {
    Fields f = new Fields(n, LzaKeys.SUBNET);
    String name = f.requiredText("name");
    if (f.has("ipamAllocation")) new Fields(f.get("ipamAllocation"), LzaKeys.IPAM_ALLOCATION).requiredText("ipamPoolName");
    Cidr cidr = f.has("ipv4CidrBlock") ? f.cidr("ipv4CidrBlock") : f.has("ipv6CidrBlock") ? f.cidr("ipv6CidrBlock") : null;
    if (cidr == null) {
      if (!f.has("ipamAllocation")) throw n.error("subnet " + name + " has neither ipv4CidrBlock nor ipamAllocation; give one");
      return null;
    }
    String az = f.has("localZone") ? f.text("localZone", "") : az(region, f.text("availabilityZone", ""));
    if (f.has("routeTable")) {
      subnetsOfTable.computeIfAbsent(f.text("routeTable", ""), k -> new ArrayList<>()).add(vpcId + "/" + name);
    }
    return new Subnet(vpcId + "/" + name, name, "", az, cidr, null, f.bool("mapPublicIpOnLaunch", false), n.location());
  }

  /** LZA gives the AZ as a letter (a → us-east-1a) or a number (an AZ id index). */
  private static String az(String region, String az) {
    if (az.isEmpty()) return "";
    return Character.isDigit(az.charAt(0)) ? region + "-az" + az : region + az;
  }

  /** Route table names repeat across VPCs, so the id is the VPC id + "/" + name. */
  private static RouteTable table(YNode n, String vpcId, Map<String, Subnet> subnets,
      Map<String, List<String>> subnetsOfTable) {
    Fields f = new Fields(n, LzaKeys.ROUTE_TABLE);
    String name = f.requiredText("name");
    List<Route> routes = new ArrayList<>();
    for (YNode r : f.list("routes")) {
      Fields rf = new Fields(r, LzaKeys.ROUTE);
      String dest = rf.has("destination") ? rf.text("destination", "") : rf.text("ipv6Destination", "");
      Cidr d = destination(dest, subnets, rf);
      if (d == null) continue; // prefix lists and peer CIDRs LZA fills in are not known here
      String type = rf.text("type", "");
      routes.add(new Route(d, target(type), rf.text("target", type), false));
    }
    return new RouteTable(vpcId + "/" + name, name, routes, subnetsOfTable.getOrDefault(name, List.of()), false);
  }

  private static Cidr destination(String dest, Map<String, Subnet> subnets, Fields rf) {
    if (dest.isEmpty()) return null;
    if (subnets.containsKey(dest)) return subnets.get(dest).cidr();
    if (dest.indexOf('/') < 0) return null; // a subnet allocated by IPAM
    try {
      return Cidr.parse(dest);
    } catch (CidrParseException e) {
      throw (rf.has("destination") ? rf.get("destination") : rf.get("ipv6Destination")).error(e.getMessage());
    }
  }

  private static RouteTarget target(String type) {
    return switch (type) {
      case "transitGateway" -> RouteTarget.TRANSIT_GATEWAY;
      case "natGateway" -> RouteTarget.NAT_GATEWAY;
      case "internetGateway" -> RouteTarget.INTERNET_GATEWAY;
      case "vpcPeering" -> RouteTarget.PEERING;
      case "gatewayEndpoint", "gatewayLoadBalancerEndpoint" -> RouteTarget.VPC_ENDPOINT;
      case "local" -> RouteTarget.LOCAL;
      default -> RouteTarget.OTHER;
    };
  }
}
