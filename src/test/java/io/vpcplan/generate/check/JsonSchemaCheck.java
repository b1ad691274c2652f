package io.vpcplan.generate.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A JSON Schema (networknt json-schema-validator 3.x) applied to a Jackson 2 tree. Its messages can
 * keep a literal "{1}", so each problem is built from instance location, keyword and arguments.
 */
public final class JsonSchemaCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Schema schema;

  private JsonSchemaCheck(Schema schema) {
    this.schema = schema;
  }

  public static JsonSchemaCheck of(Path schemaFile, SpecificationVersion version) {
    try {
      String text = Files.readString(schemaFile);
      return new JsonSchemaCheck(SchemaRegistry.withDefaultDialect(version).getSchema(text, InputFormat.JSON));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Problems as "/json/pointer: keyword [arguments]: message", sorted; empty when valid. */
  public List<String> validate(JsonNode instance) {
    String text;
    try {
      text = JSON.writeValueAsString(instance);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return schema.validate(text, InputFormat.JSON).stream().map(JsonSchemaCheck::describe).sorted()
        .collect(Collectors.toList());
  }

  static String describe(Error e) {
    String where = e.getInstanceLocation() == null || e.getInstanceLocation().toString().isEmpty()
        ? "/" : e.getInstanceLocation().toString();
    Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
    String argText = args.length == 0 ? "" : " " + Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    String msg = e.getMessage() == null || e.getMessage().contains("{") ? "" : ": " + e.getMessage();
    return where + ": " + e.getKeyword() + argText + msg;
  }
}
