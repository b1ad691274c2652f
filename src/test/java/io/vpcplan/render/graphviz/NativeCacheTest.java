package io.vpcplan.render.graphviz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded engine's native library goes under the user's cache directory, not into $HOME. */
class NativeCacheTest {
  @TempDir Path dir;

  @Test
  void xdgCacheHomeWinsOverTheHomeDirectory() {
    assertThat(NativeCache.directory(Map.of("XDG_CACHE_HOME", "/var/cache/u"), "/home/u")).isEqualTo(Path.of("/var/cache/u/vpcplan"));
    assertThat(NativeCache.directory(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.cache/vpcplan"));
    assertThat(NativeCache.directory(Map.of("XDG_CACHE_HOME", ""), "/home/u")).isEqualTo(Path.of("/home/u/.cache/vpcplan"));
    // the XDG spec: a relative path is invalid and ignored
    assertThat(NativeCache.directory(Map.of("XDG_CACHE_HOME", "cache"), "/home/u")).isEqualTo(Path.of("/home/u/.cache/vpcplan"));
  }

  /** J2V8 loads its library once per JVM, so a fresh JVM shows where it really goes. */
  @Test
  void aFreshJvmUnpacksTheLibraryIntoTheCacheDirectory() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path xdg = dir.resolve("xdg");
    assertThat(draw(home, xdg)).as("probe exit code").isZero();
    assertThat(libraries(xdg.resolve("vpcplan"))).isNotEmpty();
    assertThat(libraries(home)).as("nothing unpacked into the home directory").isEmpty();

    Path home2 = Files.createDirectories(dir.resolve("home2"));
    assertThat(draw(home2, null)).isZero();
    assertThat(libraries(home2.resolve(".cache/vpcplan"))).isNotEmpty();
    assertThat(libraries(home2)).isEmpty();
  }

  private int draw(Path home, Path xdg) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
        Probe.class.getName());
    pb.environment().remove("XDG_CACHE_HOME");
    if (xdg != null) pb.environment().put("XDG_CACHE_HOME", xdg.toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    if (code != 0) System.out.println(out);
    return code;
  }

  private static List<Path> libraries(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) return List.of();
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(f -> f.getFileName().toString().startsWith("libj2v8")).toList();
    }
  }

  /** Draws one graph with the embedded engine. */
  public static final class Probe {
    public static void main(String[] args) throws Exception {
      GraphvizRenderer.configure(GraphvizRenderer.Engine.EMBEDDED, "");
      String svg = GraphvizRenderer.svg("digraph { a -> b }");
      System.exit(svg.contains("<svg") ? 0 : 3);
    }
  }

  /** Only J2V8's own library, byte for byte, is loaded from the cache; anything else leaves it to J2V8. */
  @org.junit.jupiter.api.Test
  void onlyAnExactCopyOfTheJarsLibraryCounts(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path so = dir.resolve(CachedV8Library.NAME);
    assertThat(CachedV8Library.isJarCopy(so)).as("missing").isFalse();
    byte[] lib;
    try (java.io.InputStream in = com.eclipsesource.v8.V8.class.getClassLoader().getResourceAsStream(CachedV8Library.NAME)) {
      lib = in.readAllBytes();
    }
    Files.write(so, lib);
    assertThat(CachedV8Library.isJarCopy(so)).as("exact copy").isTrue();
    lib[lib.length / 2] ^= 1;
    Files.write(so, lib);
    assertThat(CachedV8Library.isJarCopy(so)).as("one bit flipped").isFalse();
    Files.write(so, java.util.Arrays.copyOf(lib, lib.length - 1));
    assertThat(CachedV8Library.isJarCopy(so)).as("truncated").isFalse();
    assertThat(CachedV8Library.load(dir.resolve("none").toString())).isFalse();
  }
}
