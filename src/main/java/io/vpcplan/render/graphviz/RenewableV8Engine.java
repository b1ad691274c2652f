package io.vpcplan.render.graphviz;

import guru.nidi.graphviz.engine.GraphvizV8Engine;
import guru.nidi.graphviz.engine.Options;
import guru.nidi.graphviz.engine.Rasterizer;

/**
 * graphviz-java's embedded engine, whose V8 can be made to draw again as if it had just started.
 * A started engine holds one Graphviz module (its heap, 16 MB) that has drawn graphviz-java's own
 * test graph; a layout depends on that heap (see GraphvizRenderer#drawHere). {@link #renew} builds
 * that same state again in the running V8: a new module and the same test drawing. The compiled
 * Graphviz code stays, so a renewal costs about a tenth of a new V8 (which parses and compiles
 * 2.4 MB of JavaScript again).
 */
final class RenewableV8Engine extends GraphvizV8Engine {
  /** What graphviz-java's render.js sets at start, and the test graph its doInit draws. */
  private static final String FRESH_MODULE = "totalMemory = 16777216; initViz(true)";
  private static final String TEST_GRAPH = "graph g { a -- b }";

  RenewableV8Engine(String extractionPath) {
    super(extractionPath);
  }

  /** This thread's V8 as graphviz-java leaves it after starting: fresh module, test graph drawn. */
  void renew() {
    engine().executeJavascript(FRESH_MODULE);
    execute(TEST_GRAPH, Options.create(), Rasterizer.NONE);
  }
}
