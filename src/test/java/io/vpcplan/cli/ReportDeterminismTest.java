package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report draws several diagrams in one process; the embedded Graphviz lays out differently once
 * its heap has been used, so each drawing gets a fresh engine. Two runs of the command, each in
 * its own JVM as a user runs it, must write byte-identical files.
 */
class ReportDeterminismTest {
  @TempDir Path dir;

  private int runInNewJvm(String... args) throws IOException, InterruptedException {
    List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:-PrintWarnings", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  @Test
  void theSameReportTwiceIsByteIdentical() throws Exception {
    Path a = dir.resolve("a.html");
    Path b = dir.resolve("b.html");
    assertThat(runInNewJvm("report", "designs/conn-segmented-hub.yaml", "-o", a.toString())).isZero();
    assertThat(runInNewJvm("report", "designs/conn-segmented-hub.yaml", "-o", b.toString())).isZero();
    assertThat(Files.readString(a)).contains("<svg").contains("route table");
    assertThat(Files.readString(b)).isEqualTo(Files.readString(a));
  }
}
