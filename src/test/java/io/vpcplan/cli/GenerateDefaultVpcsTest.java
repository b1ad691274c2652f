package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Codifying an import leaves out the default VPCs nothing uses, and says so: written, each would be a copy. */
class GenerateDefaultVpcsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"cloudformation", "terraform", "lza"})
  void unusedDefaultVpcsAreNotCodified(String target) throws IOException {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"generate", "samples/aws_configs-conflicts", "--target", target, "-o", dir.toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).contains("left out 8 default VPC(s) that nothing uses (111111111111/eu-west-1/vpc-05182dcbef2e5175d");
    StringBuilder all = new StringBuilder();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) all.append(Files.readString(p));
    }
    // one default VPC of the sample, and a VPC of the sample that is no default one (the control)
    assertThat(all).doesNotContain("05182dcbef2e5175d");
    assertThat(all).contains("4154213a3dc53d20b");
  }
}
