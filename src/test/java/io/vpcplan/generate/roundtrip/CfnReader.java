package io.vpcplan.generate.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcplan.generate.check.CfnYaml;
import io.vpcplan.generate.roundtrip.Res.Kind;
import io.vpcplan.generate.roundtrip.Res.Ref;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads generated CloudFormation back: deployment-order.yaml says each stack's template, account and
 * region; Ref and GetAtt name resources of the same stack; a Ref to a parameter follows the
 * template's Metadata (vpcplan:parameters: which stack's output fills it) to that output's value in
 * the producing stack. Parameters an operator fills are external inputs.
 */
final class CfnReader {
  private record Stack(String name, String account, String region, JsonNode template) {}

  private final Map<String, Stack> stacks = new LinkedHashMap<>();
  final List<Res> resources = new ArrayList<>();
  /** Resource types not modelled, with how many were skipped. */
  final Map<String, Integer> ignored = new TreeMap<>();

  /** Parses every template of the generated files (path → text). */
  static Map<String, JsonNode> parse(Map<String, String> files) {
    Map<String, JsonNode> out = new TreeMap<>();
    try {
      for (Map.Entry<String, String> e : files.entrySet()) out.put(e.getKey(), CfnYaml.parse(e.getValue()).root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** {@code docs}: path → parsed YAML, deployment-order.yaml included. */
  static CfnReader read(Map<String, JsonNode> docs) {
    CfnReader r = new CfnReader();
    JsonNode order = docs.get("deployment-order.yaml");
    if (order == null) throw new IllegalArgumentException("no deployment-order.yaml among " + docs.keySet());
    for (JsonNode stage : order.path("stages")) {
      for (JsonNode s : stage.path("stacks")) {
        String path = s.path("template").asText();
        JsonNode t = docs.get(path);
        if (t == null) throw new IllegalArgumentException("deployment-order.yaml names " + path + ", which was not generated");
        r.stacks.put(s.path("stack").asText(), new Stack(s.path("stack").asText(), s.path("account").asText(), s.path("region").asText(), t));
      }
    }
    for (Stack s : r.stacks.values()) r.readStack(s);
    return r;
  }

  private void readStack(Stack s) {
    Iterator<Map.Entry<String, JsonNode>> it = s.template().path("Resources").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String type = e.getValue().path("Type").asText();
      CfnTypes.Mapping m = CfnTypes.of(type);
      if (m == null) {
        ignored.merge(type, 1, Integer::sum);
        continue;
      }
      JsonNode props = e.getValue().path("Properties");
      Map<String, Object> fields = new LinkedHashMap<>();
      for (Map.Entry<String, String> f : m.fields().entrySet()) {
        JsonNode v = at(props, f.getValue());
        if (!v.isMissingNode() && !v.isNull()) fields.putIfAbsent(f.getKey(), value(s, v));
      }
      Map<String, String> tags = new TreeMap<>();
      for (JsonNode t : props.path("Tags")) tags.put(t.path("Key").asText(), t.path("Value").asText());
      resources.add(new Res(key(s.name(), e.getKey()), m.kind(), s.account(), s.region(), tags, fields));
    }
  }

  /** A property path "Options.ApplianceModeSupport"; alternatives separated by '|' (the first present wins). */
  private static JsonNode at(JsonNode props, String path) {
    for (String alt : path.split("\\|")) {
      JsonNode n = props;
      for (String p : alt.split("\\.")) n = n.path(p);
      if (!n.isMissingNode()) return n;
    }
    return props.path("\u0000");
  }

  private Object value(Stack s, JsonNode v) {
    if (v.isArray()) {
      List<Object> out = new ArrayList<>();
      for (JsonNode x : v) out.add(value(s, x));
      return out;
    }
    if (v.isObject()) return resolve(s, v, 0);
    return v.asText();
  }

  private static String key(String stack, String logical) {
    return stack + "!" + logical;
  }

  /** Ref, GetAtt, and any other function by the first reference inside it (Select, Split, Join, Sub). */
  private Ref resolve(Stack s, JsonNode v, int depth) {
    if (depth > 16) throw new IllegalStateException("parameter chain too deep in " + s.name());
    if (v.has("Ref")) return ref(s, v.get("Ref").asText(), depth);
    if (v.has("Fn::GetAtt")) return ref(s, v.get("Fn::GetAtt").get(0).asText(), depth);
    if (v.has("Fn::Sub") && v.get("Fn::Sub").isTextual()) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([A-Za-z0-9]+)[}.]").matcher(v.get("Fn::Sub").asText());
      while (m.find()) if (s.template().path("Resources").has(m.group(1))) return new Ref(key(s.name(), m.group(1)));
    }
    Ref found = null;
    for (JsonNode child : v) {
      if (!child.isContainerNode()) continue;
      Ref r = child.isObject() ? resolve(s, child, depth + 1) : firstIn(s, child, depth + 1);
      if (r != null && !r.external()) return r;
      if (found == null) found = r;
    }
    return found;
  }

  private Ref firstIn(Stack s, JsonNode array, int depth) {
    for (JsonNode c : array) {
      if (c.isObject()) {
        Ref r = resolve(s, c, depth);
        if (r != null) return r;
      }
    }
    return null;
  }

  private Ref ref(Stack s, String name, int depth) {
    if (s.template().path("Resources").has(name)) return new Ref(key(s.name(), name));
    JsonNode meta = s.template().path("Metadata").path("vpcplan:parameters").path(name);
    Stack from = stacks.get(meta.path("stack").asText());
    if (from != null) {
      JsonNode out = from.template().path("Outputs").path(meta.path("output").asText()).path("Value");
      if (out.isObject()) return resolve(from, out, depth + 1);
    }
    String described = s.template().path("Parameters").path(name).path("Description").asText(name);
    return new Ref("external:" + described);
  }
}
