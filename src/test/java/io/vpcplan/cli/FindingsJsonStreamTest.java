package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.Location;
import io.vpcplan.model.NetworkCounts;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate --format json is streamed to the file or stdout; the bytes are those of the one-string rendering. */
class FindingsJsonStreamTest {
  static final List<Finding> FINDINGS = List.of(
      Finding.of(Code.values()[0], Severity.ERROR, "VPC « prod » overlaps \"shared\"", new Location("a/b.json", 3, 7),
          new Resource("vpc", "vpc-1", "prod", "111111111111", "eu-west-1"),
          new Resource("vpc", "vpc-2", "", "222222222222", "eu-west-1")).withRange(Cidr.parse("10.0.0.0/16")),
      Finding.of(Code.values()[1], Severity.INFO, "no location", Location.NONE));

  @Test
  void streamedBytesEqualTheRenderedString() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FindingsJson.write(out, FINDINGS, 2, new int[] {0, 1, 2}, new NetworkCounts(2, 3, 4, 1));
    String text = FindingsJson.render(FINDINGS, 2, new int[] {0, 1, 2}, new NetworkCounts(2, 3, 4, 1));
    assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(text).endsWith("}\n").contains("« prod »");
  }

  @Test
  void validateWritesTheSameJsonToAFileAndToStdout(@TempDir Path dir) throws Exception {
    String estate = "samples/aws_configs-conflicts";
    CliRunner.Result toStdout = CliRunner.run("validate", estate, "--format", "json");
    Path file = dir.resolve("f.json");
    CliRunner.Result toFile = CliRunner.run("validate", estate, "--format", "json", "-o", file.toString());
    assertThat(toFile.code()).isEqualTo(toStdout.code());
    assertThat(toStdout.out()).contains("\"findings\"").endsWith("}\n");
    assertThat(Files.readString(file)).isEqualTo(toStdout.out());
  }
}
