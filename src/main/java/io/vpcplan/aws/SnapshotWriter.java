package io.vpcplan.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.vpcplan.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes one account-region as {@code aws_configs/<account>/<region>/<file>.json}, the layout the
 * describe-* importer (and Batfish) reads. Each file is written atomically. Files of ours that this
 * run did not produce are removed, so a folder never mixes this snapshot with an older one.
 * Safe to call from several threads for different account-regions.
 */
public final class SnapshotWriter {
  public static final String CONFIGS = "aws_configs";

  private final Path configsDir;

  public SnapshotWriter(Path outDir) {
    this.configsDir = outDir.resolve(CONFIGS);
  }

  public Path configsDir() {
    return configsDir;
  }

  public Path regionDir(AccountRegion where) {
    return configsDir.resolve(where.account()).resolve(where.region());
  }

  void write(AccountRegion where, Map<Ec2Call, ArrayNode> documents) throws IOException {
    writeFiles(regionDir(where), Ec2Calls.ALL, Ec2Call::file, Ec2Call::key, documents);
  }

  /** Each call's list as its file (atomically); a file of ours that this run did not produce is removed. */
  static <C> void writeFiles(Path dir, java.util.List<C> calls, java.util.function.Function<C, String> file,
      java.util.function.Function<C, String> key, Map<C, ArrayNode> documents) throws IOException {
    for (C call : calls) {
      Path f = dir.resolve(file.apply(call));
      ArrayNode items = documents.get(call);
      if (items != null) {
        AtomicFiles.write(f, out -> CliJson.write(out, key.apply(call), items));
      } else {
        Files.deleteIfExists(f);
      }
    }
  }

  /** Removes region and account folders left empty; run once, after every writer has finished. */
  void pruneEmpty(Iterable<AccountRegion> written) throws IOException {
    for (AccountRegion where : written) {
      Path dir = regionDir(where);
      removeIfEmpty(dir);
      removeIfEmpty(dir.getParent());
    }
  }

  private static void removeIfEmpty(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return;
    try (var s = Files.list(dir)) {
      if (s.findAny().isPresent()) return;
    }
    Files.deleteIfExists(dir);
  }
}
