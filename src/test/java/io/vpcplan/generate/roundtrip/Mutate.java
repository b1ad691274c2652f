package io.vpcplan.generate.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/** Negative controls: one resource deleted from a parsed artifact, in memory. */
final class Mutate {
  private Mutate() {}

  /** Deletes the first CloudFormation resource (by path, then logical id) of {@code type} whose logical id and properties match; returns its logical id. */
  static String dropCfn(Map<String, JsonNode> docs, String type, BiPredicate<String, JsonNode> properties) {
    for (JsonNode doc : docs.values()) {
      ObjectNode resources = doc.path("Resources") instanceof ObjectNode o ? o : null;
      if (resources == null) continue;
      Iterator<Map.Entry<String, JsonNode>> it = resources.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().path("Type").asText().equals(type) && properties.test(e.getKey(), e.getValue().path("Properties"))) {
          it.remove();
          return e.getKey();
        }
      }
    }
    throw new AssertionError("no " + type + " to delete");
  }

  /** Deletes the first Terraform resource of {@code type} whose name and arguments match (modules and files in order); returns its name. */
  static String dropTf(Map<String, List<JsonNode>> bodies, String type, BiPredicate<String, JsonNode> arguments) {
    for (List<JsonNode> files : bodies.values()) {
      for (JsonNode f : files) {
        if (!(f.path("resource").path(type) instanceof ObjectNode byName)) continue;
        Iterator<Map.Entry<String, JsonNode>> it = byName.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          if (arguments.test(e.getKey(), e.getValue().path(0))) {
            it.remove();
            return e.getKey();
          }
        }
      }
    }
    throw new AssertionError("no " + type + " to delete");
  }
}
