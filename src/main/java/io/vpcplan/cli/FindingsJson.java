package io.vpcplan.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Resource;
import io.vpcplan.model.NetworkCounts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/** Machine output: {"summary": {...}, "findings": [{code, severity, message, range, location, resources}]}. */
final class FindingsJson {
  private FindingsJson() {}

  private static final JsonFactory JSON = new JsonFactory();

  static JsonGenerator generator(Writer w) throws IOException {
    return pretty(JSON.createGenerator(w));
  }

  static JsonGenerator pretty(JsonGenerator g) {
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf));
    return g;
  }

  /** {@code below}: findings per severity hidden by --min-severity (summary.belowMinSeverity). */
  static String render(List<Finding> findings, int suppressed, int[] below, NetworkCounts counts) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = generator(w)) {
      write(g, findings, suppressed, below, counts);
    }
    return w.append('\n').toString();
  }

  /** The same bytes as {@link #render} (UTF-8), streamed: a large estate's findings are never one string. */
  static void write(OutputStream out, List<Finding> findings, int suppressed, int[] below, NetworkCounts counts)
      throws IOException {
    FindingsJsonBytes.write(out, findings, suppressed, below, counts);
  }

  static void write(JsonGenerator g, List<Finding> findings, int suppressed, int[] below, NetworkCounts counts)
      throws IOException {
    int[] n = FindingsTable.counts(findings);
    g.writeStartObject();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("errors", n[0]);
    g.writeNumberField("warnings", n[1]);
    g.writeNumberField("info", n[2]);
    g.writeNumberField("suppressed", suppressed);
    g.writeNumberField("belowMinSeverity", below[0] + below[1] + below[2]);
    if (counts != null) {
      g.writeNumberField("accounts", counts.accounts());
      g.writeNumberField("vpcs", counts.vpcs());
      g.writeNumberField("subnets", counts.subnets());
      g.writeNumberField("inspectionVpcs", counts.connectivityVpcs());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("findings");
    for (Finding f : findings) {
      g.writeStartObject();
      g.writeStringField("code", f.code().name());
      g.writeStringField("severity", f.severity().label());
      g.writeStringField("message", f.message());
      if (f.range() != null) g.writeStringField("range", f.range().toString());
      if (!f.location().file().isEmpty()) {
        g.writeObjectFieldStart("location");
        g.writeStringField("file", f.location().file());
        if (f.location().line() > 0) {
          g.writeNumberField("line", f.location().line());
          g.writeNumberField("column", f.location().column());
        }
        g.writeEndObject();
      }
      g.writeArrayFieldStart("resources");
      for (Resource r : f.resources()) {
        g.writeStartObject();
        g.writeStringField("kind", r.kind());
        g.writeStringField("id", r.id());
        if (!r.name().isEmpty()) g.writeStringField("name", r.name());
        g.writeStringField("account", r.account());
        g.writeStringField("region", r.region());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
