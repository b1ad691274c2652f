package io.vpcplan.cli;

import io.vpcplan.aws.LiveSnapshot;
import io.vpcplan.aws.SnapshotResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code --live} for validate and import: read live accounts through the SDK into an aws_configs
 * snapshot (the same files `snapshot` writes), then hand that folder to the file importer, so
 * there is one path from AWS JSON to the Network. Account-regions that could not be read are
 * reported on stderr; the others go on.
 */
final class LiveRead {
  private LiveRead() {}

  /** Snapshots into {@code dir}; the result names its aws_configs folder and what was not read. */
  static SnapshotResult into(Path dir, LiveOptions live, PrintWriter err) {
    SnapshotResult r = new LiveSnapshot(live.toConfig(), ProgressBar.forTerminal(err)).run(dir);
    if (!r.allOk()) {
      err.print(SnapshotReport.table(r));
      err.println("warning: some account-regions were not read completely; the findings cover what was read");
    }
    err.flush();
    return r;
  }

  /** A temporary snapshot folder, removed by {@link #delete}. */
  static Path tempDir() throws IOException {
    return Files.createTempDirectory("vpcplan-live-");
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
