package io.vpcplan.generate.cfn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One CloudFormation template as an ordered tree: parameters (with where their value comes from),
 * resources and outputs, in a deterministic order. Intrinsics are
 * written in their long form ({@code {Ref: X}}, {@code {Fn::GetAtt: [X, Attr]}}).
 */
final class Template {
  private final String description;
  private final Map<String, Object> metadata = new TreeMap<>();
  private final Map<String, Object> parameters = new TreeMap<>();
  private final Map<String, Object> inputs = new TreeMap<>();
  private final Map<String, Object> conditions = new TreeMap<>();
  // resources and outputs keep the writers' order (VPC, blocks, subnets, gateways, tables, routes),
  // which follows the network's own deterministic order; parameters are sorted
  private final Map<String, Object> resources = new LinkedHashMap<>();
  private final Map<String, Object> outputs = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  Template(String description) {
    this.description = description;
  }

  /** A parameter filled from another stack's output ({@code stack} empty: given by the operator). */
  void input(String name, String description, String stack, String output) {
    input(name, "String", description, stack, output);
  }

  private void input(String name, String type, String description, String stack, String output) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("Type", type);
    p.put("Description", description);
    parameters.put(name, p);
    Map<String, Object> from = new LinkedHashMap<>();
    if (!stack.isEmpty()) {
      from.put("stack", stack);
      from.put("output", output);
    } else {
      from.put("operator", output);
    }
    inputs.put(name, from);
  }

  /** A parameter of a given CloudFormation type the operator fills ({@code hint}: with what). */
  void operatorInput(String name, String type, String description, String hint) {
    input(name, type, description, "", hint);
  }

  /** A parameter with allowed values and a default (no other stack provides it). */
  void choice(String name, String description, List<String> allowed, String dflt) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("Type", "String");
    p.put("AllowedValues", allowed);
    p.put("Default", dflt);
    p.put("Description", description);
    parameters.put(name, p);
  }

  /** The stacks whose outputs this template's parameters take, sorted. */
  java.util.SortedSet<String> sources() {
    java.util.SortedSet<String> out = new java.util.TreeSet<>();
    for (Object o : inputs.values()) {
      Object stack = ((Map<?, ?>) o).get("stack");
      if (stack != null) out.add((String) stack);
    }
    return out;
  }

  Map<String, Object> inputs() {
    return inputs;
  }

  boolean hasParameter(String name) {
    return parameters.containsKey(name);
  }

  void condition(String name, Object expr) {
    conditions.put(name, expr);
  }

  /** Adds a resource; {@code extra} holds DependsOn / Condition when given. */
  Map<String, Object> resource(String id, String type, Map<String, Object> properties) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("Type", type);
    r.put("Properties", properties);
    if (resources.putIfAbsent(id, r) != null) throw new IllegalStateException("logical id used twice: " + id);
    return r;
  }

  boolean hasResource(String id) {
    return resources.containsKey(id);
  }

  void output(String name, String description, Object value) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("Description", description);
    o.put("Value", value);
    outputs.put(name, o);
  }

  void metadata(String key, Object value) {
    metadata.put(key, value);
  }

  void note(String text) {
    notes.add(text);
  }

  Map<String, Object> tree() {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("AWSTemplateFormatVersion", "2010-09-09");
    t.put("Description", description);
    Map<String, Object> meta = new LinkedHashMap<>(metadata);
    if (!inputs.isEmpty()) meta.put("vpcplan:parameters", inputs);
    if (!notes.isEmpty()) meta.put("vpcplan:notes", notes);
    if (!meta.isEmpty()) t.put("Metadata", meta);
    if (!parameters.isEmpty()) t.put("Parameters", parameters);
    if (!conditions.isEmpty()) t.put("Conditions", conditions);
    t.put("Resources", resources);
    if (!outputs.isEmpty()) t.put("Outputs", outputs);
    return t;
  }

  static Map<String, Object> ref(String id) {
    return Map.of("Ref", id);
  }

  static Map<String, Object> getAtt(String id, String attribute) {
    return Map.of("Fn::GetAtt", List.of(id, attribute));
  }

  static Map<String, Object> props(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) if (kv[i + 1] != null) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  static List<Map<String, String>> tags(Map<String, String> tags) {
    List<Map<String, String>> out = new ArrayList<>();
    tags.forEach((k, v) -> {
      Map<String, String> t = new LinkedHashMap<>();
      t.put("Key", k);
      t.put("Value", v);
      out.add(t);
    });
    return out;
  }
}
