package io.vpcplan.generate.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The AWS provider's resource table, extracted once per build from @cdktn/provider-aws's .jsii
 * (150 MB) into target/tf-aws-schema.json by src/test/node/tf-schema.mjs; never committed.
 */
final class TfSchema {
  static final Path TABLE = Path.of("target/tf-aws-schema.json").toAbsolutePath();
  private static JsonNode table;

  private TfSchema() {}

  static synchronized JsonNode get() {
    if (table != null) return table;
    try {
      if (!Files.exists(TABLE)) {
        Files.createDirectories(TABLE.getParent());
        Node.run("tf-schema.mjs", TABLE.toString());
      }
      table = new ObjectMapper().readTree(TABLE.toFile());
      return table;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode resource(String type) {
    return get().path("resources").path(type);
  }

  static JsonNode block(String fqn) {
    return get().path("blocks").path(fqn);
  }
}
