package io.vpcplan.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of many files written as a whole: everything goes into a hidden folder inside the target
 * first, and only once all of it is there does it replace what was in the target. A run that fails
 * while writing (or while reading, for a live snapshot) leaves the earlier output as it was.
 */
public final class StagedFolder implements AutoCloseable {
  private final Path target;
  private final Path staging;
  private boolean committed;

  private StagedFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  public static StagedFolder open(Path target) throws IOException {
    try {
      Files.createDirectories(target);
      return new StagedFolder(target, Files.createTempDirectory(target, ".vpcplan-staging-"));
    } catch (IOException e) {
      throw new FileProblems.CannotWriteException(target, e);
    }
  }

  /** Where to write; the same relative paths end up under the target. */
  public Path dir() {
    return staging;
  }

  /** Runs {@code beforeMove} (e.g. removing the files being replaced), then moves every staged file into place. */
  public void commit(Runnable beforeMove) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(staging)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    try {
      beforeMove.run();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path f : files) {
      Path to = target.resolve(staging.relativize(f).toString());
      try {
        Files.createDirectories(to.getParent());
        try {
          Files.move(f, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(f, to, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw new FileProblems.CannotWriteException(to, e);
      }
    }
    committed = true;
  }

  /** Removes the staging folder (whatever is left in it when the run failed). */
  @Override
  public void close() throws IOException {
    if (!Files.exists(staging)) return;
    try (Stream<Path> s = Files.walk(staging)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  public boolean committed() {
    return committed;
  }
}
