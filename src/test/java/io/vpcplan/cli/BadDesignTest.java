package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
 * Every malformed design gives exit 2 (or 1 when valid but unsatisfiable), exactly one error line
 * with file:line:column, no stack trace, and leaves the lock file byte-for-byte as it was.
 */
class BadDesignTest {
  static final String LOCK = "{\n  \"version\": 1,\n  \"regions\": {},\n  \"segments\": {},\n  \"vpcs\": {}\n}\n";

  @TempDir Path dir;

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = BadDesignTest.class.getResourceAsStream("/bad-designs/cases.psv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] p = line.split("\\|", 3);
        out.add(Arguments.of(p[0], Integer.parseInt(p[1]), p[2]));
      }
    }
    out.add(Arguments.of("gen:empty", 2, "file is empty"));
    out.add(Arguments.of("gen:blank-lines", 2, "holds no YAML document"));
    out.add(Arguments.of("gen:binary", 2, "file is binary"));
    out.add(Arguments.of("gen:latin1", 2, "not UTF-8 text"));
    out.add(Arguments.of("gen:50mb", 2, "the limit is 32 MB"));
    out.add(Arguments.of("gen:missing", 2, "file not found"));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsCleanly(String name, int exit, String fragment) throws IOException {
    Path design = dir.resolve(name.startsWith("gen:") ? name.substring(4) + ".yaml" : name);
    if (name.startsWith("gen:")) generate(name.substring(4), design);
    else try (InputStream in = getClass().getResourceAsStream("/bad-designs/" + name)) {
      Files.write(design, in.readAllBytes());
    }
    Path lock = dir.resolve(design.getFileName().toString().replace(".yaml", ".lock.json"));
    Files.writeString(lock, LOCK);

    CliRunner.Result r = CliRunner.run("plan", design.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(exit);
    String[] lines = r.err().strip().split("\n");
    assertThat(lines).as(r.err()).hasSize(1);
    assertThat(lines[0]).startsWith("error: " + design).contains(fragment);
    if (!name.equals("gen:missing")) assertThat(lines[0]).containsPattern("\\.yaml:\\d+:\\d+: ");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Files.readString(lock)).isEqualTo(LOCK);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()).isEmpty();
    }
  }

  private static void generate(String kind, Path file) throws IOException {
    switch (kind) {
      case "empty" -> Files.write(file, new byte[0]);
      case "blank-lines" -> Files.writeString(file, "\n\n   \n# only a comment\n");
      case "binary" -> {
        byte[] b = new byte[4096];
        new java.util.Random(42).nextBytes(b);
        b[100] = 0;
        Files.write(file, b);
      }
      case "latin1" -> Files.write(file, "pools:\n  - name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
      case "50mb" -> {
        byte[] line = "# padding padding padding padding padding padding padding padding padding\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
          for (long n = 0; n < 50L * 1024 * 1024; n += line.length) out.write(line);
        }
      }
      case "missing" -> { }
      default -> throw new IllegalArgumentException(kind);
    }
  }
}
