package io.vpcplan.generate.lza;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Security properties and the cross-references LZA checks beyond its schema, on every generated
 * config: TGWs never associate or propagate by default nor auto-accept; no private or attachment
 * subnet routes 0.0.0.0/0 to the internet gateway; attachment subnets' tables serve only them;
 * names are unique and every name used is defined. Each rule is shown to fail on a broken config.
 */
class LzaRulesTest {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static java.util.stream.Stream<String> designs() {
    return LzaDesigns.names();
  }

  static JsonNode config(String design) throws IOException {
    return YAML.readTree(LzaDesigns.generate(design, false).files().get(LzaGenerator.CONFIG));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void secureAndConsistent(String design) throws IOException {
    assertThat(problems(config(design), publicSubnets(design))).isEmpty();
  }

  @Test
  void eachRuleCanFail() throws IOException {
    JsonNode c = config("conn-segmented-hub");
    ((ObjectNode) c.get("transitGateways").get(0)).put("defaultRouteTablePropagation", "enable");
    JsonNode vpc = c.get("vpcs").get(0);
    ((ObjectNode) vpc.get("routeTables").get(0).get("routes").get(0)).put("type", "internetGateway").put("destination", "0.0.0.0/0");
    ((ObjectNode) vpc.get("subnets").get(0)).put("routeTable", "dns-tgw-attach");
    ((ObjectNode) c.get("vpcs").get(1)).put("name", vpc.get("name").asText());
    ((com.fasterxml.jackson.databind.node.ArrayNode) vpc.get("transitGatewayAttachments").get(0).get("subnets")).add("no-such-subnet");
    String all = String.join("\n", problems(c, publicSubnets("conn-segmented-hub")));
    assertThat(all).contains("defaultRouteTablePropagation", "internet gateway", "attachment subnets' table",
        "duplicate VPC name", "no-such-subnet");
  }

  /** "vpc/subnet" in LZA names of the subnets the plan marks public. */
  static Set<String> publicSubnets(String design) {
    io.vpcplan.model.Network plan = LzaDesigns.plan(design);
    LzaNames names = new LzaNames(plan);
    Set<String> out = new HashSet<>();
    for (io.vpcplan.model.Vpc v : plan.vpcs()) {
      Map<String, String> sn = VpcSection.subnetNames(v);
      for (io.vpcplan.model.Subnet s : v.subnets()) if (s.isPublic()) out.add(names.vpc(v.id()) + "/" + sn.get(s.key()));
    }
    return out;
  }

  static List<String> problems(JsonNode c, Set<String> publicSubnets) {
    List<String> out = new ArrayList<>();
    Map<String, Set<String>> tgwTables = new HashMap<>();
    for (JsonNode t : c.get("transitGateways")) {
      for (String k : List.of("defaultRouteTableAssociation", "defaultRouteTablePropagation", "autoAcceptSharingAttachments")) {
        if (!"disable".equals(t.get(k).asText())) out.add("TGW " + t.get("name").asText() + ": " + k + " is not disable");
      }
      Set<String> names = new HashSet<>();
      for (JsonNode rt : t.get("routeTables")) if (!names.add(rt.get("name").asText())) out.add("duplicate TGW table " + rt.get("name"));
      tgwTables.put(t.get("name").asText(), names);
    }
    Set<String> vpcNames = new HashSet<>();
    for (JsonNode v : c.get("vpcs")) {
      String vn = v.get("name").asText();
      if (!vpcNames.add(vn)) out.add("duplicate VPC name " + vn);
      Map<String, JsonNode> tables = new HashMap<>();
      for (JsonNode rt : v.get("routeTables")) if (tables.put(rt.get("name").asText(), rt) != null) out.add(vn + ": duplicate route table");
      Map<String, String> tableOf = new HashMap<>();
      for (JsonNode s : v.get("subnets")) {
        String table = s.path("routeTable").asText("");
        if (!table.isEmpty() && !tables.containsKey(table)) out.add(vn + ": subnet " + s.get("name") + " names no table " + table);
        if (tableOf.put(s.get("name").asText(), table) != null) out.add(vn + ": duplicate subnet " + s.get("name"));
      }
      Set<String> attach = new HashSet<>();
      for (JsonNode a : v.path("transitGatewayAttachments")) {
        Set<String> tt = tgwTables.getOrDefault(a.get("transitGateway").get("name").asText(), Set.of());
        for (JsonNode s : a.get("subnets")) {
          attach.add(s.asText());
          if (!tableOf.containsKey(s.asText())) out.add(vn + ": attachment names subnet " + s.asText() + ", which does not exist");
        }
        for (String k : List.of("routeTableAssociations", "routeTablePropagations")) {
          for (JsonNode n : a.path(k)) if (!tt.contains(n.asText())) out.add(vn + ": " + k + " names unknown TGW table " + n);
        }
      }
      Set<String> attachTables = new HashSet<>();
      for (String s : attach) attachTables.add(tableOf.get(s));
      for (Map.Entry<String, String> e : tableOf.entrySet()) {
        if (!attach.contains(e.getKey()) && attachTables.contains(e.getValue())) {
          out.add(vn + ": workload subnet " + e.getKey() + " uses the attachment subnets' table " + e.getValue());
        }
        JsonNode rt = tables.get(e.getValue());
        if (rt == null || publicSubnets.contains(vn + "/" + e.getKey())) continue;
        for (JsonNode r : rt.path("routes")) {
          if ("internetGateway".equals(r.path("type").asText()) && r.path("destination").asText().equals("0.0.0.0/0")) {
            out.add(vn + ": subnet " + e.getKey() + " is not public but routes 0.0.0.0/0 to the internet gateway");
          }
        }
      }
    }
    return out;
  }
}
