package io.vpcplan.cli;

import io.vpcplan.render.DiagramOptions;
import io.vpcplan.render.graphviz.GraphvizRenderer;
import picocli.CommandLine.Option;

/** Options shared by `diagram` and `report`. */
public final class RenderOptions {
  @Option(names = "--no-aggregate", description = "Draw every VPC, however many (default: one node per account above the threshold).")
  boolean noAggregate;

  @Option(names = "--aggregate-above", paramLabel = "N", defaultValue = "" + DiagramOptions.DEFAULT_AGGREGATE_ABOVE,
      description = "Aggregate VPCs into one node per account when there are more than N (default: ${DEFAULT-VALUE}).")
  int aggregateAbove;

  @Option(names = "--engine", paramLabel = "ENGINE", description = "Graphviz engine: ${COMPLETION-CANDIDATES} "
      + "(default: AUTO, a 'dot' on the PATH when there is one, else the embedded engine).")
  GraphvizRenderer.Engine engine;

  @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: the source file name).")
  String title;

  int threshold() {
    if (aggregateAbove < 0) {
      throw new io.vpcplan.model.InputException(io.vpcplan.model.Location.NONE, "--aggregate-above", aggregateAbove
          + " is negative; give a count of VPCs (0 or --no-aggregate draws every VPC)");
    }
    return noAggregate ? 0 : aggregateAbove;
  }

  /** Chooses the engine and starts it in the background, once the options are known to be usable. */
  void checkAndPrestart() {
    threshold();
    prestartEngine();
  }

  void applyEngine() {
    if (engine != null) GraphvizRenderer.configure(engine, System.getenv("PATH"));
  }

  /** Chooses the engine and starts it in the background (see GraphvizRenderer.prestart). */
  void prestartEngine() {
    applyEngine();
    GraphvizRenderer.prestart();
  }
}
