package io.vpcplan.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a command asks of the source pipeline.
 *
 * @param paths the SOURCE arguments, in the order given
 * @param account account of a single describe-* file (null: from the file or folder)
 * @param region region of a single describe-* file (null: from the file or folder)
 * @param settings values for LZA {@code {{ NAME }}} placeholders ({@code --set NAME=VALUE})
 * @param topology for a design: recommended, none, full-mesh, intent-mesh, tgw-hub or hybrid
 * @param designs whether a design may be a SOURCE (import and plan --against take estates only)
 * @param traffic a traffic file replacing the intents' volumes (compare), or null
 */
public record SourceRequest(List<Path> paths, String account, String region, Map<String, String> settings,
    String topology, boolean designs, Path traffic) {
  public SourceRequest {
    paths = List.copyOf(paths);
    settings = settings == null ? Map.of() : Map.copyOf(settings);
    if (topology == null) topology = Topologies.RECOMMENDED;
  }

  public static SourceRequest of(List<Path> paths) {
    return new SourceRequest(paths, null, null, Map.of(), Topologies.RECOMMENDED, true, null);
  }

  public SourceRequest withPaths(List<Path> more) {
    return new SourceRequest(more, account, region, settings, topology, designs, traffic);
  }

  public SourceRequest estatesOnly() {
    return new SourceRequest(paths, account, region, settings, topology, false, traffic);
  }
}
