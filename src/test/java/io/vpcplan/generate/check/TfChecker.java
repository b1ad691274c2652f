package io.vpcplan.generate.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a Terraform module folder: HCL syntax (HashiCorp's parser), `terraform fmt` style
 * (hcl-tools format leaves each file unchanged), resource types, arguments, blocks and required
 * arguments against the AWS provider schema, references that resolve inside the module, and no
 * resource declared twice nor two routes to one destination in one route table ({@link TfDuplicates}),
 * and each literal block of the family its argument takes ({@link TfAddressFamilies}).
 */
public final class TfChecker {
  private static final Set<String> META = Set.of("count", "for_each", "provider", "depends_on", "lifecycle",
      "provisioner", "connection");
  private static final Pattern REF = Pattern.compile(
      "(?<![\\w.])(var|local|module|data\\.[a-z0-9_]+|aws_[a-z0-9_]+)\\.([A-Za-z0-9_-]+)(?:\\.([A-Za-z_][A-Za-z0-9_]*))?");
  private final List<String> problems = new ArrayList<>();
  private final Set<String> declared = new HashSet<>();

  private TfChecker() {}

  /** Problems as "file: what is wrong"; empty = valid. */
  public static List<String> check(Path moduleDir) {
    Tools.require(Tools.Tool.HCL);
    Tools.require(Tools.Tool.TF_SCHEMA);
    JsonNode files;
    try {
      files = new ObjectMapper().readTree(HclParser.parse(moduleDir));
    } catch (IOException e) {
      return List.of(moduleDir + ": cannot parse: " + e.getMessage());
    }
    if (files.has("error")) return List.of(moduleDir + ": " + files.path("error").asText());
    TfChecker c = new TfChecker();
    if (files.isEmpty()) return List.of(moduleDir + ": no .tf files");
    for (JsonNode f : files) c.declare(f.path("body"));
    for (JsonNode f : files) c.file(f);
    c.problems.addAll(TfDuplicates.check(files));
    c.problems.addAll(TfAddressFamilies.check(files));
    return List.copyOf(c.problems);
  }

  private void declare(JsonNode body) {
    body.path("variable").properties().forEach(e -> declared.add("var." + e.getKey()));
    for (JsonNode l : body.path("locals")) l.properties().forEach(e -> declared.add("local." + e.getKey()));
    body.path("module").properties().forEach(e -> declared.add("module." + e.getKey()));
    body.path("resource").properties().forEach(t -> t.getValue().properties().forEach(n -> declared.add(t.getKey() + "." + n.getKey())));
    body.path("data").properties().forEach(t -> t.getValue().properties().forEach(n -> declared.add("data." + t.getKey() + "." + n.getKey())));
  }

  private void file(JsonNode f) {
    String file = f.path("file").asText();
    if (f.has("error")) {
      problems.add(file + ": HCL syntax: " + f.path("error").asText().strip());
      return;
    }
    if (!f.path("formatted").asBoolean()) problems.add(file + ": not in `terraform fmt` style (hcl-tools format changes it)");
    JsonNode body = f.path("body");
    body.path("resource").properties().forEach(t -> t.getValue().properties().forEach(n -> {
      String at = file + ": resource " + t.getKey() + "." + n.getKey();
      JsonNode schema = TfSchema.resource(t.getKey());
      if (schema.isMissingNode()) {
        problems.add(at + ": unknown resource type '" + t.getKey() + "' in the AWS provider " + TfSchema.get().path("version").asText());
      } else {
        for (JsonNode instance : n.getValue()) block(instance, schema.path("args"), at, true);
      }
    }));
    refs(body, file);
  }

  private void block(JsonNode value, JsonNode args, String at, boolean resource) {
    value.properties().forEach(e -> {
      String k = e.getKey();
      JsonNode arg = args.path(k);
      if (arg.isMissingNode()) {
        if (!(resource && META.contains(k))) problems.add(at + ": unknown argument or block '" + k + "'" + Suggest.didYouMean(k, names(args)));
      } else if (!arg.path("block").isNull() && e.getValue().isArray()) {
        JsonNode nested = TfSchema.block(arg.path("block").asText()).path("args");
        for (JsonNode b : e.getValue()) if (b.isObject()) block(b, nested, at + "." + k, false);
      }
    });
    args.properties().forEach(e -> {
      if (e.getValue().path("required").asBoolean() && !value.has(e.getKey())) problems.add(at + ": missing required argument '" + e.getKey() + "'");
    });
  }

  private void refs(JsonNode node, String file) {
    if (node.isTextual()) {
      Matcher m = REF.matcher(node.asText());
      while (m.find()) {
        if (!node.asText().contains("${")) break;
        String head = m.group(1);
        String name = head.startsWith("data.") || head.startsWith("aws_") ? head + "." + m.group(2) : head + "." + m.group(2);
        if (!declared.contains(name)) {
          problems.add(file + ": reference " + m.group() + " does not resolve in this module (no " + name + ")");
        } else if (head.startsWith("aws_") && m.group(3) != null) {
          JsonNode r = TfSchema.resource(head);
          if (!r.isMissingNode() && !r.path("args").has(m.group(3)) && !contains(r.path("attrs"), m.group(3))) {
            problems.add(file + ": " + head + " has no attribute '" + m.group(3) + "' (in " + m.group() + ")");
          }
        }
      }
      return;
    }
    for (JsonNode child : node) refs(child, file);
  }

  private static boolean contains(JsonNode array, String s) {
    for (JsonNode n : array) if (n.asText().equals(s)) return true;
    return false;
  }

  private static Set<String> names(JsonNode args) {
    Set<String> out = new HashSet<>();
    args.properties().forEach(e -> out.add(e.getKey()));
    return out;
  }
}
