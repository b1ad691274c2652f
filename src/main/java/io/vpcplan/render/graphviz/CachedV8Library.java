package io.vpcplan.render.graphviz;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * Loads J2V8's native library from the cache directory when the copy there is the one in J2V8's
 * jar (same size and CRC-32). Left to itself J2V8 unpacks the 19 MB library again at every start
 * (inflating it, writing it, running chmod) — a few hundred milliseconds of every drawing — and
 * writes it over a file that another running vpcplan may have mapped. When anything here fails,
 * J2V8 loads the library its own way, as before.
 */
final class CachedV8Library {
  static final String NAME = "libj2v8_linux_x86_64.so";

  private CachedV8Library() {}

  /** True when the library was loaded from {@code dir} and J2V8 was told so. */
  static boolean load(String dir) {
    if (dir == null) return false;
    try {
      Path so = Path.of(dir, NAME);
      if (!isJarCopy(so)) return false;
      System.load(so.toAbsolutePath().toString());
      java.lang.reflect.Field loaded = com.eclipsesource.v8.V8.class.getDeclaredField("nativeLibraryLoaded");
      loaded.setAccessible(true);
      loaded.setBoolean(null, true);
      return true;
    } catch (IOException | RuntimeException | LinkageError | ReflectiveOperationException e) {
      return false;
    }
  }

  /** True when {@code file} has the size and CRC-32 of the library inside J2V8's jar. */
  static boolean isJarCopy(Path file) throws IOException {
    URL url = com.eclipsesource.v8.V8.class.getClassLoader().getResource(NAME);
    if (url == null || !Files.isRegularFile(file)) return false;
    java.net.URLConnection c = url.openConnection();
    if (!(c instanceof JarURLConnection jar)) return false;
    jar.setUseCaches(false);
    JarEntry e = jar.getJarEntry();
    jar.getJarFile().close();
    if (e == null || e.getSize() < 0 || e.getCrc() < 0 || Files.size(file) != e.getSize()) return false;
    CRC32 crc = new CRC32();
    byte[] buf = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buf)) > 0; ) crc.update(buf, 0, n);
    }
    return crc.getValue() == e.getCrc();
  }
}
