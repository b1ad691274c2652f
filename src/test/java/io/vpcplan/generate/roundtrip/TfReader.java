package io.vpcplan.generate.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcplan.generate.check.HclParser;
import io.vpcplan.generate.roundtrip.Res.Ref;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads generated Terraform back, one root module per account: HashiCorp's HCL parser (through
 * src/test/node) gives each file's JSON; the README names the account and says which module's output
 * fills each input variable; "aws_x.y" names a resource of the same module, "var.v" follows the
 * README to the producing module's output expression. Inputs set by hand are external.
 */
final class TfReader {
  private static final Pattern REF = Pattern.compile("\\b(?:(data\\.)?(aws_[a-z0-9_]+)\\.([A-Za-z0-9_-]+)|var\\.([A-Za-z0-9_]+))");
  private static final Pattern ACCOUNT = Pattern.compile("(?m)^# Account (\\S+)");
  private static final Pattern INPUT = Pattern.compile("(?m)^\\| `([a-z0-9_]+)` \\| output `([a-z0-9_]+)` of `\\.\\./([^`]+)` \\|");

  /** One root module: its account, providers (alias → region), wired inputs (variable → module, output), parsed files. */
  private record Module(String name, String account, Map<String, String> regions, Map<String, String[]> inputs,
      JsonNode merged) {}

  private final Map<String, Module> modules = new TreeMap<>();
  final List<Res> resources = new ArrayList<>();
  final Map<String, Integer> ignored = new TreeMap<>();

  /** Writes the generated files under {@code dir} and parses each module folder once: module → [file bodies]. */
  static Map<String, List<JsonNode>> parse(Map<String, String> files, Path dir) {
    try {
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path p = dir.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue());
      }
      Map<String, List<JsonNode>> out = new TreeMap<>();
      ObjectMapper json = new ObjectMapper();
      for (String module : files.keySet().stream().filter(f -> f.endsWith(".tf") && f.contains("/"))
          .map(f -> f.substring(0, f.indexOf('/'))).distinct().toList()) {
        List<JsonNode> bodies = new ArrayList<>();
        for (JsonNode f : json.readTree(HclParser.parse(dir.resolve(module)))) {
          if (f.has("error")) throw new IllegalStateException(module + "/" + f.path("file").asText() + ": " + f.get("error").asText());
          bodies.add(f.get("body"));
        }
        out.put(module, bodies);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code bodies}: module → parsed files; {@code files}: the generated files, for each module's README. */
  static TfReader read(Map<String, List<JsonNode>> bodies, Map<String, String> files) {
    TfReader r = new TfReader();
    for (Map.Entry<String, List<JsonNode>> e : bodies.entrySet()) {
      String readme = files.getOrDefault(e.getKey() + "/README.md", "");
      Matcher a = ACCOUNT.matcher(readme);
      if (!a.find()) throw new IllegalArgumentException(e.getKey() + "/README.md does not name the account");
      Map<String, String[]> inputs = new LinkedHashMap<>();
      Matcher in = INPUT.matcher(readme);
      while (in.find()) inputs.put(in.group(1), new String[] {in.group(3), in.group(2)});
      ObjectNode merged = new ObjectMapper().createObjectNode();
      for (JsonNode b : e.getValue()) {
        Iterator<Map.Entry<String, JsonNode>> it = b.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> block = it.next();
          ObjectNode into = merged.has(block.getKey()) ? (ObjectNode) merged.get(block.getKey())
              : merged.putObject(block.getKey());
          deepMerge(into, block.getValue());
        }
      }
      Map<String, String> regions = new TreeMap<>();
      for (JsonNode p : merged.path("provider").path("aws")) regions.put(p.path("alias").asText(""), p.path("region").asText());
      r.modules.put(e.getKey(), new Module(e.getKey(), a.group(1), regions, inputs, merged));
    }
    for (Module m : r.modules.values()) {
      r.readBlocks(m, m.merged().path("resource"), "");
      r.readBlocks(m, m.merged().path("data"), "data.");
    }
    return r;
  }

  private static void deepMerge(ObjectNode into, JsonNode from) {
    Iterator<Map.Entry<String, JsonNode>> it = from.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (into.has(e.getKey()) && into.get(e.getKey()).isObject() && e.getValue().isObject()) {
        deepMerge((ObjectNode) into.get(e.getKey()), e.getValue());
      } else {
        into.set(e.getKey(), e.getValue());
      }
    }
  }

  private void readBlocks(Module m, JsonNode byType, String prefix) {
    Iterator<Map.Entry<String, JsonNode>> types = byType.fields();
    while (types.hasNext()) {
      Map.Entry<String, JsonNode> t = types.next();
      TfTypes.Mapping mapping = TfTypes.of(prefix + t.getKey());
      Iterator<Map.Entry<String, JsonNode>> names = t.getValue().fields();
      while (names.hasNext()) {
        Map.Entry<String, JsonNode> n = names.next();
        if (mapping == null) {
          ignored.merge(prefix + t.getKey(), 1, Integer::sum);
          continue;
        }
        JsonNode body = n.getValue().get(0);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : mapping.fields().entrySet()) {
          for (String arg : f.getValue().split("\\|")) {
            JsonNode v = body.path(arg);
            if (!v.isMissingNode() && !v.isNull()) {
              fields.put(f.getKey(), value(m, v));
              break;
            }
          }
        }
        Map<String, String> tags = new TreeMap<>();
        body.path("tags").fields().forEachRemaining(x -> tags.put(x.getKey(), x.getValue().asText()));
        String alias = body.path("provider").asText("").replaceAll("^\\$\\{aws\\.?|}$", "");
        resources.add(new Res(key(m.name(), prefix + t.getKey() + "." + n.getKey()), mapping.kind(), m.account(),
            m.regions().getOrDefault(alias, ""), tags, fields));
      }
    }
  }

  private static String key(String module, String address) {
    return module + "!" + address;
  }

  private Object value(Module m, JsonNode v) {
    if (v.isArray()) {
      List<Object> out = new ArrayList<>();
      for (JsonNode x : v) out.add(value(m, x));
      return out;
    }
    String s = v.asText();
    if (!v.isTextual() || !s.contains("${")) return s;
    Ref r = resolve(m, s, 0);
    return r == null ? s : r;
  }

  /** The first resource or variable an expression names. */
  private Ref resolve(Module m, String expr, int depth) {
    if (depth > 16) throw new IllegalStateException("input chain too deep in module " + m.name());
    Matcher x = REF.matcher(expr);
    if (!x.find()) return null;
    if (x.group(4) == null) return new Ref(key(m.name(), (x.group(1) == null ? "" : "data.") + x.group(2) + "." + x.group(3)));
    String var = x.group(4);
    String[] from = m.inputs().get(var);
    Module producer = from == null ? null : modules.get(from[0]);
    JsonNode out = producer == null ? null : producer.merged().path("output").path(from[1]).path(0).path("value");
    if (out != null && out.isTextual()) return resolve(producer, out.asText(), depth + 1);
    return new Ref("external:" + m.merged().path("variable").path(var).path(0).path("description").asText(var));
  }
}
