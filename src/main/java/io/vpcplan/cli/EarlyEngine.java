package io.vpcplan.cli;

import io.vpcplan.render.graphviz.GraphvizRenderer;
import java.util.Set;

/**
 * Starts the Graphviz engine (V8, about 1.3 s) the moment a diagram or report command is seen,
 * before picocli builds and parses the command (about 0.4 s), so that start overlaps all of it.
 * Only when the command surely draws with the default engine: no --engine choice, no DOT output,
 * no help or version; otherwise the command starts it itself, as it always did.
 */
final class EarlyEngine {
  private static final Set<String> NO_DRAWING = Set.of("--help", "-h", "--version", "-V", "dot", "--format=dot");

  private EarlyEngine() {}

  static boolean wanted(String[] args) {
    if (args.length < 2 || !(args[0].equals("diagram") || args[0].equals("report"))) return false;
    for (String a : args) {
      if (NO_DRAWING.contains(a) || a.startsWith("--engine") || a.endsWith(".dot")) return false;
    }
    return true;
  }

  static void startIfWanted(String[] args) {
    if (wanted(args)) GraphvizRenderer.prestart();
  }
}
