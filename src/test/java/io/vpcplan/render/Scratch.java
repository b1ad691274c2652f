package io.vpcplan.render;

import io.vpcplan.render.graphviz.GraphvizRenderer;
import java.nio.file.Files;
import java.nio.file.Path;

/** Developer aid: renders every view of the fixtures to a folder to look at. Not a test. */
public final class Scratch {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/render-look");
    Files.createDirectories(dir);
    for (DiagramView v : new DiagramView[] {DiagramView.OVERVIEW, DiagramView.SEGMENTS, DiagramView.account("payments"),
        DiagramView.CONFLICTS}) {
      String dot = DotWriter.write(Fixtures.hub(), DiagramOptions.of(v).withTitle("hub fixture · " + v));
      String name = v.kind().label();
      Files.writeString(dir.resolve(name + ".dot"), dot);
      long t0 = System.nanoTime();
      Files.write(dir.resolve(name + ".png"), GraphvizRenderer.render(dot, GraphvizRenderer.OutputFormat.PNG, 1.5));
      System.out.println(name + " " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
  }
}
