package io.vpcplan.source;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * An estate (aws_configs folders, describe-* files) read on a thread of its own from the moment
 * the command is seen, while picocli builds and parses the command line; {@link SourcePipeline#load}
 * of the same plain request takes the result, errors included. Only describe-style SOURCEs: they
 * are only read; anything else (a design, an LZA config, a path that is not there) is left to the
 * command's own load, so what it does and reports, in what order, stays as it was.
 */
final class EarlyEstate {
  static volatile FutureTask<Loaded> early; // package-visible: tests wait for it
  private static volatile List<Path> earlyPaths;

  private EarlyEstate() {}

  static void start(List<Path> paths) {
    FutureTask<Loaded> t = new FutureTask<>(() -> read(paths));
    earlyPaths = List.copyOf(paths);
    early = t;
    Thread th = new Thread(t, "estate-preload");
    th.setDaemon(true);
    th.start();
  }

  /** null: none was started for this request, or it was not an estate; read it on the spot. */
  static Loaded take(SourceRequest req) {
    FutureTask<Loaded> t = early;
    if (t == null || !plain(req) || !req.paths().equals(earlyPaths)) return null;
    early = null;
    try {
      return t.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r; // the same located error a load here throws
      if (e.getCause() instanceof Error r) throw r;
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static Loaded read(List<Path> paths) {
    for (Path p : paths) {
      try {
        if (SourceFiles.kind(p) != SourceKind.DESCRIBE) return null;
      } catch (RuntimeException e) {
        return null; // the command's load reports it, after what comes before it
      }
    }
    return SourcePipeline.loadNow(SourceRequest.of(paths));
  }

  /** The request a SOURCE list with no source options makes (fields compared one by one, not by record equals). */
  private static boolean plain(SourceRequest r) {
    return r.account() == null && r.region() == null && r.settings().isEmpty() && r.designs() && r.traffic() == null
        && Topologies.RECOMMENDED.equals(r.topology());
  }
}
