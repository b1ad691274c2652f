package io.vpcplan.generate.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcplan.model.Network;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structural and security checks over one generated template (a parsed tree); each returns the
 * problems found, empty when the template passes. The planned network tells which subnets are
 * public or attachment subnets (through their vpcplan:id tags).
 */
final class CfnChecks {
  private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([A-Za-z0-9:]+)(\\.[A-Za-z0-9]+)?}");

  private CfnChecks() {}

  static List<String> all(JsonNode t, Network n) {
    List<String> out = new ArrayList<>(references(t));
    out.addAll(secureTgws(t));
    out.addAll(closedShares(t));
    out.addAll(noInternetFromPrivate(t, n));
    out.addAll(attachmentSubnetsExclusive(t, n));
    out.addAll(ipv6SubnetsWaitForTheirBlock(t));
    return out;
  }

  /** A subnet with an IPv6 /64 depends on a VPCCidrBlock (the VPC's IPv6 block must be associated first). */
  static List<String> ipv6SubnetsWaitForTheirBlock(JsonNode t) {
    Set<String> blocks = resources(t, "AWS::EC2::VPCCidrBlock").keySet();
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> r : resources(t, "AWS::EC2::Subnet").entrySet()) {
      if (!r.getValue().path("Properties").has("Ipv6CidrBlock")) continue;
      List<String> deps = new ArrayList<>();
      r.getValue().path("DependsOn").forEach(d -> deps.add(d.asText()));
      if (deps.stream().noneMatch(blocks::contains)) out.add(r.getKey() + ": IPv6 subnet does not wait for the VPC's IPv6 block");
    }
    return out;
  }

  /** Every Ref, Fn::GetAtt and Fn::Sub variable names a resource or parameter of the template (or a pseudo parameter). */
  static List<String> references(JsonNode t) {
    Set<String> names = new HashSet<>();
    t.path("Resources").fieldNames().forEachRemaining(names::add);
    t.path("Parameters").fieldNames().forEachRemaining(names::add);
    List<String> out = new ArrayList<>();
    walk(t.path("Resources"), "Resources", names, out);
    walk(t.path("Outputs"), "Outputs", names, out);
    return out;
  }

  private static void walk(JsonNode node, String path, Set<String> names, List<String> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        JsonNode v = e.getValue();
        if (key.equals("Ref") && !names.contains(v.asText()) && !v.asText().startsWith("AWS::")) {
          out.add(path + ": Ref " + v.asText() + " names nothing in the template");
        } else if (key.equals("Fn::GetAtt") && !names.contains(v.path(0).asText())) {
          out.add(path + ": Fn::GetAtt " + v.path(0).asText() + " names no resource");
        } else if (key.equals("Fn::Sub")) {
          Matcher m = SUB_VAR.matcher(v.isArray() ? v.path(0).asText() : v.asText());
          while (m.find()) {
            if (!m.group(1).startsWith("AWS::") && !names.contains(m.group(1))) out.add(path + ": Fn::Sub ${" + m.group(1) + "} names nothing");
          }
        } else if (key.equals("DependsOn")) {
          List<String> deps = new ArrayList<>();
          if (v.isArray()) v.forEach(d -> deps.add(d.asText()));
          else deps.add(v.asText());
          for (String d : deps) if (!names.contains(d)) out.add(path + ": DependsOn " + d + " names no resource");
        }
        walk(v, path + "." + key, names, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) walk(node.get(i), path + "[" + i + "]", names, out);
    }
  }

  static List<String> secureTgws(JsonNode t) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> r : resources(t, "AWS::EC2::TransitGateway").entrySet()) {
      JsonNode p = r.getValue().path("Properties");
      for (String key : List.of("DefaultRouteTableAssociation", "DefaultRouteTablePropagation", "AutoAcceptSharedAttachments")) {
        if (!p.path(key).asText().equals("disable")) out.add(r.getKey() + ": " + key + " is not 'disable' (AWS's default is enable)");
      }
    }
    return out;
  }

  static List<String> closedShares(JsonNode t) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> r : resources(t, "AWS::RAM::ResourceShare").entrySet()) {
      JsonNode v = r.getValue().path("Properties").path("AllowExternalPrincipals");
      if (!v.isBoolean() || v.asBoolean()) out.add(r.getKey() + ": AllowExternalPrincipals must be false (CloudFormation's default is true)");
    }
    return out;
  }

  /** No 0.0.0.0/0 or ::/0 route to an internet gateway in a table that a private or attachment subnet uses. */
  static List<String> noInternetFromPrivate(JsonNode t, Network n) {
    Map<String, Subnet> subnets = subnets(t, n);
    Set<String> igws = resources(t, "AWS::EC2::InternetGateway").keySet();
    Map<String, List<String>> tableSubnets = new HashMap<>();
    for (JsonNode a : resources(t, "AWS::EC2::SubnetRouteTableAssociation").values()) {
      tableSubnets.computeIfAbsent(a.path("Properties").path("RouteTableId").path("Ref").asText(), k -> new ArrayList<>())
          .add(a.path("Properties").path("SubnetId").path("Ref").asText());
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> r : resources(t, "AWS::EC2::Route").entrySet()) {
      JsonNode p = r.getValue().path("Properties");
      String dest = p.has("DestinationCidrBlock") ? p.path("DestinationCidrBlock").asText() : p.path("DestinationIpv6CidrBlock").asText();
      if (!(dest.equals("0.0.0.0/0") || dest.equals("::/0")) || !igws.contains(p.path("GatewayId").path("Ref").asText())) continue;
      for (String s : tableSubnets.getOrDefault(p.path("RouteTableId").path("Ref").asText(), List.of())) {
        Subnet sub = subnets.get(s);
        if (sub == null || !sub.isPublic() || sub.purpose() == Purpose.TGW_ATTACHMENT) {
          out.add(r.getKey() + ": internet route in the table of " + (sub == null ? "unknown" : "private") + " subnet " + s);
        }
      }
    }
    return out;
  }

  /** Attachment subnets are referenced only by TGW attachments and their own table's associations, never shared with workloads. */
  static List<String> attachmentSubnetsExclusive(JsonNode t, Network n) {
    Map<String, Subnet> subnets = subnets(t, n);
    List<String> out = new ArrayList<>();
    Map<String, Set<Boolean>> tableKinds = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = t.path("Resources").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> r = it.next();
      String type = r.getValue().path("Type").asText();
      List<String> refs = new ArrayList<>();
      r.getValue().path("Properties").findValues("Ref").forEach(v -> refs.add(v.asText()));
      for (String ref : refs) {
        Subnet s = subnets.get(ref);
        if (s == null) continue;
        boolean attach = s.purpose() == Purpose.TGW_ATTACHMENT;
        if (type.equals("AWS::EC2::SubnetRouteTableAssociation")) {
          tableKinds.computeIfAbsent(r.getValue().path("Properties").path("RouteTableId").path("Ref").asText(),
              k -> new HashSet<>()).add(attach);
        } else if (attach && !type.equals("AWS::EC2::TransitGatewayAttachment") && !type.equals("AWS::EC2::TransitGatewayVpcAttachment")) {
          out.add(r.getKey() + " (" + type + ") uses attachment subnet " + ref);
        }
      }
    }
    tableKinds.forEach((table, kinds) -> {
      if (kinds.size() > 1 && attachesToTgw(t)) out.add(table + ": attachment subnets share it with workload subnets");
    });
    return out;
  }

  private static boolean attachesToTgw(JsonNode t) {
    return !resources(t, "AWS::EC2::TransitGatewayAttachment").isEmpty();
  }

  /** Subnet logical id → planned subnet, through the vpcplan:id tag. */
  private static Map<String, Subnet> subnets(JsonNode t, Network n) {
    Map<String, Subnet> byKey = new HashMap<>();
    for (Vpc v : n.vpcs()) for (Subnet s : v.subnets()) byKey.put(s.key(), s);
    Map<String, Subnet> out = new HashMap<>();
    for (Map.Entry<String, JsonNode> r : resources(t, "AWS::EC2::Subnet").entrySet()) {
      for (JsonNode tag : r.getValue().path("Properties").path("Tags")) {
        if (tag.path("Key").asText().equals("vpcplan:id") && byKey.containsKey(tag.path("Value").asText())) {
          out.put(r.getKey(), byKey.get(tag.path("Value").asText()));
        }
      }
    }
    return out;
  }

  static Map<String, JsonNode> resources(JsonNode t, String type) {
    Map<String, JsonNode> out = new java.util.TreeMap<>();
    t.path("Resources").fields().forEachRemaining(e -> {
      if (e.getValue().path("Type").asText().equals(type)) out.put(e.getKey(), e.getValue());
    });
    return out;
  }
}
