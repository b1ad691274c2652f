package io.vpcplan.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.io.AtomicFiles;
import io.vpcplan.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the importer found in the original SOURCE (an LZA file's unknown keys, its templates that
 * give every account of an OU the same range …), kept beside an imported estate in
 * {@code DIR/vpcplan-source-findings.json}, so that validating the import gives the same findings
 * as validating the source. The locations still name the original file.
 */
public final class SourceFindings {
  public static final String FILE = "vpcplan-source-findings.json";
  /** Made on first use: most estates have no such file, and a mapper loads hundreds of classes. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private SourceFindings() {}

  public static void write(Path outDir, List<Finding> findings) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode list = root.putArray("SourceFindings");
    for (Finding f : findings) {
      ObjectNode n = list.addObject();
      n.put("code", f.code().name());
      n.put("severity", f.severity().label());
      n.put("message", f.message());
      if (f.range() != null) n.put("range", f.range().toString());
      n.put("file", f.location().file());
      n.put("line", f.location().line());
      n.put("column", f.location().column());
    }
    AtomicFiles.writeString(outDir.resolve(FILE), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
  }

  /** The findings kept beside the estate whose root (or aws_configs folder) is {@code dir}; none when absent. */
  static List<Finding> read(Path dir) {
    Path f = dir.resolve(FILE);
    if (!Files.isRegularFile(f) && dir.getFileName() != null && dir.getFileName().toString().equals("aws_configs")
        && dir.toAbsolutePath().getParent() != null) {
      f = dir.toAbsolutePath().getParent().resolve(FILE);
    }
    if (!Files.isRegularFile(f)) return List.of();
    List<Finding> out = new ArrayList<>();
    try {
      for (JsonNode n : Json.MAPPER.readTree(f.toFile()).path("SourceFindings")) {
        Code code;
        try {
          code = Code.valueOf(n.path("code").asText());
        } catch (IllegalArgumentException e) {
          continue; // a code of a newer vpcplan: nothing this version can say about it
        }
        Severity sev = Severity.parse(n.path("severity").asText()).orElse(code.defaultSeverity());
        Location at = new Location(n.path("file").asText(), n.path("line").asInt(), n.path("column").asInt());
        Finding fi = Finding.of(code, sev, n.path("message").asText(), at);
        out.add(n.hasNonNull("range") ? fi.withRange(Cidr.parse(n.path("range").asText())) : fi);
      }
    } catch (IOException | RuntimeException e) {
      out.add(Finding.of(Code.INVENTORY_ELEMENT, Severity.WARNING, FILE + " could not be read (" + e.getMessage()
          + "); the findings of the original source are missing: import it again", Location.of(f.toString())));
    }
    return out;
  }
}
