package io.vpcplan.generate.check;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A CloudFormation template (YAML or JSON) as a Jackson tree, short-form tags ({@code !Ref},
 * {@code !GetAtt a.b}, {@code !Sub}, ...) turned into their long form, with the line of every path.
 */
public final class CfnYaml {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Set<String> FN = Set.of("Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs", "ImportValue",
      "Join", "Select", "Split", "Sub", "Transform", "And", "Equals", "If", "Not", "Or", "ToJsonString", "Length");

  public final JsonNode root;
  final Map<String, Integer> lines = new HashMap<>();

  private CfnYaml(String text) throws IOException {
    try (JsonParser p = new YAMLFactory().createParser(text)) {
      if (p.nextToken() == null) throw new IOException("the template is empty");
      root = read((YAMLParser) p, "");
    }
  }

  /** Parses; throws IOException with the parser's message (and line) when not well-formed. */
  public static CfnYaml parse(String text) throws IOException {
    return new CfnYaml(text);
  }

  String at(String path) {
    Integer line = lines.get(path);
    return line == null ? path : path + " (line " + line + ")";
  }

  private JsonNode read(YAMLParser p, String path) throws IOException {
    lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
    String tag = p.getTypeId();
    JsonNode value = switch (p.currentToken()) {
      case START_OBJECT -> readObject(p, path);
      case START_ARRAY -> readArray(p, path);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> F.numberNode(p.getDecimalValue());
      case VALUE_TRUE, VALUE_FALSE -> F.booleanNode(p.getBooleanValue());
      case VALUE_NULL -> F.nullNode();
      default -> F.textNode(p.getText());
    };
    return tag == null ? value : expand(tag, value);
  }

  private ObjectNode readObject(YAMLParser p, String path) throws IOException {
    ObjectNode o = F.objectNode();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      String child = path.isEmpty() ? key : path + "." + key;
      lines.putIfAbsent(child, p.currentTokenLocation().getLineNr());
      p.nextToken();
      if (o.has(key)) throw new IOException(child + " (line " + lines.get(child) + "): duplicate key");
      o.set(key, read(p, child));
    }
    return o;
  }

  private ArrayNode readArray(YAMLParser p, String path) throws IOException {
    ArrayNode a = F.arrayNode();
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) a.add(read(p, path + "[" + i++ + "]"));
    return a;
  }

  private static JsonNode expand(String tag, JsonNode value) throws IOException {
    if (tag.equals("Ref") || tag.equals("Condition")) return F.objectNode().set(tag, value);
    if (!FN.contains(tag)) {
      if (tag.startsWith("tag:yaml.org,2002:")) return value;
      throw new IOException("unknown YAML tag !" + tag + "; CloudFormation knows !Ref, !Condition and !" + String.join(", !", FN));
    }
    if (tag.equals("GetAtt") && value.isTextual()) {
      String s = value.asText();
      int dot = s.indexOf('.');
      ArrayNode pair = F.arrayNode().add(dot < 0 ? s : s.substring(0, dot)).add(dot < 0 ? "" : s.substring(dot + 1));
      return F.objectNode().set("Fn::GetAtt", pair);
    }
    return F.objectNode().set("Fn::" + tag, value);
  }
}
