package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `import --force` replaces an earlier import only once the new one is complete; a failed run leaves it as it was. */
class ImportReplaceTest {
  @TempDir Path dir;

  @Test
  void aLiveImportThatReadsNothingLeavesTheEarlierImportIntact() throws Exception {
    Path out = dir.resolve("estate");
    CliRunner.Result first = CliRunner.run("import", "samples/aws_configs-clean", "-o", out.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("4 VPCs, 14 subnets, 1 transit gateway, 0 peerings").doesNotContain("1 transit gateways");
    Map<String, String> before = contents(out);
    assertThat(before).hasSizeGreaterThan(5);

    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort(); // nothing listens there once the socket is closed
    }
    CliRunner.Result live = CliRunner.run("import", "--live", "--force", "-o", out.toString(), "--endpoint-url",
        "http://127.0.0.1:" + closed, "--regions", "us-east-1", "--max-attempts", "1");
    assertThat(live.code()).as(live.err()).isEqualTo(1);
    assertThat(contents(out)).as("the earlier import, byte for byte").isEqualTo(before);
    assertThat(hidden(out)).as("no staging folder left behind").isEmpty();
  }

  @Test
  void aForcedImportReplacesTheEarlierOneAsAWhole() throws Exception {
    // negative control: a run that succeeds does replace what was there
    Path out = dir.resolve("estate");
    assertThat(CliRunner.run("import", "samples/aws_configs-clean", "-o", out.toString()).code()).isZero();
    Map<String, String> clean = contents(out);
    CliRunner.Result again = CliRunner.run("import", "samples/aws_configs-conflicts", "-o", out.toString(), "--force");
    assertThat(again.code()).as(again.err()).isZero();
    Map<String, String> after = contents(out);
    assertThat(after).isNotEqualTo(clean);
    Path fresh = dir.resolve("fresh");
    assertThat(CliRunner.run("import", "samples/aws_configs-conflicts", "-o", fresh.toString()).code()).isZero();
    assertThat(after).as("the same as an import into an empty folder").isEqualTo(contents(fresh));
    assertThat(hidden(out)).isEmpty();
  }

  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) m.put(root.relativize(p).toString(), Files.readString(p));
    }
    return m;
  }

  private static List<Path> hidden(Path root) throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
    }
  }
}
