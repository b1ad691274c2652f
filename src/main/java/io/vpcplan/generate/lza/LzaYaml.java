package io.vpcplan.generate.lza;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The YAML LZA reads: no document marker, list items indented under their key as in LZA's own
 * configs, quotes only where YAML needs them, and strings that look like numbers (account ids)
 * quoted so they stay strings. Key order is insertion order, so output is deterministic.
 */
final class LzaYaml {
  static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build());

  private LzaYaml() {}

  static String write(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write YAML: " + e.getMessage(), e);
    }
  }

  /**
   * The same YAML as {@link #write} of the whole tree, written a part at a time: the root object's
   * fields, and an array whose items are handed over one by one.
   */
  static final class Writer {
    private final StringWriter text = new StringWriter(1 << 16);
    private final JsonGenerator gen;

    Writer() {
      try {
        gen = MAPPER.createGenerator(text);
        gen.writeStartObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Every field of {@code o}, in order, as fields of the root. */
    void fields(ObjectNode o) {
      try {
        for (Map.Entry<String, JsonNode> e : o.properties()) {
          gen.writeFieldName(e.getKey());
          MAPPER.writeTree(gen, e.getValue());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void startArray(String name) {
      try {
        gen.writeArrayFieldStart(name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void node(JsonNode n) {
      try {
        MAPPER.writeTree(gen, n);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void endArray() {
      try {
        gen.writeEndArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String finish() {
      try {
        gen.writeEndObject();
        gen.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return text.toString();
    }
  }

  /** LZA tags: a list of {key, value}, in the map's (sorted) order. */
  static ArrayNode tags(Map<String, String> tags) {
    ArrayNode a = F.arrayNode();
    for (Map.Entry<String, String> e : tags.entrySet()) a.addObject().put("key", e.getKey()).put("value", e.getValue());
    return a;
  }
}
