package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.render.graphviz.GraphvizRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagramCommandTest {
  @TempDir Path dir;

  @AfterEach
  void backToAuto() {
    GraphvizRenderer.configure(GraphvizRenderer.Engine.AUTO, System.getenv("PATH"));
  }

  @Test
  void writesDotSvgAndPngByExtension() throws Exception {
    for (String name : new String[] {"a.dot", "a.svg", "a.png"}) {
      CliRunner.Result r = CliRunner.run("diagram", "designs/startup.yaml", "-o", dir.resolve(name).toString());
      assertThat(r.code()).as(r.err()).isZero();
    }
    assertThat(Files.readString(dir.resolve("a.dot"))).startsWith("digraph \"vpcplan\" {").contains("egress");
    assertThat(Files.readString(dir.resolve("a.svg"))).contains("<svg").contains("egress");
    assertThat(Files.readAllBytes(dir.resolve("a.png"))).startsWith(0x89, 'P', 'N', 'G');
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.dot", "a.svg", "a.png");
    }
  }

  @Test
  void dotToStandardOutputIsTheSameEveryRun() {
    CliRunner.Result a = CliRunner.run("diagram", "designs/enterprise.yaml", "--view", "segments", "--format", "dot", "-o", "-");
    CliRunner.Result b = CliRunner.run("diagram", "designs/enterprise.yaml", "--view", "segments", "--format", "dot", "-o", "-");
    assertThat(a.code()).as(a.err()).isZero();
    assertThat(a.out()).contains("segment shared").isEqualTo(b.out());
  }

  @Test
  void accountViewTakesTheNameAfterTheWordAccount() {
    CliRunner.Result r = CliRunner.run("diagram", "--view", "account", "prod", "designs/startup.yaml", "--format", "dot",
        "-o", "-");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("tier / AZ").contains("us-east-1a");
  }

  @Test
  void badViewsAreUsageErrors() {
    CliRunner.Result unknownAccount = CliRunner.run("diagram", "designs/startup.yaml", "--view", "account", "prd", "-o", "-",
        "--format", "dot");
    assertThat(unknownAccount.code()).isEqualTo(2);
    assertThat(unknownAccount.err()).contains("designs/startup.yaml: --view: no VPCs in account 'prd'")
        .contains("prod").doesNotContain("Exception");
    CliRunner.Result unknownView = CliRunner.run("diagram", "designs/startup.yaml", "--view", "map", "-o", "x.svg");
    assertThat(unknownView.code()).isEqualTo(2);
    assertThat(unknownView.err()).contains("unknown view 'map'; use overview, segments, account NAME or conflicts");
    CliRunner.Result noName = CliRunner.run("diagram", "designs/startup.yaml", "--view", "account", "-o", "x.svg");
    assertThat(noName.code()).isEqualTo(2);
    assertThat(noName.err()).contains("--view account needs an account name");
  }

  @Test
  void missingSourceIsAUsageError() {
    CliRunner.Result r = CliRunner.run("diagram", "designs/nope.yaml", "-o", dir.resolve("x.svg").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("designs/nope.yaml").contains("no such file or folder");
    assertThat(dir.resolve("x.svg")).doesNotExist();
  }

  @Test
  void withoutAnEngineTheDotFileIsWrittenAndTheRunFails() throws Exception {
    GraphvizRenderer.configure(GraphvizRenderer.Engine.DOT, "/nonexistent-dir");
    Path out = dir.resolve("net.svg");
    CliRunner.Result r = CliRunner.run("diagram", "designs/startup.yaml", "-o", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("cannot draw svg: no Graphviz engine could start")
        .contains("Wrote the DOT text to " + dir.resolve("net.dot")).doesNotContain("Exception");
    assertThat(out).doesNotExist();
    assertThat(Files.readString(dir.resolve("net.dot"))).startsWith("digraph");
  }

  @Test
  void reportIsWrittenWithDiagramsAndOverlapFindings() throws Exception {
    Path out = dir.resolve("r.html");
    CliRunner.Result r = CliRunner.run("report", "designs/hybrid-brownfield.yaml", "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String html = Files.readString(out);
    assertThat(html).contains("<svg").contains("hybrid-brownfield.yaml (").contains(") · overview").contains("id=\"comparison-table\"").contains("· conflicts")
        .contains("VPC_CIDR_OVERLAP").contains("id=\"pools-table\"");
  }
}
