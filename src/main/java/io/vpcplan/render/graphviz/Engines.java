package io.vpcplan.render.graphviz;

import java.io.File;

/** Finds a Graphviz {@code dot} program on the PATH. */
final class Engines {
  private Engines() {}

  /** The absolute path of an executable {@code dot} in the given PATH value, or null. */
  static String dotOnPath(String path) {
    if (path == null || path.isEmpty()) return null;
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      File f = new File(dir, "dot");
      if (f.isFile() && f.canExecute()) return f.getAbsolutePath();
    }
    return null;
  }
}
