package io.vpcplan.render.graphviz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vpcplan.render.DiagramOptions;
import io.vpcplan.render.DiagramView;
import io.vpcplan.render.DotWriter;
import io.vpcplan.render.Fixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real rendering with the embedded engine (J2V8), whatever is installed on the machine. */
class GraphvizRendererTest {
  @AfterEach
  void backToAuto() {
    GraphvizRenderer.configure(GraphvizRenderer.Engine.AUTO, System.getenv("PATH"));
  }

  @Test
  void embeddedEngineDrawsEveryViewAsSvg() throws Exception {
    GraphvizRenderer.configure(GraphvizRenderer.Engine.EMBEDDED, System.getenv("PATH"));
    assertThat(GraphvizRenderer.engine()).isEqualTo("embedded (J2V8)");
    for (DiagramView v : new DiagramView[] {DiagramView.OVERVIEW, DiagramView.SEGMENTS, DiagramView.account("payments"),
        DiagramView.CONFLICTS}) {
      String svg = GraphvizRenderer.svg(DotWriter.write(Fixtures.hub(), DiagramOptions.of(v)));
      assertThat(svg).as(v.toString()).contains("<svg").contains("class=\"graph\"").contains("10.1.0.0/16")
          .contains("</svg>");
    }
    String overview = GraphvizRenderer.svg(DotWriter.write(Fixtures.hub(), DiagramOptions.of(DiagramView.OVERVIEW)));
    assertThat(overview).contains("hub&#45;use1").contains("10.1.0.0/16 contains 10.1.128.0/17").contains("#d62728");
  }

  @Test
  void oneDrawingStartsTheEmbeddedEngineOnce() throws Exception {
    GraphvizRenderer.configure(GraphvizRenderer.Engine.EMBEDDED, "/nonexistent-dir");
    int before = GraphvizRenderer.embeddedStarts;
    assertThat(GraphvizRenderer.svg("digraph { a -> b }")).contains("<svg");
    assertThat(GraphvizRenderer.embeddedStarts - before).as("V8 starts for the first drawing").isEqualTo(1);
    assertThat(GraphvizRenderer.svg("digraph { a -> b }")).contains("<svg");
    assertThat(GraphvizRenderer.embeddedStarts - before).as("a fresh engine for the second").isEqualTo(2);
  }

  @Test
  void drawingsAtOnceAreTheDrawingsOneByOne() throws Exception {
    GraphvizRenderer.configure(GraphvizRenderer.Engine.EMBEDDED, System.getenv("PATH"));
    String overview = DotWriter.write(Fixtures.hub(), DiagramOptions.of(DiagramView.OVERVIEW));
    String segments = DotWriter.write(Fixtures.hub(), DiagramOptions.of(DiagramView.SEGMENTS));
    GraphvizRenderer.svg(overview); // graphviz-java measures each font once per process: done before both runs
    List<String> oneByOne = List.of(GraphvizRenderer.svg(overview), GraphvizRenderer.svg(segments),
        GraphvizRenderer.svg(overview));
    int before = GraphvizRenderer.embeddedStarts;
    int renewedBefore = GraphvizRenderer.renewals;
    GraphvizRenderer.prestart();
    List<Drawing> atOnce = GraphvizRenderer.svgAll(List.of(overview, segments, overview));
    assertThat(GraphvizRenderer.embeddedStarts - before).as("one V8, started ahead").isEqualTo(1);
    assertThat(GraphvizRenderer.renewals - renewedBefore).as("renewed for the second and third drawing").isEqualTo(2);
    assertThat(atOnce).extracting(d -> new String(d.get(), StandardCharsets.UTF_8)).containsExactlyElementsOf(oneByOne);
    assertThat(oneByOne.get(0)).isEqualTo(oneByOne.get(2)).isNotEqualTo(oneByOne.get(1));
  }

  @Test
  void embeddedEngineDrawsAPngThatDecodes(@TempDir Path dir) throws Exception {
    GraphvizRenderer.configure(GraphvizRenderer.Engine.EMBEDDED, System.getenv("PATH"));
    byte[] png = GraphvizRenderer.render(DotWriter.write(Fixtures.hub(), DiagramOptions.of(DiagramView.OVERVIEW)),
        GraphvizRenderer.OutputFormat.PNG, 1.0);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(img).isNotNull();
    assertThat(img.getWidth()).isGreaterThan(800);
    assertThat(img.getHeight()).isGreaterThan(400);
    // white background, and some red (the overlap) somewhere in the picture
    assertThat(img.getRGB(1, 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    boolean red = false;
    for (int x = 0; x < img.getWidth() && !red; x += 2) {
      for (int y = 0; y < img.getHeight() && !red; y += 2) {
        int rgb = img.getRGB(x, y);
        red = ((rgb >> 16) & 0xFF) > 190 && ((rgb >> 8) & 0xFF) < 70 && (rgb & 0xFF) < 70;
      }
    }
    assertThat(red).as("overlap edges are drawn red").isTrue();
    Files.write(dir.resolve("x.png"), png);
  }

  @Test
  void noEngineGivesAClearError() {
    GraphvizRenderer.configure(GraphvizRenderer.Engine.DOT, "/nonexistent-dir");
    assertThatThrownBy(() -> GraphvizRenderer.svg("digraph { a }"))
        .isInstanceOf(RenderUnavailableException.class)
        .hasMessageContaining("no Graphviz engine could start")
        .hasMessageContaining("--format dot");
  }

  @Test
  void findsDotOnAPath(@TempDir Path dir) throws Exception {
    Path dot = dir.resolve("dot");
    Files.writeString(dot, "#!/bin/sh\n", StandardCharsets.UTF_8);
    assertThat(Engines.dotOnPath("/nonexistent:" + dir)).isNull(); // not executable yet
    assertThat(dot.toFile().setExecutable(true)).isTrue();
    assertThat(Engines.dotOnPath("/nonexistent:" + dir)).isEqualTo(dot.toString());
    assertThat(Engines.dotOnPath("")).isNull();
  }

  @Test
  void pngFontsUseHelveticaMetricsOrShrink() {
    String svg = "<text font-family=\"Helvetica,sans-Serif\" font-size=\"10.00\">x</text>";
    String fixed = PngRasterizer.fonts(svg);
    assertThat(fixed).doesNotContain("Helvetica,sans-Serif");
    assertThat(fixed).matches(".*font-size=\"(10.00|9.00)\".*");
  }
}
