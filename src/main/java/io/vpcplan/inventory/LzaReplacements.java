package io.vpcplan.inventory;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.io.YNode;
import io.vpcplan.io.YamlReader;
import io.vpcplan.model.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of LZA placeholders: LZA's built-ins (AcceleratorHomeRegion is the file's homeRegion),
 * {@code globalReplacements} of a replacements-config.yaml beside the file, then --set values,
 * each later source overriding the earlier.
 */
final class LzaReplacements {
  static final Set<String> TOP = Set.of("globalReplacements");
  static final Set<String> ITEM = Set.of("key", "type", "value", "path");
  private static final Pattern HOME = Pattern.compile("(?m)^homeRegion:[ \\t]*(?:&\\S+[ \\t]+)?['\"]?([A-Za-z0-9-]+)");

  private LzaReplacements() {}

  static Map<String, LzaPlaceholders.Value> load(Path dir, String text, Map<String, String> builtins,
      Map<String, String> set, List<Finding> findings) {
    Map<String, LzaPlaceholders.Value> values = new LinkedHashMap<>();
    Matcher home = HOME.matcher(text);
    if (home.find()) {
      values.put("AcceleratorHomeRegion", new LzaPlaceholders.Value(home.group(1), null));
      values.put("HomeRegion", new LzaPlaceholders.Value(home.group(1), null));
    }
    values.put("AcceleratorPrefix", new LzaPlaceholders.Value("AWSAccelerator", null));
    builtins.forEach((k, v) -> values.put(k, new LzaPlaceholders.Value(v, null)));
    Path file = dir.resolve("replacements-config.yaml");
    if (Files.isRegularFile(file) && text.contains("{{")) {
      LzaFields.element("replacements-config.yaml", findings, () -> read(YamlReader.read(file), values, findings));
    }
    set.forEach((k, v) -> values.put(k, new LzaPlaceholders.Value(v, null)));
    return values;
  }

  private static Object read(YNode root, Map<String, LzaPlaceholders.Value> values, List<Finding> findings) {
    if (!root.isMap()) throw root.error("replacements-config.yaml is a mapping with globalReplacements");
    LzaFields top = new LzaFields(root, TOP, findings);
    for (YNode n : top.list("globalReplacements")) {
      LzaFields.element("replacement", findings, () -> {
        LzaFields f = new LzaFields(n, ITEM, findings);
        String key = f.requiredText("key");
        String type = f.text("type", f.has("path") ? "SSM" : "String");
        switch (type) {
          case "String" -> values.put(key, new LzaPlaceholders.Value(f.requiredText("value"), null));
          case "StringList" -> {
            List<String> items = new ArrayList<>();
            for (YNode i : f.required("value").isList() ? f.list("value") : List.of(f.get("value"))) items.add(i.asText());
            values.put(key, new LzaPlaceholders.Value(String.join(",", items), items));
          }
          case "SSM" -> findings.add(Finding.of(Code.UNRESOLVED_PLACEHOLDER, Severity.WARNING, n.path() + ": replacement "
              + key + " is read from the SSM parameter " + f.text("path", "?") + ", which vpcplan cannot read offline; "
              + "pass --set " + key + "=VALUE", n.location()));
          default -> throw f.get("type").error("type '" + type + "' is not String, StringList or SSM");
        }
        return key;
      });
    }
    return values;
  }

  /** One finding per placeholder that has no value: where it is first used, and how often. */
  static void report(YNode root, List<Finding> findings) {
    Map<String, List<YNode>> uses = new LinkedHashMap<>();
    walk(root, uses);
    uses.forEach((name, nodes) -> {
      Location at = nodes.get(0).location();
      findings.add(Finding.of(Code.UNRESOLVED_PLACEHOLDER, Severity.WARNING, nodes.get(0).path() + ": "
          + LzaPlaceholders.unresolvedMessage(name) + " (" + nodes.size() + (nodes.size() == 1 ? " use" : " uses")
          + "; an element that needs its value is skipped)", at));
    });
  }

  private static void walk(YNode n, Map<String, List<YNode>> uses) {
    if (n == null) return;
    switch (n.kind()) {
      case MAP -> n.asMap().values().forEach(c -> walk(c, uses));
      case LIST -> n.asList().forEach(c -> walk(c, uses));
      case SCALAR -> {
        String name = LzaPlaceholders.unresolved(n.asText());
        if (name != null) uses.computeIfAbsent(name, k -> new ArrayList<>()).add(n);
      }
      default -> { }
    }
  }
}
