package io.vpcplan.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Writes a set of generated files into a folder as one step: every file is first written into a
 * staging folder inside it, and only when all are written are they moved into place (each move
 * atomic). A file whose content is unchanged is not touched (same bytes, same mtime). Files the
 * tool did not write are never deleted nor overwritten (unless the caller says replace); files it
 * wrote last time (listed in the manifest) and no longer generates are removed. The manifest's first
 * line names whose output the folder holds, so another owner's output is not taken for stale.
 */
public final class FolderWriter {
  public static final String MANIFEST = ".vpcplan-generated";
  private static final String OWNER = "# vpcplan generate: ";

  private FolderWriter() {}

  /** What happened to each file. */
  public record Result(List<String> written, List<String> unchanged, List<String> removed) {}

  /** Whose output a folder holds, e.g. target "terraform", plan "startup". */
  public record Owner(String target, String plan) {
    String line() {
      return OWNER + "--target " + target + " plan " + plan;
    }

    static java.util.Optional<Owner> parse(String line) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(OWNER)
          + "--target (\\S+) plan (.+)").matcher(line.strip());
      return m.matches() ? java.util.Optional.of(new Owner(m.group(1), m.group(2))) : java.util.Optional.empty();
    }

    @Override
    public String toString() {
      return "the " + target + " output of plan '" + plan + "'";
    }
  }

  /** The files a folder holds that vpcplan could not have written (or not for this run); nothing was changed. */
  public static final class WouldOverwriteException extends IOException {
    private final List<String> paths;

    WouldOverwriteException(List<String> paths) {
      super(paths.size() + " file(s) vpcplan did not write would be overwritten: " + String.join(", ", paths));
      this.paths = List.copyOf(paths);
    }

    public List<String> paths() {
      return paths;
    }
  }

  public static Result write(Path dir, Map<String, String> files) throws IOException {
    try (Session s = open(dir)) {
      for (Map.Entry<String, String> e : files.entrySet()) s.add(e.getKey(), e.getValue());
      return s.commit();
    }
  }

  /** Starts writing a folder file by file: nothing is in place until {@link Session#commit()}. */
  public static Session open(Path dir) throws IOException {
    return open(dir, null, true);
  }

  /**
   * As {@link #open(Path)}, recording {@code owner} in the manifest. Without {@code replace}, commit
   * refuses (changing nothing) when a file the last run did not write would be overwritten.
   */
  public static Session open(Path dir, Owner owner, boolean replace) throws IOException {
    Files.createDirectories(dir);
    return new Session(dir, Files.createTempDirectory(dir, ".vpcplan-staging-"), owner, replace);
  }

  /** Whose output DIR holds, by its manifest: empty when there is none, or one from before owners were recorded. */
  public static java.util.Optional<Owner> owner(Path dir) throws IOException {
    Path m = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(m)) return java.util.Optional.empty();
    List<String> lines = Files.readAllLines(m, StandardCharsets.UTF_8);
    return lines.isEmpty() ? java.util.Optional.empty() : Owner.parse(lines.get(0));
  }

  /** The files of DIR's manifest that are there. */
  public static List<String> recorded(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    for (String p : readManifest(dir)) if (Files.isRegularFile(dir.resolve(p))) out.add(p);
    return out;
  }

  /**
   * One folder being written: each file is compared and staged as it comes, so the caller need
   * not hold every file at once; {@link #commit()} moves the staged files into place; closing
   * without a commit leaves the folder as it was. Files are compared and staged on one thread of
   * the session's own, beside the caller: creating thousands of files is mostly kernel time (a
   * 15,000-file Terraform tree: about 5 s), which then overlaps the generating. A few files at
   * most wait in between; the first failure is thrown by the next add, or by commit.
   */
  public static final class Session implements AutoCloseable {
    private static final int WAITING = 16;
    private final Path dir;
    private final Path staging;
    private final Owner owner;
    private final boolean replace;
    private final Set<String> before;
    private final Set<String> paths = new TreeSet<>();
    private final List<String> written = new ArrayList<>();
    private final List<String> foreign = new ArrayList<>();
    private final List<String> unchanged = new ArrayList<>();
    private final ExecutorService stager = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "vpcplan-stager");
      t.setDaemon(true);
      return t;
    });
    private final Semaphore room = new Semaphore(WAITING);
    private volatile Throwable failure;
    private boolean drained;

    private Session(Path dir, Path staging, Owner owner, boolean replace) throws IOException {
      this.dir = dir;
      this.staging = staging;
      this.owner = owner;
      this.replace = replace;
      this.before = Set.copyOf(readManifest(dir));
    }

    public void add(String path, String content) throws IOException {
      if (!paths.add(path)) throw new IllegalStateException("generated twice: " + path);
      rethrow();
      room.acquireUninterruptibly();
      stager.execute(() -> {
        try {
          if (failure == null) stage(path, content);
        } catch (IOException | RuntimeException | Error e) {
          if (failure == null) failure = e;
        } finally {
          room.release();
        }
      });
    }

    /** Runs on the stager thread only (written and unchanged are its own until drained). */
    private void stage(String path, String content) throws IOException {
      byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
      Path target = dir.resolve(path);
      if (Files.isRegularFile(target) && Files.size(target) == bytes.length
          && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
        unchanged.add(path);
        return;
      }
      if (Files.exists(target) && !before.contains(path)) foreign.add(path); // not ours: never overwritten silently
      Path staged = staging.resolve(path);
      Files.createDirectories(staged.getParent());
      Files.write(staged, bytes);
      written.add(path);
    }

    /** Waits for every staged file; after it, only this thread touches the session. */
    private void drain() throws IOException {
      if (drained) return;
      drained = true;
      stager.shutdown();
      try {
        while (!stager.awaitTermination(1, TimeUnit.MINUTES)) {
          // a slow disk: keep waiting, the files must be there or gone before we go on
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stager.shutdownNow();
        throw new InterruptedIOException("interrupted while writing " + dir);
      }
    }

    private void rethrow() throws IOException {
      Throwable t = failure;
      if (t instanceof IOException e) throw e;
      if (t instanceof RuntimeException e) throw e;
      if (t instanceof Error e) throw e;
    }

    /** Moves the staged files into place, removes what the last run wrote and this one did not, writes the manifest. */
    public Result commit() throws IOException {
      drain();
      rethrow();
      if (!replace && !foreign.isEmpty()) {
        Collections.sort(foreign);
        throw new WouldOverwriteException(foreign);
      }
      Collections.sort(written);
      Collections.sort(unchanged);
      for (String p : written) {
        Path target = dir.resolve(p);
        Files.createDirectories(target.getParent());
        try {
          Files.move(staging.resolve(p), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException ex) {
          Files.move(staging.resolve(p), target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      deleteTree(staging);
      List<String> removed = new ArrayList<>();
      for (String old : readManifest(dir)) {
        if (!paths.contains(old) && Files.isRegularFile(dir.resolve(old))) {
          Files.delete(dir.resolve(old));
          removed.add(old);
        }
      }
      AtomicFiles.writeString(dir.resolve(MANIFEST), (owner == null ? "" : owner.line() + "\n") + String.join("\n", paths) + "\n");
      return new Result(List.copyOf(written), List.copyOf(unchanged), removed);
    }

    @Override
    public void close() throws IOException {
      try {
        drain();
      } finally {
        deleteTree(staging);
      }
    }
  }

  private static List<String> readManifest(Path dir) throws IOException {
    Path m = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(m)) return List.of();
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(m, StandardCharsets.UTF_8)) {
      String p = line.strip();
      if (!p.isEmpty() && !p.startsWith("#") && !p.contains("..") && !p.startsWith("/")) out.add(p);
    }
    return out;
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
    }
  }
}
