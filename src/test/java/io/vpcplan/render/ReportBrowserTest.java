package io.vpcplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.Network;
import io.vpcplan.render.graphviz.GraphvizRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium (installed by .ci/setup-test-tools): it must load
 * with no console message at all (no script error, no blocked fetch), run its scripts to the end,
 * show the diagram SVG and the tables, and take a screenshot. Fails, never skips, when Chromium is
 * missing.
 */
class ReportBrowserTest {
  static String chromium;

  @BeforeAll
  static void findChromium() {
    chromium = Chromium.find();
    assertThat(chromium).as("chromium is not on the PATH; run .ci/setup-test-tools (./test.sh does)").isNotNull();
  }

  static Path report(Path dir) throws Exception {
    Network hub = Fixtures.hub();
    String dot = DotWriter.write(hub, DiagramOptions.of(DiagramView.OVERVIEW).withTitle("hub"));
    ReportData data = new ReportData("Browser test", "fixture", hub,
        java.util.List.of(new ReportData.Diagram("hub · overview", GraphvizRenderer.svg(dot), dot, "")),
        AddressUse.of(hub), java.util.Optional.of(HtmlReportTest.comparison()), OverlapFindings.of(hub), "vpcplan test");
    Path file = dir.resolve("report.html");
    Files.writeString(file, HtmlReport.write(data));
    return file;
  }

  @Test
  void reportLoadsCleanlyWithDiagramTablesAndScreenshot(@TempDir Path dir) throws Exception {
    Path page = report(dir);
    Chromium.Result dom = Chromium.run(chromium, page, "--dump-dom");
    assertThat(dom.exit()).as(dom.stderr()).isZero();
    assertThat(dom.consoleLines()).as("console messages").isEmpty();
    String html = dom.stdout();
    assertThat(html).contains("data-ready=\"1\"").doesNotContain("data-errors=\"");
    assertThat(html).contains("<svg").contains("class=\"graph\"").contains("pay-api");
    assertThat(html).contains("id=\"pools-table\"").contains("id=\"vpcs-table\"").contains("id=\"findings-table\"")
        .contains("id=\"comparison-chart\"").contains("2 of 2 shown");

    Path shot = dir.resolve("report.png");
    Chromium.Result s = Chromium.run(chromium, page, "--screenshot=" + shot, "--hide-scrollbars");
    assertThat(s.exit()).as(s.stderr()).isZero();
    byte[] png = Files.readAllBytes(shot);
    assertThat(Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
    assertThat(png.length).isGreaterThan(20_000);
    Files.createDirectories(Path.of("target"));
    Files.copy(shot, Path.of("target/report-screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** The check above must be able to fail: a page with a script error and a blocked fetch. */
  @Test
  void theCheckCatchesScriptErrorsAndBlockedFetches(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.html");
    Files.writeString(bad, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\""
        + HtmlReport.CSP + "\"><script>" + HtmlReport.ERROR_RECORDER + "</script></head><body>"
        + "<img src=\"http://example.invalid/x.png\"><script>null.f();</script></body></html>");
    Chromium.Result r = Chromium.run(chromium, bad, "--dump-dom");
    assertThat(r.consoleLines()).anyMatch(l -> l.contains("Uncaught TypeError"))
        .anyMatch(l -> l.contains("Content Security Policy"));
    assertThat(r.stdout()).contains("data-errors=").doesNotContain("data-ready");
  }
}
