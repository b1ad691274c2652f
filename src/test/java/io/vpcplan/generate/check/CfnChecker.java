package io.vpcplan.generate.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a CloudFormation template against the CloudFormation resource model: known types,
 * known properties with the right shapes, required properties, and that every Ref, Fn::GetAtt,
 * Fn::Sub variable, DependsOn and Condition names something the template (or AWS) defines, one
 * route per destination of each route table, and blocks of the family their property takes
 * ({@link CfnAddressFamilies}).
 */
public final class CfnChecker {
  static final Set<String> PSEUDO = Set.of("AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition",
      "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");
  private static final Set<String> TOP = Set.of("AWSTemplateFormatVersion", "Description", "Metadata", "Parameters",
      "Rules", "Mappings", "Conditions", "Transform", "Resources", "Outputs");
  private static final Set<String> RESOURCE_KEYS = Set.of("Type", "Properties", "DependsOn", "Condition", "Metadata",
      "DeletionPolicy", "UpdateReplacePolicy", "CreationPolicy", "UpdatePolicy");
  private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^!}][^}]*)}");

  private final CfnSpec spec;
  private final CfnYaml doc;
  private final List<String> problems = new ArrayList<>();
  private final Set<String> resources = new HashSet<>();
  private final Set<String> parameters = new HashSet<>();
  private final Set<String> conditions = new HashSet<>();

  private CfnChecker(CfnSpec spec, CfnYaml doc) {
    this.spec = spec;
    this.doc = doc;
  }

  /** Problems found in the template text (YAML or JSON), each naming path and line; empty = valid. */
  public static List<String> check(String template) {
    Tools.require(Tools.Tool.CFN_SPEC);
    CfnYaml doc;
    try {
      doc = CfnYaml.parse(template);
    } catch (IOException e) {
      return List.of("not a well-formed template: " + e.getMessage());
    }
    CfnChecker c = new CfnChecker(CfnSpec.get(), doc);
    c.run();
    return List.copyOf(c.problems);
  }

  static boolean isIntrinsic(JsonNode v) {
    if (!v.isObject() || v.size() != 1) return false;
    String k = v.properties().iterator().next().getKey();
    return k.equals("Ref") || k.equals("Condition") || k.startsWith("Fn::");
  }

  private void run() {
    JsonNode root = doc.root;
    if (!root.isObject()) {
      problems.add("the template must be a mapping with a Resources section");
      return;
    }
    root.properties().forEach(e -> {
      if (!TOP.contains(e.getKey())) problems.add(doc.at(e.getKey()) + ": unknown top-level section" + Suggest.didYouMean(e.getKey(), TOP));
    });
    JsonNode res = root.path("Resources");
    if (!res.isObject() || res.isEmpty()) problems.add("Resources: a template needs at least one resource");
    res.properties().forEach(e -> resources.add(e.getKey()));
    root.path("Parameters").properties().forEach(e -> parameters.add(e.getKey()));
    root.path("Conditions").properties().forEach(e -> conditions.add(e.getKey()));
    for (String p : parameters) {
      if (resources.contains(p)) problems.add(doc.at("Parameters." + p) + ": '" + p + "' is both a parameter and a resource");
      if (!root.path("Parameters").path(p).has("Type")) problems.add(doc.at("Parameters." + p) + ": a parameter needs a Type");
    }
    res.properties().forEach(e -> checkResource(e.getKey(), e.getValue()));
    oneRoutePerDestination(res);
    CfnAddressFamilies.check(doc, res, problems);
    root.path("Outputs").properties().forEach(e -> {
      if (!e.getValue().has("Value")) problems.add(doc.at("Outputs." + e.getKey()) + ": an output needs a Value");
      refs(e.getValue(), "Outputs." + e.getKey());
    });
    refs(root.path("Conditions"), "Conditions");
  }

  private void checkResource(String name, JsonNode r) {
    String path = "Resources." + name;
    if (!name.matches("[A-Za-z0-9]+")) problems.add(doc.at(path) + ": logical id '" + name + "' must be alphanumeric");
    if (!r.isObject()) {
      problems.add(doc.at(path) + ": a resource must be a mapping with Type and Properties");
      return;
    }
    r.properties().forEach(e -> {
      if (!RESOURCE_KEYS.contains(e.getKey())) problems.add(doc.at(path + "." + e.getKey()) + ": unknown resource attribute" + Suggest.didYouMean(e.getKey(), RESOURCE_KEYS));
    });
    String type = r.path("Type").asText("");
    JsonNode props = r.has("Properties") ? r.get("Properties") : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    if (type.isEmpty()) {
      problems.add(doc.at(path) + ": a resource needs a Type");
    } else if (type.startsWith("Custom::") || type.equals("AWS::CloudFormation::CustomResource")) {
      if (!props.has("ServiceToken")) problems.add(doc.at(path) + ": a custom resource needs ServiceToken");
    } else {
      spec.resource(type).ifPresentOrElse(
          def -> new CfnShapes(spec, doc, problems).checkObject(props, def.properties(), type, path + ".Properties"),
          () -> problems.add(doc.at(path + ".Type") + ": unknown resource type '" + type + "'"));
    }
    JsonNode deps = r.path("DependsOn");
    for (JsonNode d : deps.isArray() ? deps : List.of(deps)) {
      if (!d.isMissingNode() && !resources.contains(d.asText())) problems.add(doc.at(path + ".DependsOn") + ": DependsOn names no resource '" + d.asText() + "'");
    }
    if (r.has("Condition") && !conditions.contains(r.get("Condition").asText())) {
      problems.add(doc.at(path + ".Condition") + ": no condition '" + r.get("Condition").asText() + "' in Conditions");
    }
    refs(props, path + ".Properties");
  }

  /** Two AWS::EC2::Route to one destination of one route table: AWS refuses the second (RouteAlreadyExists). */
  private void oneRoutePerDestination(JsonNode res) {
    java.util.Map<String, List<String>> byKey = new java.util.TreeMap<>();
    res.properties().forEach(e -> {
      if (!e.getValue().path("Type").asText().equals("AWS::EC2::Route")) return;
      JsonNode p = e.getValue().path("Properties");
      for (String d : List.of("DestinationCidrBlock", "DestinationIpv6CidrBlock", "DestinationPrefixListId")) {
        if (p.has(d)) byKey.computeIfAbsent(p.path("RouteTableId") + " → " + p.get(d), k -> new ArrayList<>()).add(e.getKey());
      }
    });
    byKey.forEach((key, names) -> {
      if (names.size() > 1) {
        problems.add(doc.at("Resources." + names.get(1)) + ": two routes to the same destination in one route table ("
            + key + "): " + names + "; AWS refuses the second (RouteAlreadyExists)");
      }
    });
  }

  /** Every Ref / Fn::GetAtt / Fn::Sub / Fn::If / Condition under node resolves. */
  private void refs(JsonNode node, String path) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) refs(node.get(i), path + "[" + i + "]");
      return;
    }
    if (!node.isObject()) return;
    for (var e : node.properties()) {
      String k = e.getKey();
      JsonNode v = e.getValue();
      String at = path + "." + k;
      switch (k) {
        case "Ref" -> {
          if (v.isTextual() && !resolves(v.asText())) problems.add(doc.at(at) + ": Ref names no resource or parameter '" + v.asText() + "'" + Suggest.didYouMean(v.asText(), names()));
        }
        case "Fn::GetAtt" -> getAtt(v, at);
        case "Fn::Sub" -> sub(v, at);
        case "Fn::If" -> {
          if (v.isArray() && v.size() > 0 && !conditions.contains(v.get(0).asText())) problems.add(doc.at(at) + ": Fn::If names no condition '" + v.get(0).asText() + "'");
        }
        case "Condition" -> {
          if (v.isTextual() && path.startsWith("Conditions") && !conditions.contains(v.asText())) problems.add(doc.at(at) + ": no condition '" + v.asText() + "'");
        }
        default -> { }
      }
      refs(v, at);
    }
  }

  private void getAtt(JsonNode v, String at) {
    if (!v.isArray() || v.size() != 2) {
      problems.add(doc.at(at) + ": Fn::GetAtt takes [LogicalId, Attribute] or 'LogicalId.Attribute'");
      return;
    }
    attribute(v.get(0).asText(), v.get(1).isTextual() ? v.get(1).asText() : null, at);
  }

  private void attribute(String logical, String attr, String at) {
    JsonNode r = doc.root.path("Resources").path(logical);
    if (r.isMissingNode()) {
      problems.add(doc.at(at) + ": Fn::GetAtt names no resource '" + logical + "'" + Suggest.didYouMean(logical, resources));
      return;
    }
    String type = r.path("Type").asText();
    if (attr == null || type.startsWith("Custom::")) return;
    spec.resource(type).ifPresent(def -> {
      if (!def.attributes().contains(attr)) {
        problems.add(doc.at(at) + ": " + type + " has no attribute '" + attr + "' (it has " + new java.util.TreeSet<>(def.attributes()) + ")");
      }
    });
  }

  private void sub(JsonNode v, String at) {
    String text = v.isTextual() ? v.asText() : v.path(0).asText();
    Set<String> local = new HashSet<>();
    if (v.isArray()) v.path(1).properties().forEach(e -> local.add(e.getKey()));
    Matcher m = SUB_VAR.matcher(text);
    while (m.find()) {
      String name = m.group(1).trim();
      if (local.contains(name) || resolves(name)) continue;
      int dot = name.indexOf('.');
      if (dot > 0 && resources.contains(name.substring(0, dot))) {
        attribute(name.substring(0, dot), name.substring(dot + 1), at);
      } else {
        problems.add(doc.at(at) + ": Fn::Sub variable ${" + name + "} names no resource, parameter or attribute");
      }
    }
  }

  private boolean resolves(String name) {
    return resources.contains(name) || parameters.contains(name) || PSEUDO.contains(name);
  }

  private Set<String> names() {
    Set<String> all = new HashSet<>(resources);
    all.addAll(parameters);
    return all;
  }
}
