package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The stored root usage is what picocli prints for --help when not at a terminal (80 columns).
 * After changing a command's name or description: {@code mvn test -Dtest=RootUsageTest -Dgolden.update=true}.
 */
class RootUsageTest {
  private static final Path SOURCE = Path.of("src/main/resources/io/vpcplan/cli", RootUsage.RESOURCE);

  @Test
  void storedUsageIsPicoclisUsage() throws IOException {
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), false);
    assertThat(code).isZero();
    if (Boolean.getBoolean("golden.update")) Files.writeString(SOURCE, out.toString(), StandardCharsets.UTF_8);
    assertThat(Files.readString(SOURCE, StandardCharsets.UTF_8))
        .as("%s is stale: regenerate with -Dtest=RootUsageTest -Dgolden.update=true", SOURCE)
        .isEqualTo(out.toString());
    if (!Boolean.getBoolean("golden.update")) {
      assertThat(RootUsage.text()).as("the copy on the classpath").isEqualTo(out.toString());
    }
  }
}
