package io.vpcplan.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vpcplan.change.RegionDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a snapshot's {@code aws_configs/<account>/<region>/*.json} back as documents, for the change set. */
public final class SnapshotDocs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SnapshotDocs() {}

  public static List<RegionDocs> read(Path configsDir) throws IOException {
    List<RegionDocs> out = new ArrayList<>();
    if (!Files.isDirectory(configsDir)) return out;
    for (Path account : sorted(configsDir)) {
      if (!Files.isDirectory(account)) continue;
      for (Path region : sorted(account)) {
        if (!Files.isDirectory(region)) continue;
        Map<String, JsonNode> docs = new HashMap<>();
        for (Path f : sorted(region)) {
          if (!f.getFileName().toString().endsWith(".json")) continue;
          JsonNode root = JSON.readTree(f.toFile());
          root.properties().forEach(e -> {
            if (e.getValue().isArray()) docs.put(e.getKey(), e.getValue());
          });
        }
        out.add(new RegionDocs(account.getFileName().toString(), region.getFileName().toString(), docs));
      }
    }
    return out;
  }

  private static List<Path> sorted(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
