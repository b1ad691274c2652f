package io.vpcplan.generate.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a property value against its type in the resource model, recursively: scalar vs list vs
 * object vs nested type, unknown and missing required keys of nested types. Intrinsic functions
 * stand for any value, except that both branches of {@code Fn::If} are checked.
 */
final class CfnShapes {
  private final CfnSpec spec;
  private final CfnYaml doc;
  private final List<String> problems;

  CfnShapes(CfnSpec spec, CfnYaml doc, List<String> problems) {
    this.spec = spec;
    this.doc = doc;
    this.problems = problems;
  }

  /** Properties of an object against a property table (a resource's or a nested type's). */
  void checkObject(JsonNode value, Map<String, CfnSpec.Prop> table, String owner, String path) {
    if (CfnChecker.isIntrinsic(value)) {
      branches(value).forEach(b -> checkObject(b, table, owner, path));
      return;
    }
    if (!value.isObject()) {
      problems.add(doc.at(path) + ": " + owner + " must be an object with keys " + table.keySet() + ", got " + kind(value));
      return;
    }
    for (var e : value.properties()) {
      CfnSpec.Prop prop = table.get(e.getKey());
      String child = path + "." + e.getKey();
      if (prop == null) {
        problems.add(doc.at(child) + ": unknown property '" + e.getKey() + "' of " + owner
            + Suggest.didYouMean(e.getKey(), table.keySet()));
      } else {
        checkValue(e.getValue(), prop.type(), owner + "." + e.getKey(), child);
      }
    }
    table.forEach((name, prop) -> {
      if (prop.required() && !value.has(name)) {
        problems.add(doc.at(path) + ": missing required property '" + name + "' of " + owner);
      }
    });
  }

  void checkValue(JsonNode value, JsonNode type, String what, String path) {
    if (CfnChecker.isIntrinsic(value)) {
      branches(value).forEach(b -> checkValue(b, type, what, path));
      return;
    }
    String t = type.path("type").asText();
    switch (t) {
      case "string", "date-time" -> expect(value.isValueNode() && !value.isNull(), "a string", value, what, path);
      case "integer", "number" -> expect(value.isNumber() || (value.isTextual() && value.asText().matches("-?\\d+(\\.\\d+)?")),
          "a number", value, what, path);
      case "boolean" -> expect(value.isBoolean() || value.asText().matches("true|false"), "true or false", value, what, path);
      case "json" -> expect(value.isObject() || value.isTextual(), "a JSON object", value, what, path);
      case "tag" -> checkTag(value, what, path);
      case "array" -> {
        if (expect(value.isArray(), "a list", value, what, path)) {
          for (int i = 0; i < value.size(); i++) checkValue(value.get(i), type.path("element"), what + "[]", path + "[" + i + "]");
        }
      }
      case "map" -> {
        if (expect(value.isObject(), "a map", value, what, path)) {
          for (var e : value.properties()) checkValue(e.getValue(), type.path("element"), what + "." + e.getKey(), path + "." + e.getKey());
        }
      }
      case "ref" -> {
        CfnSpec.TypeDef def = spec.type(type.path("reference").path("$ref").asText()).orElseThrow();
        checkObject(value, def.properties(), what + " (" + def.name() + ")", path);
      }
      case "union" -> checkUnion(value, type, what, path);
      default -> problems.add(doc.at(path) + ": the resource model has a type '" + t + "' this checker does not know; extend CfnShapes");
    }
  }

  private void checkUnion(JsonNode value, JsonNode type, String what, String path) {
    List<String> firstErrors = null;
    for (JsonNode alt : type.path("types")) {
      List<String> mine = new ArrayList<>();
      new CfnShapes(spec, doc, mine).checkValue(value, alt, what, path);
      if (mine.isEmpty()) return;
      if (firstErrors == null) firstErrors = mine;
    }
    problems.add(doc.at(path) + ": " + what + " matches none of its allowed shapes " + type.path("types")
        + (firstErrors == null ? "" : "; e.g. " + firstErrors.get(0)));
  }

  private void checkTag(JsonNode value, String what, String path) {
    if (!expect(value.isObject(), "a tag {Key, Value}", value, what, path)) return;
    for (var e : value.properties()) {
      if (!e.getKey().equals("Key") && !e.getKey().equals("Value")) {
        problems.add(doc.at(path + "." + e.getKey()) + ": a tag has only Key and Value, not '" + e.getKey() + "'");
      } else {
        checkValue(e.getValue(), STRING, what + "." + e.getKey(), path + "." + e.getKey());
      }
    }
    for (String k : List.of("Key", "Value")) {
      if (!value.has(k)) problems.add(doc.at(path) + ": a tag in " + what + " needs " + k);
    }
  }

  private boolean expect(boolean ok, String expected, JsonNode value, String what, String path) {
    if (!ok) problems.add(doc.at(path) + ": " + what + " must be " + expected + ", got " + kind(value));
    return ok;
  }

  /** The values an intrinsic can take that can be checked: both branches of Fn::If, else none. */
  private static List<JsonNode> branches(JsonNode intrinsic) {
    JsonNode args = intrinsic.get("Fn::If");
    if (args == null || !args.isArray() || args.size() != 3) return List.of();
    List<JsonNode> out = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      JsonNode b = args.get(i);
      boolean noValue = b.isObject() && "AWS::NoValue".equals(b.path("Ref").asText());
      if (!noValue) out.add(b);
    }
    return out;
  }

  static String kind(JsonNode v) {
    if (v.isArray()) return "a list";
    if (v.isObject()) return "an object";
    if (v.isNull()) return "null";
    return "the scalar '" + v.asText() + "'";
  }

  private static final JsonNode STRING = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("type", "string");
}
