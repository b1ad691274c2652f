package io.vpcplan.generate.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.SpecificationVersion;
import io.vpcplan.cidr.Cidr;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an LZA network-config.yaml with LZA's own JSON Schema and with the cross-references LZA
 * checks at synth time but the schema cannot express: unique names, attachment subnets and TGW
 * route tables that exist, IPAM pools that exist, nested pool CIDRs inside their source pool, one
 * route per destination in each route table, Network Firewall names ({@link LzaFirewallChecks}).
 */
public final class LzaChecker {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static JsonSchemaCheck schema;
  private final List<String> problems = new ArrayList<>();

  private LzaChecker() {}

  /** Problems, schema ones first ("schema: /json/pointer: keyword [args]: message"), then cross-reference ones; empty = valid. */
  public static List<String> check(Path networkConfig) {
    Tools.require(Tools.Tool.LZA_SCHEMA);
    JsonNode root;
    try {
      root = YAML.readTree(networkConfig.toFile());
    } catch (IOException e) {
      return List.of(networkConfig + ": not readable YAML: " + e.getMessage());
    }
    if (root == null || !root.isObject()) return List.of(networkConfig + ": must be a YAML mapping");
    LzaChecker c = new LzaChecker();
    c.problems.addAll(schema().validate(root).stream().map(p -> "schema: " + p).toList());
    c.crossReferences(root);
    c.problems.addAll(LzaFirewallChecks.check(root));
    return List.copyOf(c.problems);
  }

  private static synchronized JsonSchemaCheck schema() {
    if (schema == null) schema = JsonSchemaCheck.of(Tools.LZA_SCHEMA, SpecificationVersion.DRAFT_7);
    return schema;
  }

  private void crossReferences(JsonNode root) {
    Map<String, Set<String>> tgwTables = new HashMap<>();
    unique(root.path("transitGateways"), "transitGateways", "transit gateway");
    for (JsonNode tgw : root.path("transitGateways")) {
      String name = tgw.path("name").asText();
      unique(tgw.path("routeTables"), "transitGateways[" + name + "].routeTables", "TGW route table");
      for (JsonNode rt : tgw.path("routeTables")) {
        oneRoutePerDestination(rt, "transitGateways[" + name + "].routeTables[" + rt.path("name").asText() + "]",
            List.of("destinationCidrBlock", "destinationPrefixList"));
      }
      tgwTables.put(name, names(tgw.path("routeTables")));
    }
    Map<String, JsonNode> pools = pools(root.path("centralNetworkServices").path("ipams"));
    for (String list : List.of("vpcs", "vpcTemplates")) {
      unique(root.path(list), list, "VPC");
      for (JsonNode vpc : root.path(list)) vpc(list + "[" + vpc.path("name").asText() + "]", vpc, tgwTables, pools.keySet());
    }
  }

  private void vpc(String at, JsonNode vpc, Map<String, Set<String>> tgwTables, Set<String> pools) {
    unique(vpc.path("subnets"), at + ".subnets", "subnet");
    unique(vpc.path("routeTables"), at + ".routeTables", "route table");
    unique(vpc.path("transitGatewayAttachments"), at + ".transitGatewayAttachments", "TGW attachment");
    for (JsonNode rt : vpc.path("routeTables")) {
      oneRoutePerDestination(rt, at + ".routeTables[" + rt.path("name").asText() + "]",
          List.of("destination", "ipv6Destination", "destinationPrefixList"));
    }
    Set<String> subnets = names(vpc.path("subnets"));
    Set<String> tables = names(vpc.path("routeTables"));
    for (JsonNode s : vpc.path("subnets")) {
      String sat = at + ".subnets[" + s.path("name").asText() + "]";
      exists(s.path("routeTable"), tables, sat + ".routeTable", "route table in this VPC");
      exists(s.path("ipamAllocation").path("ipamPoolName"), pools, sat + ".ipamAllocation.ipamPoolName", "IPAM pool");
    }
    for (JsonNode a : vpc.path("ipamAllocations")) exists(a.path("ipamPoolName"), pools, at + ".ipamAllocations", "IPAM pool");
    for (JsonNode n : vpc.path("natGateways")) exists(n.path("subnet"), subnets, at + ".natGateways[" + n.path("name").asText() + "].subnet", "subnet in this VPC");
    for (JsonNode a : vpc.path("transitGatewayAttachments")) {
      String aat = at + ".transitGatewayAttachments[" + a.path("name").asText() + "]";
      for (JsonNode s : a.path("subnets")) exists(s, subnets, aat + ".subnets", "subnet in this VPC");
      String tgw = a.path("transitGateway").path("name").asText();
      Set<String> rts = tgwTables.get(tgw);
      if (rts == null) {
        problems.add(aat + ".transitGateway.name: no transit gateway '" + tgw + "' in transitGateways; name one of " + tgwTables.keySet());
        continue;
      }
      for (String key : List.of("routeTableAssociations", "routeTablePropagations")) {
        for (JsonNode rt : a.path(key)) exists(rt, rts, aat + "." + key, "route table of " + tgw);
      }
    }
  }

  /** Pools by name; checks unique names, that each source pool exists and holds the pool's CIDRs. */
  private Map<String, JsonNode> pools(JsonNode ipams) {
    Map<String, JsonNode> pools = new HashMap<>();
    unique(ipams, "centralNetworkServices.ipams", "IPAM");
    for (JsonNode ipam : ipams) {
      String at = "centralNetworkServices.ipams[" + ipam.path("name").asText() + "].pools";
      unique(ipam.path("pools"), at, "IPAM pool");
      for (JsonNode p : ipam.path("pools")) pools.putIfAbsent(p.path("name").asText(), p);
    }
    pools.forEach((name, pool) -> {
      JsonNode src = pool.path("sourceIpamPool");
      if (src.isMissingNode()) return;
      String at = "IPAM pool '" + name + "'.sourceIpamPool";
      if (!exists(src, pools.keySet(), at, "IPAM pool")) return;
      List<Cidr> outer = cidrs(pools.get(src.asText()).path("provisionedCidrs"), "IPAM pool '" + src.asText() + "'");
      for (Cidr c : cidrs(pool.path("provisionedCidrs"), "IPAM pool '" + name + "'")) {
        if (outer.stream().noneMatch(o -> o.contains(c))) {
          problems.add("IPAM pool '" + name + "'.provisionedCidrs: " + c + " is not inside its source pool '" + src.asText() + "' " + outer);
        }
      }
    });
    return pools;
  }

  private List<Cidr> cidrs(JsonNode list, String at) {
    List<Cidr> out = new ArrayList<>();
    for (JsonNode c : list) {
      try {
        out.add(Cidr.parse(c.asText()));
      } catch (RuntimeException e) {
        problems.add(at + ".provisionedCidrs: '" + c.asText() + "' is not a CIDR");
      }
    }
    return out;
  }

  private boolean exists(JsonNode ref, Set<String> known, String at, String what) {
    if (ref.isMissingNode() || ref.isNull() || known.contains(ref.asText())) return true;
    problems.add(at + ": no " + what + " named '" + ref.asText() + "'; known: " + new java.util.TreeSet<>(known));
    return false;
  }

  /** Two routes to one destination in a route table: AWS refuses the second (RouteAlreadyExists). */
  private void oneRoutePerDestination(JsonNode table, String at, List<String> keys) {
    Set<String> seen = new HashSet<>();
    for (JsonNode r : table.path("routes")) {
      for (String k : keys) {
        if (r.hasNonNull(k) && !seen.add(k + " " + r.get(k).asText())) {
          problems.add(at + ".routes: two routes to " + k + " " + r.get(k).asText()
              + "; a route table has one route per destination (AWS refuses the second: RouteAlreadyExists)");
        }
      }
    }
  }

  private void unique(JsonNode list, String at, String what) {
    Set<String> seen = new HashSet<>();
    for (JsonNode n : list) {
      String name = n.path("name").asText();
      if (!name.isEmpty() && !seen.add(name)) problems.add(at + ": " + what + " name '" + name + "' is used twice; names must be unique");
    }
  }

  private static Set<String> names(JsonNode list) {
    Set<String> out = new HashSet<>();
    for (JsonNode n : list) out.add(n.path("name").asText());
    return out;
  }
}
