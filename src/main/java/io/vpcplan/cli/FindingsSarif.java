package io.vpcplan.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SARIF 2.1.0 for code scanning in CI: one rule per finding code, one result per finding, with
 * file/line/column when the input has them and a fingerprint from code + resources so the same
 * finding keeps its identity between runs.
 */
final class FindingsSarif {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private FindingsSarif() {}

  static String render(List<Finding> findings, String version) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FindingsJson.generator(w)) {
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "vpcplan");
      g.writeStringField("version", version);
      g.writeStringField("informationUri", "https://github.com/vpcplan/vpcplan");
      g.writeArrayFieldStart("rules");
      for (Code c : Code.values()) {
        g.writeStartObject();
        g.writeStringField("id", c.name());
        g.writeStringField("name", name(c));
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", c.description());
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(c.defaultSeverity()));
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayFieldStart("results");
      for (Finding f : findings) result(g, f);
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    return w.append('\n').toString();
  }

  private static void result(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.code().name());
    g.writeNumberField("ruleIndex", f.code().ordinal());
    g.writeStringField("level", level(f.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", f.message());
    g.writeEndObject();
    if (!f.location().file().isEmpty()) {
      g.writeArrayFieldStart("locations");
      g.writeStartObject();
      g.writeObjectFieldStart("physicalLocation");
      g.writeObjectFieldStart("artifactLocation");
      g.writeStringField("uri", uri(f.location().file()));
      g.writeEndObject();
      if (f.location().line() > 0) {
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", f.location().line());
        g.writeNumberField("startColumn", f.location().column());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField("vpcplanFinding/v1", fingerprint(f));
    g.writeEndObject();
    g.writeEndObject();
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** Relative paths stay relative (with '/'), so results resolve against the checkout. */
  static String uri(String file) {
    Path p = Path.of(file);
    if (p.isAbsolute()) return p.toUri().toString();
    return file.replace('\\', '/');
  }

  private static String name(Code c) {
    StringBuilder sb = new StringBuilder();
    for (String part : c.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
      sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return sb.toString();
  }

  private static String fingerprint(Finding f) {
    StringBuilder key = new StringBuilder(f.code().name());
    for (Resource r : f.resources()) key.append('|').append(r.kind()).append(':').append(r.id());
    if (f.range() != null) key.append('|').append(f.range());
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
