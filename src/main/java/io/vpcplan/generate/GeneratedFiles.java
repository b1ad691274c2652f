package io.vpcplan.generate;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a generator produced: relative path (with '/' separators) → content, sorted by path so
 * that writing and listing are deterministic.
 */
public record GeneratedFiles(Map<String, String> files) {
  public GeneratedFiles {
    TreeMap<String, String> sorted = new TreeMap<>(files);
    for (String p : sorted.keySet()) checkPath(p);
    files = Collections.unmodifiableMap(sorted);
  }

  /** Refuses a path that could leave the output folder. */
  public static String checkPath(String p) {
    if (p.isEmpty() || p.startsWith("/") || p.contains("\\") || p.contains("..") || p.contains("//")) {
      throw new IllegalArgumentException("not a safe relative path: '" + p + "'");
    }
    return p;
  }

  /** Takes generated files one by one, as they are made (the folder writer stages each at once). */
  @FunctionalInterface
  public interface Sink {
    void add(String path, String content);
  }

  /** Builds the map in any order. */
  public static final class Builder {
    private final Map<String, String> files = new TreeMap<>();

    public Builder add(String path, String content) {
      if (files.putIfAbsent(path, content) != null) throw new IllegalStateException("generated twice: " + path);
      return this;
    }

    public GeneratedFiles build() {
      return new GeneratedFiles(files);
    }
  }
}
