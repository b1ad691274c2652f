package io.vpcplan.generate.lza;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcplan.generate.FirewallDefaults;
import io.vpcplan.generate.OwnershipTags;
import io.vpcplan.model.Network;
import io.vpcplan.model.NetworkFirewall;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * LZA {@code centralNetworkServices.networkFirewall}: per inspection VPC a stateful rule group, a
 * policy (both made in the delegated administrator account and shared with the VPC's account when
 * that differs) and the firewall with its subnets and CloudWatch logs; and the VPC side: the NAT
 * gateways the inspection VPC's routes name, and routes to a firewall endpoint or NAT gateway.
 */
final class FirewallSection {
  private final List<NetworkFirewall> firewalls = new ArrayList<>();
  private final String planName;
  private final LzaNames names;

  FirewallSection(Network n, String planName, LzaNames names) {
    this.planName = planName;
    this.names = names;
    for (Vpc v : n.vpcs()) NetworkFirewall.of(v).ifPresent(firewalls::add);
  }

  boolean isEmpty() {
    return firewalls.isEmpty();
  }

  ObjectNode networkFirewall(String adminAccount) {
    ObjectNode o = LzaYaml.F.objectNode();
    ArrayNode fws = o.putArray("firewalls");
    ArrayNode policies = o.putArray("policies");
    ArrayNode rules = o.putArray("rules");
    for (NetworkFirewall fw : firewalls) {
      Vpc v = fw.vpc();
      String name = FirewallDefaults.name(planName, fw);
      Map<String, String> subnetNames = VpcSection.subnetNames(v);
      ObjectNode f = fws.addObject().put("name", name).put("description", "Inspection of " + v.displayName())
          .put("firewallPolicy", FirewallDefaults.policyName(planName, fw)).put("vpc", names.vpc(v.id()))
          .put("deleteProtection", true).put("subnetChangeProtection", true).put("firewallPolicyChangeProtection", false);
      ArrayNode subnets = f.putArray("subnets");
      for (Subnet s : fw.subnets()) subnets.add(subnetNames.get(s.key()));
      ArrayNode logs = f.putArray("loggingConfiguration");
      for (String type : List.of("FLOW", "ALERT")) logs.addObject().put("destination", "cloud-watch-logs").put("type", type);
      f.set("tags", LzaYaml.tags(OwnershipTags.of(planName, fw.id(), null, Map.of())));

      ObjectNode p = policies.addObject().put("name", FirewallDefaults.policyName(planName, fw));
      p.putArray("regions").add(v.region());
      ObjectNode pp = p.putObject("firewallPolicy");
      FirewallDefaults.STATELESS_DEFAULT.forEach(pp.putArray("statelessDefaultActions")::add);
      FirewallDefaults.STATELESS_DEFAULT.forEach(pp.putArray("statelessFragmentDefaultActions")::add);
      FirewallDefaults.STATEFUL_DEFAULT.forEach(pp.putArray("statefulDefaultActions")::add);
      pp.put("statefulEngineOptions", FirewallDefaults.ENGINE_ORDER);
      pp.putArray("statefulRuleGroups").addObject().put("name", FirewallDefaults.ruleGroupName(planName, fw))
          .put("priority", FirewallDefaults.PRIORITY);
      share(p, v, adminAccount);

      ObjectNode r = rules.addObject().put("name", FirewallDefaults.ruleGroupName(planName, fw))
          .put("description", FirewallDefaults.WHY);
      r.putArray("regions").add(v.region());
      r.put("capacity", FirewallDefaults.CAPACITY).put("type", "STATEFUL");
      ObjectNode g = r.putObject("ruleGroup");
      g.putObject("rulesSource").put("rulesString", FirewallDefaults.RULES);
      ObjectNode vars = g.putObject("ruleVariables");
      ObjectNode home = vars.putArray("ipSets").addObject().put("name", FirewallDefaults.HOME_NET);
      ArrayNode def = home.putArray("definition");
      fw.home().forEach(c -> def.add(c.toString()));
      vars.putArray("portSets");
      g.put("statefulRuleOptions", FirewallDefaults.ENGINE_ORDER);
      share(r, v, adminAccount);
    }
    return o;
  }

  private static void share(ObjectNode o, Vpc v, String adminAccount) {
    if (!v.account().equals(adminAccount)) o.putObject("shareTargets").putArray("accounts").add(v.account());
  }

  /** The NAT gateways the VPC's routes name (its own "nat/VPC/AZ"), each in that AZ's first public subnet. */
  static ArrayNode natGateways(Vpc v) {
    Map<String, String> publicByAz = new TreeMap<>();
    for (Subnet s : v.subnets()) if (s.isPublic() && !s.az().isEmpty()) publicByAz.putIfAbsent(s.az(), s.key());
    Map<String, String> subnetNames = VpcSection.subnetNames(v);
    ArrayNode out = LzaYaml.F.arrayNode();
    java.util.Set<String> done = new java.util.TreeSet<>();
    for (var t : v.routeTables()) {
      for (Route r : t.routes()) {
        String az = natAz(v, r);
        if (az == null || !publicByAz.containsKey(az) || !done.add(az)) continue;
        out.addObject().put("name", natName(v, az)).put("subnet", subnetNames.get(publicByAz.get(az)));
      }
    }
    return out;
  }

  /** The AZ of a route to this VPC's own NAT gateway, else null. */
  static String natAz(Vpc v, Route r) {
    String own = "nat/" + v.id() + "/";
    return r.targetType() == RouteTarget.NAT_GATEWAY && r.target().startsWith(own) ? r.target().substring(own.length()) : null;
  }

  static String natName(Vpc v, String az) {
    return LzaNames.clean((v.name().isEmpty() ? "vpc" : v.name()) + "-nat-" + VpcSection.az(v.region(), az));
  }

  /**
   * A route to the VPC's own NAT gateway (type natGateway) or firewall endpoint (type
   * networkFirewall, the firewall's name and the endpoint's AZ) without its name; null for others.
   */
  static ObjectNode route(String planName, Vpc v, Route r) {
    String natAz = natAz(v, r);
    if (natAz != null) return LzaYaml.F.objectNode().put("type", "natGateway").put("target", natName(v, natAz));
    NetworkFirewall fw = NetworkFirewall.of(v).orElse(null);
    Subnet s = fw == null ? null : fw.endpointSubnet(r);
    if (s == null) return null;
    return LzaYaml.F.objectNode().put("type", "networkFirewall").put("target", FirewallDefaults.name(planName, fw))
        .put("targetAvailabilityZone", VpcSection.az(v.region(), s.az()));
  }
}
