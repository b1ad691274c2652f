package io.vpcplan.aws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vpcplan.io.AtomicFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Beside the lock: which AWS resource realises each planned id, in which account and region.
 * Written atomically after every step, so an interrupted apply leaves a true record; rebuilt from
 * the ownership tags when lost. It holds ids only: never credentials.
 */
public final class StateFile {
  public static final int VERSION = 1;

  /** One line of the state: the AWS id of a planned id, its type and place. */
  public record Entry(String id, String type, String account, String region) {}

  private StateFile() {}

  /** {@code designs/acme.yaml} → {@code designs/acme.state.json}. */
  public static Path beside(Path design) {
    String f = design.getFileName().toString();
    int dot = f.lastIndexOf('.');
    return design.resolveSibling((dot > 0 ? f.substring(0, dot) : f) + ".state.json");
  }

  /** The planned ids the file lists; empty when there is no file (a first run, or a lost one). */
  public static Map<String, Entry> read(Path file) throws IOException {
    Map<String, Entry> out = new TreeMap<>();
    if (!Files.exists(file)) return out;
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    root.path("resources").properties().forEach(e -> out.put(e.getKey(), new Entry(e.getValue().path("id").asText(),
        e.getValue().path("type").asText(), e.getValue().path("account").asText(), e.getValue().path("region").asText())));
    return out;
  }

  public static void write(Path file, String plan, Map<String, Entry> entries) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("version", VERSION);
      g.writeStringField("plan", plan);
      g.writeObjectFieldStart("resources");
      for (Map.Entry<String, Entry> e : new TreeMap<>(entries).entrySet()) {
        g.writeObjectFieldStart(e.getKey());
        g.writeStringField("id", e.getValue().id());
        g.writeStringField("type", e.getValue().type());
        g.writeStringField("account", e.getValue().account());
        g.writeStringField("region", e.getValue().region());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    AtomicFiles.writeString(file, w + "\n");
  }
}
