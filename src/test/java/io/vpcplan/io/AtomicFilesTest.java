package io.vpcplan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTempFile() throws IOException {
    Path f = dir.resolve("plan.json");
    Files.writeString(f, "old");
    assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
      out.write("half of the new".getBytes());
      throw new IOException("disk full");
    })).hasMessageContaining("disk full");
    assertThat(Files.readString(f)).isEqualTo("old");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("plan.json");
    }
  }

  @Test
  void newFilesAreWorldReadableAndExistingModesAreKept() throws IOException {
    Path f = dir.resolve("new.json");
    AtomicFiles.writeString(f, "x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFiles.writeString(f, "y");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-rw----");
    assertThat(Files.readString(f)).isEqualTo("y");
  }
}
