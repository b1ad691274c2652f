package io.vpcplan.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a set of generated files into a folder as one step: every file is first written into a
 * staging folder inside it, and only when all are written are they moved into place (each move
 * atomic). A file whose content is unchanged is not touched (same bytes, same mtime). Files the
 * tool did not write are never deleted; files it wrote last time (listed in the manifest) and no
 * longer generates are removed.
 */
public final class FolderWriter {
  public static final String MANIFEST = ".vpcplan-generated";

  private FolderWriter() {}

  /** What happened to each file. */
  public record Result(List<String> written, List<String> unchanged, List<String> removed) {}

  public static Result write(Path dir, Map<String, String> files) throws IOException {
    Files.createDirectories(dir);
    Path staging = Files.createTempDirectory(dir, ".vpcplan-staging-");
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    try {
      for (Map.Entry<String, String> e : files.entrySet()) {
        byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
        Path target = dir.resolve(e.getKey());
        if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
          unchanged.add(e.getKey());
          continue;
        }
        Path staged = staging.resolve(e.getKey());
        Files.createDirectories(staged.getParent());
        Files.write(staged, bytes);
        written.add(e.getKey());
      }
      for (String p : written) {
        Path target = dir.resolve(p);
        Files.createDirectories(target.getParent());
        try {
          Files.move(staging.resolve(p), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException ex) {
          Files.move(staging.resolve(p), target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      deleteTree(staging);
    }
    List<String> removed = new ArrayList<>();
    for (String old : readManifest(dir)) {
      if (!files.containsKey(old) && Files.isRegularFile(dir.resolve(old))) {
        Files.delete(dir.resolve(old));
        removed.add(old);
      }
    }
    AtomicFiles.writeString(dir.resolve(MANIFEST), String.join("\n", new TreeSet<>(files.keySet())) + "\n");
    return new Result(written, unchanged, removed);
  }

  private static List<String> readManifest(Path dir) throws IOException {
    Path m = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(m)) return List.of();
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(m, StandardCharsets.UTF_8)) {
      String p = line.strip();
      if (!p.isEmpty() && !p.contains("..") && !p.startsWith("/")) out.add(p);
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
