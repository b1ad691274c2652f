package io.vpcplan.generate.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Network Firewall cross-references LZA resolves at synth time: a firewall names an existing
 * policy, VPC and subnets of that VPC; a policy's stateful rule groups exist; a VPC route of type
 * networkFirewall names a firewall in the same VPC and an AZ where it has a subnet; a route of
 * type natGateway names a NAT gateway of the same VPC.
 */
final class LzaFirewallChecks {
  private final List<String> problems = new ArrayList<>();

  static List<String> check(JsonNode root) {
    LzaFirewallChecks c = new LzaFirewallChecks();
    c.run(root);
    return c.problems;
  }

  private void run(JsonNode root) {
    JsonNode nfw = root.path("centralNetworkServices").path("networkFirewall");
    Set<String> rules = names(nfw.path("rules"), "networkFirewall.rules");
    Set<String> policies = names(nfw.path("policies"), "networkFirewall.policies");
    names(nfw.path("firewalls"), "networkFirewall.firewalls");
    for (JsonNode p : nfw.path("policies")) {
      for (JsonNode g : p.path("firewallPolicy").path("statefulRuleGroups")) {
        if (g.has("name")) exists(g.path("name").asText(), rules, "networkFirewall.policies[" + p.path("name").asText() + "].statefulRuleGroups", "rule group");
      }
    }
    Map<String, JsonNode> vpcs = new HashMap<>();
    for (JsonNode v : root.path("vpcs")) vpcs.put(v.path("name").asText(), v);
    Map<String, JsonNode> firewalls = new HashMap<>();
    for (JsonNode f : nfw.path("firewalls")) {
      String at = "networkFirewall.firewalls[" + f.path("name").asText() + "]";
      firewalls.put(f.path("name").asText(), f);
      exists(f.path("firewallPolicy").asText(), policies, at + ".firewallPolicy", "policy");
      JsonNode vpc = vpcs.get(f.path("vpc").asText());
      if (!exists(f.path("vpc").asText(), vpcs.keySet(), at + ".vpc", "VPC")) continue;
      Set<String> subnets = new HashSet<>();
      for (JsonNode s : vpc.path("subnets")) subnets.add(s.path("name").asText());
      for (JsonNode s : f.path("subnets")) exists(s.asText(), subnets, at + ".subnets", "subnet of " + f.path("vpc").asText());
    }
    for (JsonNode v : root.path("vpcs")) routes(v, firewalls);
  }

  private void routes(JsonNode vpc, Map<String, JsonNode> firewalls) {
    String name = vpc.path("name").asText();
    Set<String> nats = new HashSet<>();
    for (JsonNode n : vpc.path("natGateways")) nats.add(n.path("name").asText());
    Map<String, String> azOfSubnet = new HashMap<>();
    for (JsonNode s : vpc.path("subnets")) azOfSubnet.put(s.path("name").asText(), s.path("availabilityZone").asText());
    for (JsonNode t : vpc.path("routeTables")) {
      for (JsonNode r : t.path("routes")) {
        String at = "vpcs[" + name + "].routeTables[" + t.path("name").asText() + "].routes[" + r.path("name").asText() + "]";
        String target = r.path("target").asText();
        if (r.path("type").asText().equals("natGateway")) exists(target, nats, at + ".target", "NAT gateway in this VPC");
        if (!r.path("type").asText().equals("networkFirewall")) continue;
        JsonNode f = firewalls.get(target);
        if (f == null || !f.path("vpc").asText().equals(name)) {
          problems.add(at + ".target: no firewall '" + target + "' in this VPC; firewalls: " + new TreeSet<>(firewalls.keySet()));
          continue;
        }
        Set<String> azs = new TreeSet<>();
        for (JsonNode s : f.path("subnets")) azs.add(azOfSubnet.getOrDefault(s.asText(), ""));
        exists(r.path("targetAvailabilityZone").asText(), azs, at + ".targetAvailabilityZone", "AZ with a firewall subnet");
      }
    }
  }

  private Set<String> names(JsonNode list, String at) {
    Set<String> out = new HashSet<>();
    for (JsonNode n : list) {
      if (!out.add(n.path("name").asText())) problems.add(at + ": name '" + n.path("name").asText() + "' is used twice; names must be unique");
    }
    return out;
  }

  private boolean exists(String ref, Set<String> known, String at, String what) {
    if (known.contains(ref)) return true;
    problems.add(at + ": no " + what + " named '" + ref + "'; known: " + new TreeSet<>(known));
    return false;
  }
}
