package io.vpcplan.aws;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Turns SDK model objects into the JSON the AWS CLI prints for them. The SDK's field metadata
 * carries the same member names (PascalCase) in the same order as the service model the CLI
 * reads, so walking it reproduces {@code aws ec2 describe-*} output without a hand-kept mapping.
 * Absent members are left out, as the CLI does; tags are sorted by key so output is stable.
 */
public final class CliJson {
  private CliJson() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  // Python's isoformat() on a UTC datetime, which the CLI v2 prints: seconds, micros only when set.
  private static final DateTimeFormatter WHOLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
  private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");
  private static final ObjectWriter WRITER = new ObjectMapper()
      .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .writer(printer());

  public static ObjectNode object(SdkPojo pojo) {
    ObjectNode node = NODES.objectNode();
    for (SdkField<?> field : pojo.sdkFields()) {
      JsonNode value = value(field.getValueOrDefault(pojo));
      if (value != null) node.set(field.memberName(), value);
    }
    JsonNode tags = node.get("Tags");
    if (tags instanceof ArrayNode arr) sortBy(arr, List.of("Key"));
    return node;
  }

  static JsonNode value(Object v) {
    if (v == null || v instanceof SdkAutoConstructList || v instanceof SdkAutoConstructMap) return null;
    if (v instanceof String s) return NODES.textNode(s);
    if (v instanceof Boolean b) return NODES.booleanNode(b);
    if (v instanceof Integer || v instanceof Long || v instanceof Short) return NODES.numberNode(((Number) v).longValue());
    if (v instanceof Double || v instanceof Float) return NODES.numberNode(((Number) v).doubleValue());
    if (v instanceof BigDecimal d) return NODES.numberNode(d);
    if (v instanceof Instant i) return NODES.textNode(timestamp(i));
    if (v instanceof SdkBytes b) return NODES.textNode(Base64.getEncoder().encodeToString(b.asByteArray()));
    if (v instanceof SdkPojo p) return object(p);
    if (v instanceof List<?> list) {
      ArrayNode arr = NODES.arrayNode(list.size());
      for (Object e : list) {
        JsonNode j = value(e);
        if (j != null) arr.add(j);
      }
      return arr;
    }
    if (v instanceof Map<?, ?> map) {
      ObjectNode o = NODES.objectNode();
      for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
        JsonNode j = value(e.getValue());
        if (j != null) o.set(String.valueOf(e.getKey()), j);
      }
      return o;
    }
    return NODES.textNode(String.valueOf(v));
  }

  static String timestamp(Instant i) {
    var t = i.atOffset(ZoneOffset.UTC);
    return (t.getNano() == 0 ? WHOLE : MICROS).format(t);
  }

  /** Sorts array elements by the text of the given members, in order; absent members sort first. */
  public static void sortBy(ArrayNode arr, List<String> keys) {
    List<JsonNode> items = new ArrayList<>(arr.size());
    arr.forEach(items::add);
    Comparator<JsonNode> cmp = null;
    for (String k : keys) {
      Comparator<JsonNode> c = Comparator.comparing(n -> n.path(k).asText(""));
      cmp = cmp == null ? c : cmp.thenComparing(c);
    }
    if (cmp == null) return;
    items.sort(cmp);
    arr.removeAll();
    arr.addAll(items);
  }

  /** One describe-* document: {@code {"Key": [...]}}, pretty-printed like the CLI, newline at the end. */
  public static void write(OutputStream out, String key, ArrayNode items) throws IOException {
    ObjectNode root = NODES.objectNode();
    root.set(key, items);
    WRITER.writeValue(out, root);
    out.write('\n');
  }

  public static String toText(JsonNode node) throws IOException {
    return WRITER.writeValueAsString(node) + "\n";
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indent = new DefaultIndenter("    ", "\n");
    Separators seps = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(seps).withObjectIndenter(indent).withArrayIndenter(indent);
  }
}
