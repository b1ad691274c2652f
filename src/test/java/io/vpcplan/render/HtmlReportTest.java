package io.vpcplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.Network;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  static final String FAKE_SVG = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- graphviz -->\n"
      + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10pt\" height=\"10pt\"><g class=\"graph\"></g></svg>\n";

  static ReportData.Comparison comparison() {
    return new ReportData.Comparison("8 VPCs in 2 regions", List.of("full mesh", "TGW hub"),
        List.of(new ReportData.Row("connections", "", List.of(28.0, 8.0), true),
            new ReportData.Row("monthly cost", "USD", List.of(0.0, 584.0), true)),
        List.of(new ReportData.Curve("full mesh", "VPCs", "peerings / attachments",
                List.of(new double[] {2, 1}, new double[] {10, 45}, new double[] {20, 190})),
            new ReportData.Curve("TGW hub", "VPCs", "peerings / attachments",
                List.of(new double[] {2, 2}, new double[] {10, 10}, new double[] {20, 20}))),
        "TGW hub: a mesh of 8 VPCs needs 28 peerings and a route per peer in every table");
  }

  static ReportData data(Network n) {
    return new ReportData("Hub <report>", "fixture.yaml", n, List.of(new ReportData.Diagram("overview", FAKE_SVG, "", ""),
        new ReportData.Diagram("segments", "", "digraph { a -> b }", "Not drawn: no engine")), AddressUse.of(n),
        Optional.of(comparison()), OverlapFindings.of(n), "vpcplan test");
  }

  @Test
  void matchesGolden() throws Exception {
    String html = HtmlReport.write(data(Fixtures.hub()));
    Path file = Path.of("src/test/resources/golden/render/hub-report.html");
    if (Boolean.getBoolean("golden.update")) Files.writeString(file, html, StandardCharsets.UTF_8);
    assertThat(html).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void isSelfContained() {
    String html = HtmlReport.write(data(Fixtures.hub()));
    assertThat(html).doesNotContain("<link").doesNotContain(" src=").doesNotContain("url(").doesNotContain("@import");
    // the only URLs are XML namespaces
    Matcher m = Pattern.compile("https?://[^\"' <]+").matcher(html);
    while (m.find()) assertThat(m.group()).startsWith("http://www.w3.org/");
    assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
  }

  @Test
  void escapesAndInlinesTheSvgWithoutProlog() {
    String html = HtmlReport.write(data(Fixtures.hub()));
    assertThat(html).contains("<title>Hub &lt;report&gt;</title>").doesNotContain("<?xml").doesNotContain("<!-- graphviz")
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10pt\"");
    assertThat(html).contains("Not drawn: no engine").contains("digraph { a -&gt; b }");
  }

  @Test
  void marksTheBestOptionAndDrawsBothCharts() {
    String html = HtmlReport.write(data(Fixtures.hub()));
    assertThat(html).contains("<td class=\"num best\">8</td>").contains("id=\"comparison-chart\"")
        .contains("id=\"growth-chart\"").contains("<polyline");
  }

  @Test
  void utilisationOfImportedRangesIsMeasured() {
    var pools = AddressUse.of(Fixtures.hub());
    assertThat(pools).extracting(p -> p.name()).containsExactly("10.0.0.0/8", "100.64.0.0/10");
    var ten = pools.get(0);
    // 10.0.0.0/20 + 10.0.32.0/20 + 10.1/16 (10.1.128/17 inside) + 10.2/16 (twice) + 10.3/16 + 10.4/16
    assertThat(ten.allocated()).isEqualTo(2 * 4096 + 4 * 65536);
    assertThat(ten.regions()).extracting(r -> r.region()).containsExactly("eu-west-1", "us-east-1");
  }
}
