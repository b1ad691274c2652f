package io.vpcplan.render.graphviz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded engine's native library (J2V8's libj2v8_*.so, 19 MB) is unpacked: the user's
 * cache directory, {@code $XDG_CACHE_HOME/vpcplan} or {@code ~/.cache/vpcplan} (XDG base
 * directories). Left to itself J2V8 unpacks it into the home directory. graphviz-java passes this
 * directory on to {@code V8.createV8Runtime(name, tempDirectory)}.
 */
final class NativeCache {
  private NativeCache() {}

  /** The directory for the given environment and home; a relative XDG_CACHE_HOME is ignored, as the spec says. */
  static Path directory(Map<String, String> env, String userHome) {
    String xdg = env.get("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".cache");
    return base.resolve("vpcplan");
  }

  /**
   * The directory, created if needed, as J2V8 wants it (a string); null when it cannot be
   * created, and J2V8 then falls back to its own default rather than failing the drawing.
   */
  static String prepared() {
    Path dir = directory(System.getenv(), System.getProperty("user.home"));
    try {
      Files.createDirectories(dir);
      return dir.toString();
    } catch (IOException | SecurityException e) {
      return null;
    }
  }
}
