package io.vpcplan.inventory;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.io.YNode;
import io.vpcplan.model.IpamAllocation;
import io.vpcplan.model.Location;
import io.vpcplan.model.Origin;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One LZA vpcs[] or vpcTemplates[] entry: blocks, IPAM allocations, subnets, route tables. A
 * template becomes one VPC per target account. A bad block, subnet, table or route is a finding
 * and is skipped; the rest of the VPC is kept.
 */
final class LzaVpcs {
  private LzaVpcs() {}

  /** A VPC with the node it came from; {@code ouAccount} when its account stands for a whole OU. */
  record Built(Vpc vpc, YNode node, boolean template, boolean ouAccount, Map<String, Subnet> subnets) {}

  /** A subnet before it has a VPC id. */
  record SubnetDef(String name, String az, Cidr cidr, boolean isPublic, String routeTable, Location at, Cidr ipv6) {}

  static List<Built> vpc(YNode n, boolean template, LzaContext ctx) {
    List<Finding> findings = ctx.findings();
    LzaFields f = new LzaFields(n, template ? LzaKeys.TEMPLATE : LzaKeys.VPC, findings);
    String name = f.requiredText("name");
    String region = f.requiredText("region");
    List<String> accounts;
    if (template) {
      LzaFields t = new LzaFields(f.required("deploymentTargets"), LzaKeys.TARGETS, findings);
      accounts = ctx.org().targets(t.list("organizationalUnits"), t.texts("accounts"), t.texts("excludedAccounts"));
      if (t.texts("excludedRegions").contains(region)) accounts = List.of();
      if (accounts.isEmpty()) {
        findings.add(Finding.of(Code.OU_AS_ACCOUNT, Severity.INFO, "VPC template " + name + " deploys to no account "
            + "(every target is excluded, or its region is in excludedRegions); nothing to check", n.location()));
        return List.of();
      }
    } else {
      accounts = List.of(f.requiredText("account"));
    }
    List<Cidr> cidrs = new ArrayList<>();
    for (YNode c : f.list("cidrs")) {
      if (c.isScalar()) LzaPlaceholders.check(c); // a VPC whose block is unknown is skipped, with the placeholder's name
      add(cidrs, LzaFields.element("VPC CIDR", findings, () -> LzaFields.cidr(c)));
    }
    List<IpamAllocation> ipam = new ArrayList<>();
    for (YNode a : f.list("ipamAllocations")) add(ipam, LzaFields.element("IPAM allocation", findings, () -> ctx.ipam().allocation(a)));
    boolean[] v6Unknown = {false}; // an Amazon-provided or BYOIP-pool block: its address is known once deployed
    for (YNode a : f.list("ipv6Cidrs")) {
      add(cidrs, LzaFields.element("IPv6 block", findings, () -> {
        LzaFields six = new LzaFields(a, LzaKeys.IPV6, findings);
        if (!six.has("cidrBlock")) {
          v6Unknown[0] = true;
          return null;
        }
        return family(six.get("cidrBlock"), six.cidr("cidrBlock"), false);
      }));
    }
    if (cidrs.isEmpty() && ipam.isEmpty()) {
      throw n.error("VPC " + name + " has no readable cidrs and no ipamAllocations; give one");
    }
    Map<String, SubnetDef> subnets = new LinkedHashMap<>();
    List<String> ipamSubnets = new ArrayList<>();
    for (YNode s : f.list("subnets")) {
      SubnetDef d = LzaFields.element("subnet", findings, () -> subnet(s, region, ipamSubnets, findings));
      if (d != null && subnets.putIfAbsent(d.name(), d) != null) {
        findings.add(Finding.of(Code.INVENTORY_ELEMENT, Severity.ERROR, s.path() + ": duplicate subnet name '" + d.name()
            + "' in VPC " + name + "; rename one. The second is skipped", s.location()));
      }
    }
    List<String> v6Later = v6Unknown[0] ? unknownIpv6(subnets, cidrs) : List.of();
    List<LzaRoutes.TableDef> tables = new ArrayList<>();
    for (YNode t : f.list("routeTables")) {
      add(tables, LzaFields.element("route table", findings, () -> LzaRoutes.table(t, subnets, ctx)));
    }
    List<Built> out = new ArrayList<>();
    for (String account : accounts) {
      String vpcId = account + "/" + region + "/" + name;
      Map<String, Subnet> subs = new LinkedHashMap<>();
      for (SubnetDef d : subnets.values()) {
        Cidr ipv6 = unknownBlock(d, cidrs, v6Unknown[0]) ? null : d.ipv6();
        subs.put(d.name(), new Subnet(vpcId + "/" + d.name(), d.name(), "", d.az(), d.cidr(), null, d.isPublic(), d.at(),
            ipv6));
      }
      List<RouteTable> rts = new ArrayList<>();
      for (LzaRoutes.TableDef t : tables) rts.add(t.build(vpcId, cidrs, subnets.values()));
      Vpc vpc = new Vpc(null, name, account, region, "", cidrs, new ArrayList<>(subs.values()), rts, Origin.IMPORTED,
          n.location(), ipam);
      ctx.ipam().checkVpc(vpc);
      unresolved(vpc, ipamSubnets, n, findings);
      if (!v6Later.isEmpty()) {
        findings.add(Finding.of(Code.UNRESOLVED_CIDR, Severity.INFO, "VPC " + vpc.displayName() + " takes its IPv6 "
            + "block from AWS at deploy time (amazonProvided or byoipPoolId), so these IPv6 blocks of its subnets are "
            + "checked once deployed (validate an export of the live accounts), or now if ipv6Cidrs gives the cidrBlock "
            + "AWS assigned: " + String.join(", ", v6Later), n.location(), Resource.vpc(vpc)));
      }
      out.add(new Built(vpc, n, template, account.startsWith("ou-"), subs));
    }
    return out;
  }

  private static <T> void add(List<T> list, T item) {
    if (item != null) list.add(item);
  }

  private static void unresolved(Vpc vpc, List<String> ipamSubnets, YNode n, List<Finding> findings) {
    if (vpc.ipamAllocations().isEmpty() && ipamSubnets.isEmpty()) return;
    StringBuilder what = new StringBuilder();
    for (IpamAllocation a : vpc.ipamAllocations()) {
      what.append(what.length() == 0 ? "" : ", ").append("a /").append(a.netmaskLength()).append(" from pool ").append(a.pool());
    }
    if (!ipamSubnets.isEmpty()) {
      what.append(what.length() == 0 ? "" : "; ").append("subnets ").append(String.join(", ", ipamSubnets));
    }
    findings.add(Finding.of(Code.UNRESOLVED_CIDR, Severity.INFO, "VPC " + vpc.displayName() + " takes " + what
        + " from IPAM at deploy time; their addresses are checked once deployed (validate an export of the live "
        + "accounts)", n.location(), Resource.vpc(vpc)));
  }

  /**
   * A VPC whose IPv6 block AWS picks at deploy time: its subnets' IPv6 blocks outside every known
   * block cannot be checked yet. A dual-stack subnet keeps its IPv4 block only; an IPv6-only
   * subnet is left out, as a subnet IPAM allocates is. Returns what to name in the info finding.
   */
  private static List<String> unknownIpv6(Map<String, SubnetDef> subnets, List<Cidr> cidrs) {
    List<String> named = new ArrayList<>();
    for (SubnetDef d : subnets.values()) {
      if (unknownBlock(d, cidrs, true)) named.add(d.name() + " " + d.ipv6());
    }
    subnets.values().removeIf(d -> {
      boolean later = !d.cidr().isV4() && cidrs.stream().noneMatch(c -> c.contains(d.cidr()));
      if (later) named.add(d.name() + " " + d.cidr() + " (IPv6-only: left out until then)");
      return later;
    });
    return named;
  }

  /** True when the subnet's IPv6 block may lie in a VPC block whose address is not known yet (and in no known one). */
  private static boolean unknownBlock(SubnetDef d, List<Cidr> cidrs, boolean v6Unknown) {
    if (!v6Unknown || d.ipv6() == null) return false;
    for (Cidr c : cidrs) if (c.contains(d.ipv6())) return false;
    return true;
  }

  /** {@code c}, or an error naming the field when it is not of the family the field holds. */
  private static Cidr family(YNode at, Cidr c, boolean v4) {
    if (c.isV4() == v4) return c;
    throw at.error(c + " is " + (v4 ? "IPv6; give an IPv4 prefix such as 10.0.0.0/24 here, and an IPv6 one in "
        + "ipv6CidrBlock" : "IPv4; give an IPv6 prefix such as 2600:1f18:abcd:1200::/64 here"));
  }

  private static SubnetDef subnet(YNode n, String region, List<String> ipamSubnets, List<Finding> findings) {
    LzaFields f = new LzaFields(n, LzaKeys.SUBNET, findings);
    String name = f.requiredText("name");
    Cidr v4 = f.has("ipv4CidrBlock") ? family(f.get("ipv4CidrBlock"), f.cidr("ipv4CidrBlock"), true) : null;
    Cidr v6 = f.has("ipv6CidrBlock") ? family(f.get("ipv6CidrBlock"), f.cidr("ipv6CidrBlock"), false) : null;
    // IPv6-only: the IPv6 block is the subnet's cidr; an IPv4 block from IPAM makes it an IPAM subnet
    Cidr cidr = v4 != null ? v4 : f.has("ipamAllocation") ? null : v6;
    if (cidr == null) {
      if (!f.has("ipamAllocation")) throw n.error("subnet " + name + " has neither ipv4CidrBlock nor ipamAllocation; give one");
      LzaFields a = new LzaFields(f.get("ipamAllocation"), LzaKeys.IPAM_ALLOCATION, findings);
      ipamSubnets.add(name + " (/" + a.text("netmaskLength", "?") + " from " + a.requiredText("ipamPoolName") + ")");
      return null;
    }
    String az = f.has("localZone") ? f.text("localZone", "") : az(region, f.text("availabilityZone", ""));
    return new SubnetDef(name, az, cidr, f.bool("mapPublicIpOnLaunch", false), f.text("routeTable", ""), n.location(),
        v4 != null ? v6 : null);
  }

  /** LZA gives the AZ as a letter (a → us-east-1a) or a number (an AZ id index). */
  private static String az(String region, String az) {
    if (az.isEmpty()) return "";
    return Character.isDigit(az.charAt(0)) ? region + "-az" + az : region + az;
  }
}
