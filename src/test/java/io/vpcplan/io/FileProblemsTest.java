package io.vpcplan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProblemsTest {
  @TempDir Path dir;

  @Test
  void writeProblemsNameTheFileTheUserGaveAndWhatToDo() {
    Path target = Path.of("out", "plan.json");
    String folder = target.toAbsolutePath().getParent().toString();
    assertThat(FileProblems.cannotWrite(target, new AccessDeniedException("out/.plan.json.123.tmp")))
        .isEqualTo("cannot write out/plan.json: permission denied; choose a folder you can write to, or make " + folder + " writable");
    assertThat(FileProblems.cannotWrite(target, new NoSuchFileException("out/.plan.json.123.tmp")))
        .isEqualTo("cannot write out/plan.json: the folder " + folder + " does not exist and cannot be created; check the path");
    assertThat(FileProblems.cannotWrite(target, new FileSystemException("a", "b", "Is a directory")))
        .endsWith(": is a folder; give a file name");
    assertThat(FileProblems.cannotWrite(target, new FileSystemException("a", null, "Read-only file system")))
        .endsWith(": the file system is read-only; choose another folder");
    assertThat(FileProblems.cannotWrite(target, new IOException("No space left on device")))
        .isEqualTo("cannot write out/plan.json: No space left on device; check the path and that its folder is writable");
    assertThat(FileProblems.cannotWrite(target, new IOException("x"))).doesNotContain(".tmp");
  }

  @Test
  void readProblemsSayWhy() {
    assertThat(FileProblems.cannotRead(new AccessDeniedException("d.yaml"))).startsWith("permission denied; make it readable");
    assertThat(FileProblems.cannotRead(new NoSuchFileException("d.yaml"))).isEqualTo("file not found; check the path");
    assertThat(FileProblems.cannotRead(new FileSystemException("d", null, "Is a directory"))).isEqualTo("is a folder; give a file");
    // java.io's "PATH (REASON)"
    assertThat(FileProblems.cannotRead(new java.io.FileNotFoundException("d (Is a directory)"))).isEqualTo("is a folder; give a file");
    assertThat(FileProblems.cannotRead(new java.io.FileNotFoundException("d (Permission denied)"))).startsWith("permission denied");
    assertThat(FileProblems.cannotRead(new IOException("Input/output error"))).isEqualTo("Input/output error");
  }

  @Test
  void atomicWritesFailWithTheTargetNamedAndLeaveTheOldFile() throws IOException {
    Path file = Files.writeString(dir.resolve("f"), "old");
    assertThatThrownBy(() -> AtomicFiles.writeString(file.resolve("x.json"), "new"))
        .isInstanceOf(FileProblems.CannotWriteException.class)
        .hasMessage("cannot write " + file.resolve("x.json") + ": a part of the path is a file, not a folder; check the path");
    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      out.write('n');
      throw new IOException("No space left on device");
    })).isInstanceOf(FileProblems.CannotWriteException.class).hasMessageContaining("No space left on device");
    assertThat(Files.readString(file)).isEqualTo("old");
    try (var s = Files.list(dir)) {
      assertThat(s).containsExactly(file); // no temp file left behind
    }
    // negative control: a writable target is written, no exception
    AtomicFiles.writeString(file, "new");
    assertThat(Files.readString(file)).isEqualTo("new");
  }
}
