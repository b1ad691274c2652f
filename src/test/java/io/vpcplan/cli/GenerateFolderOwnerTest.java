package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.io.FolderWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate -o into a folder that holds something else: another plan's output, another target's,
 * or files vpcplan did not write. It refuses (exit 2, naming what is there), changing nothing,
 * unless --force; its own earlier output it updates as ever.
 */
class GenerateFolderOwnerTest {
  @TempDir Path dir;

  private CliRunner.Result generate(String design, String target, String... more) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("generate", design, "--target", target, "-o",
        dir.toString()));
    args.addAll(java.util.List.of(more));
    return CliRunner.run(args.toArray(String[]::new));
  }

  /** Every file with its bytes and modification time: "left intact" means all three are as they were. */
  private Map<String, String> snapshot() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        FileTime t = Files.getLastModifiedTime(p);
        out.put(dir.relativize(p).toString(), t.toMillis() + ":" + Files.readString(p));
      }
    }
    return out;
  }

  @Test
  void anotherPlansOutputIsRefusedAndLeftAsItWas() throws IOException {
    assertThat(generate("designs/startup.yaml", "cloudformation").code()).isZero();
    Map<String, String> before = snapshot();
    CliRunner.Result r = generate("designs/tiny.yaml", "cloudformation");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: " + dir + ": -o: holds the cloudformation output of plan 'startup'")
        .contains("writing the cloudformation output of plan 'tiny'").contains("--force").hasLineCount(1);
    assertThat(snapshot()).isEqualTo(before);
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".vpcplan-staging"));
    }
  }

  @Test
  void anotherTargetOfTheSamePlanIsRefusedToo() throws IOException {
    assertThat(generate("designs/startup.yaml", "cloudformation").code()).isZero();
    Map<String, String> before = snapshot();
    CliRunner.Result r = generate("designs/startup.yaml", "terraform");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("holds the cloudformation output of plan 'startup'");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void forceReplacesTheOtherOutput() throws IOException {
    assertThat(generate("designs/startup.yaml", "cloudformation").code()).isZero();
    CliRunner.Result r = generate("designs/tiny.yaml", "cloudformation", "--force");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain(" 0 removed");
    assertThat(Files.readString(dir.resolve(FolderWriter.MANIFEST))).startsWith("# vpcplan generate: --target cloudformation plan tiny\n");
    // now tiny's: a plain re-run of tiny is welcome, startup is refused
    assertThat(generate("designs/tiny.yaml", "cloudformation").err()).contains("0 written").contains("0 removed");
    assertThat(generate("designs/startup.yaml", "cloudformation").code()).isEqualTo(2);
  }

  @Test
  void filesVpcplanDidNotWriteAreNeverOverwrittenWithoutForce() throws IOException {
    Files.writeString(dir.resolve("deployment-order.yaml"), "my own notes\n");
    Files.writeString(dir.resolve("notes.txt"), "kept\n");
    Map<String, String> before = snapshot();
    CliRunner.Result r = generate("designs/startup.yaml", "cloudformation");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("-o: holds 1 file(s) vpcplan did not write").contains("deployment-order.yaml")
        .contains("nothing was changed");
    assertThat(snapshot()).isEqualTo(before);
    // negative control: a folder with only unrelated files is fine, and they stay
    Files.delete(dir.resolve("deployment-order.yaml"));
    assertThat(generate("designs/startup.yaml", "cloudformation").code()).isZero();
    assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("kept\n");
  }

  @Test
  void forceOverwritesAFileVpcplanDidNotWrite() throws IOException {
    Files.writeString(dir.resolve("deployment-order.yaml"), "my own notes\n");
    CliRunner.Result r = generate("designs/startup.yaml", "cloudformation", "--force");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("deployment-order.yaml"))).isNotEqualTo("my own notes\n");
  }

  @Test
  void aManifestFromBeforeOwnersWereRecordedIsTakenAsThisPlans() throws IOException {
    assertThat(generate("designs/startup.yaml", "cloudformation").code()).isZero();
    Path m = dir.resolve(FolderWriter.MANIFEST);
    String body = Files.readString(m);
    Files.writeString(m, body.substring(body.indexOf('\n') + 1)); // the old format: paths only
    CliRunner.Result r = generate("designs/startup.yaml", "cloudformation");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("0 removed");
    assertThat(Files.readString(m)).isEqualTo(body);
  }
}
