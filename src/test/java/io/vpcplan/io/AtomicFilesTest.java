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

  @Test
  void aNameNearTheFileSystemsLimitIsWritten() throws IOException {
    Path f = dir.resolve("n".repeat(250) + ".json"); // 255 bytes: the temp name beside it must be shorter
    AtomicFiles.writeString(f, "x");
    assertThat(Files.readString(f)).isEqualTo("x");
  }

  @Test
  void privateFilesStayOwnerOnly() throws IOException {
    Path f = dir.resolve("token");
    AtomicFiles.writePrivate(f, "secret");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
    assertThat(Files.readString(f)).isEqualTo("secret");
  }

  @Test
  void concurrentWritersEachGetTheirOwnTempFile() throws Exception {
    Path f = dir.resolve("out.json");
    java.util.List<Thread> threads = new java.util.ArrayList<>();
    java.util.List<Throwable> errors = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    for (int t = 0; t < 6; t++) {
      String body = ("writer " + t + "\n").repeat(2000);
      threads.add(new Thread(() -> {
        try {
          for (int i = 0; i < 20; i++) {
            AtomicFiles.write(f, out -> out.write(body.getBytes()));
          }
        } catch (Throwable e) {
          errors.add(e);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) t.join();
    assertThat(errors).isEmpty();
    AtomicFiles.write(f, out -> { // the temp file is owner-only while it is written
      try (Stream<Path> s = Files.list(dir)) {
        Path tmp = s.filter(p -> p.getFileName().toString().endsWith(".tmp")).findFirst().orElseThrow();
        assertThat(tmp.getFileName().toString()).startsWith(".out.json.");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp))).isEqualTo("rw-------");
      }
      out.write(Files.readAllBytes(f));
    });
    String last = Files.readString(f);
    assertThat(last).matches("(writer \\d\n){2000}").isEqualTo(last.substring(0, 9).repeat(2000));
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("out.json");
    }
  }
}
