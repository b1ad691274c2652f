package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An output that cannot be written (here: a file where a folder should be, which fails for root as
 * for anyone) is a failed run in every command: exit 1, one line naming the path the user gave and
 * why, never "internal error" or a temp file's name; the same command with a writable path works.
 */
class OutputWriteFailureTest {
  private static final String DESIGN = "designs/tiny.yaml";
  private static final String ESTATE = "samples/aws_configs-clean";

  @TempDir Path dir;

  static Stream<Arguments> commands() {
    List<Arguments> l = new ArrayList<>();
    l.add(Arguments.of("plan", new String[] {"plan", DESIGN, "--dry-run", "-o", "OUT/plan.txt"}));
    l.add(Arguments.of("compare", new String[] {"compare", DESIGN, "-o", "OUT/compare.txt"}));
    l.add(Arguments.of("reach", new String[] {"reach", DESIGN, "-o", "OUT/reach.txt"}));
    l.add(Arguments.of("validate", new String[] {"validate", ESTATE, "-o", "OUT/findings.txt"}));
    l.add(Arguments.of("validate json", new String[] {"validate", ESTATE, "--format", "json", "-o", "OUT/findings.json"}));
    l.add(Arguments.of("iam-policy", new String[] {"iam-policy", "designs/startup.yaml", "-o", "OUT/policy.txt"}));
    l.add(Arguments.of("diagram", new String[] {"diagram", DESIGN, "-o", "OUT/d.dot"}));
    l.add(Arguments.of("generate", new String[] {"generate", DESIGN, "--target", "lza", "-o", "OUT/lza"}));
    l.add(Arguments.of("import", new String[] {"import", ESTATE, "-o", "OUT/imp"}));
    return l.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void aPathThroughAFileFailsCleanly(String name, String[] args) throws Exception {
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
    String[] bad = with(args, blocker.toString());
    CliRunner.Result r = CliRunner.run(bad);
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "error: cannot write (\\S+): a part of the path is a file, not a folder; check the path").matcher(r.err().strip());
    assertThat(m.matches()).as(r.err()).isTrue();
    assertThat(m.group(1)).as("names a path under the -o the user gave").startsWith(blocker + "/");
    assertThat(r.err()).doesNotContain("internal error").doesNotContain(".tmp").doesNotContain("\tat ");
    assertThat(Files.readString(blocker)).isEqualTo("a file, not a folder");

    // negative control: the same command with a writable path succeeds
    Path ok = Files.createDirectories(dir.resolve("ok"));
    CliRunner.Result good = CliRunner.run(with(args, ok.toString()));
    assertThat(good.code()).as(good.err()).isZero();
    assertThat(good.err()).doesNotContain("cannot write");
  }

  private static String[] with(String[] args, String out) {
    String[] a = args.clone();
    for (int i = 0; i < a.length; i++) a[i] = a[i].replace("OUT", out);
    return a;
  }
}
