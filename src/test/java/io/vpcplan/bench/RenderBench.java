package io.vpcplan.bench;

import io.vpcplan.ipam.Planner;
import io.vpcplan.io.DesignLoader;
import io.vpcplan.io.YamlReader;
import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.render.DiagramOptions;
import io.vpcplan.render.DiagramView;
import io.vpcplan.render.DotWriter;
import io.vpcplan.render.graphviz.GraphvizRenderer;
import io.vpcplan.topology.HubDesigner;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times DOT + SVG with the embedded engine, in one fresh JVM as a user's run would (the first
 * drawing pays for starting V8): the enterprise design connected by the TGW hub designer, every VPC
 * drawn, and a generated 1,000-VPC estate with its hub, aggregated. Run with scripts/bench-render.sh.
 */
public final class RenderBench {
  public static void main(String[] args) throws Exception {
    GraphvizRenderer.configure(GraphvizRenderer.Engine.EMBEDDED, System.getenv("PATH"));
    Design ed = DesignLoader.load(Path.of("designs/enterprise.yaml"));
    Network enterprise = new HubDesigner().design(Planner.plan(ed).network(), ed.connectivity()).network();
    time("enterprise overview (" + enterprise.vpcs().size() + " VPCs, " + enterprise.transitGateways().size()
        + " TGWs), all VPCs drawn", enterprise, new DiagramOptions(DiagramView.OVERVIEW, 0, ""));
    time("enterprise segments", enterprise, new DiagramOptions(DiagramView.SEGMENTS, 0, ""));
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Design bd = DesignLoader.bind("bench.yaml", YamlReader.parse("bench.yaml",
        DesignGenerator.yaml(n).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    Network big = new HubDesigner().design(Planner.plan(bd).network(), bd.connectivity()).network();
    time(n + "-VPC estate overview, aggregated", big, DiagramOptions.of(DiagramView.OVERVIEW));
    time(n + "-VPC estate segments, aggregated", big, DiagramOptions.of(DiagramView.SEGMENTS));
    time(n + "-VPC estate conflicts", big, DiagramOptions.of(DiagramView.CONFLICTS));
    time(n + "-VPC estate overview, every VPC drawn (--no-aggregate)", big, new DiagramOptions(DiagramView.OVERVIEW, 0, ""));
    time("enterprise overview again (engine warm)", enterprise, new DiagramOptions(DiagramView.OVERVIEW, 0, ""));
  }

  static void time(String what, Network n, DiagramOptions o) throws Exception {
    long t0 = System.nanoTime();
    String dot = DotWriter.write(n, o);
    long t1 = System.nanoTime();
    String svg = GraphvizRenderer.svg(dot);
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "%-70s DOT %6.0f ms  SVG %7.0f ms  total %7.0f ms  (%d KB DOT, %d KB SVG)%n", what,
        (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e6, dot.length() / 1024, svg.length() / 1024);
  }
}
