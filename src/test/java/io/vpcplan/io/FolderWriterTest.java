package io.vpcplan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder is written as a whole, file by file: unchanged files untouched, foreign files kept, nothing placed before commit. */
class FolderWriterTest {
  @TempDir Path dir;

  @Test
  void writesUnchangedRemovesStaleAndKeepsForeignFiles() throws IOException {
    FolderWriter.write(dir, Map.of("a/x.yaml", "one\n", "b.yaml", "two\n", "gone.yaml", "old\n"));
    Files.writeString(dir.resolve("mine.txt"), "the user's\n");
    FileTime before = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(dir.resolve("b.yaml"), before);

    FolderWriter.Result r = FolderWriter.write(dir, Map.of("a/x.yaml", "ONE\n", "b.yaml", "two\n", "c/new.yaml", "new\n"));

    assertThat(r.written()).containsExactly("a/x.yaml", "c/new.yaml");
    assertThat(r.unchanged()).containsExactly("b.yaml");
    assertThat(r.removed()).containsExactly("gone.yaml");
    assertThat(Files.readString(dir.resolve("a/x.yaml"))).isEqualTo("ONE\n");
    assertThat(Files.getLastModifiedTime(dir.resolve("b.yaml"))).isEqualTo(before);
    assertThat(dir.resolve("gone.yaml")).doesNotExist();
    assertThat(Files.readString(dir.resolve("mine.txt"))).isEqualTo("the user's\n");
    assertThat(Files.readString(dir.resolve(FolderWriter.MANIFEST))).isEqualTo("a/x.yaml\nb.yaml\nc/new.yaml\n");
    assertThat(staging()).isEmpty();
  }

  @Test
  void aSessionPlacesNothingBeforeCommitAndNothingWhenAbandoned() throws IOException {
    FolderWriter.write(dir, Map.of("a.yaml", "old\n"));
    try (FolderWriter.Session s = FolderWriter.open(dir)) {
      s.add("a.yaml", "new\n");
      s.add("b/c.yaml", "more\n");
      assertThat(Files.readString(dir.resolve("a.yaml"))).isEqualTo("old\n");
      assertThat(dir.resolve("b/c.yaml")).doesNotExist();
      // closed without commit: a generator failed half-way
    }
    assertThat(Files.readString(dir.resolve("a.yaml"))).isEqualTo("old\n");
    assertThat(dir.resolve("b")).doesNotExist();
    assertThat(staging()).isEmpty();
  }

  @Test
  void fileByFileInAnyOrderGivesWhatTheWholeMapGives() throws IOException {
    Map<String, String> files = new TreeMap<>(Map.of("z.yaml", "z\n", "a/b.yaml", "b\n", "m.tf", "m\n"));
    Path whole = Files.createDirectory(dir.resolve("whole"));
    Path streamed = Files.createDirectory(dir.resolve("streamed"));
    FolderWriter.Result w = FolderWriter.write(whole, files);
    FolderWriter.Result s;
    try (FolderWriter.Session session = FolderWriter.open(streamed)) {
      for (String p : new String[] {"z.yaml", "m.tf", "a/b.yaml"}) session.add(p, files.get(p));
      s = session.commit();
    }
    assertThat(s).isEqualTo(w);
    for (String p : files.keySet()) assertThat(Files.readString(streamed.resolve(p))).isEqualTo(files.get(p));
    assertThat(Files.readString(streamed.resolve(FolderWriter.MANIFEST)))
        .isEqualTo(Files.readString(whole.resolve(FolderWriter.MANIFEST)));
  }

  @Test
  void aFileThatCannotBeStagedFailsTheCommitAndPlacesNothing() throws IOException {
    FolderWriter.write(dir, Map.of("keep.yaml", "old\n"));
    // "a" is staged as a file, so "a/b.yaml" cannot be: the stager's failure must reach the caller
    assertThatThrownBy(() -> {
      try (FolderWriter.Session s = FolderWriter.open(dir)) {
        s.add("keep.yaml", "new\n");
        s.add("a", "x\n");
        s.add("a/b.yaml", "y\n");
        for (int i = 0; i < 100; i++) s.add("more/" + i + ".yaml", i + "\n");
        s.commit();
      }
    }).isInstanceOf(IOException.class);
    assertThat(Files.readString(dir.resolve("keep.yaml"))).isEqualTo("old\n");
    assertThat(dir.resolve("a")).doesNotExist();
    assertThat(dir.resolve("more")).doesNotExist();
    assertThat(staging()).isEmpty();
  }

  @Test
  void manyFilesStagedBesideTheCallerAllArrive() throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (int i = 0; i < 500; i++) files.put("d" + (i % 7) + "/f" + i + ".tf", "content " + i + "\n".repeat(i % 3 + 1));
    FolderWriter.Result r = FolderWriter.write(dir, files);
    assertThat(r.written()).containsExactlyElementsOf(files.keySet());
    for (Map.Entry<String, String> e : files.entrySet()) {
      assertThat(Files.readString(dir.resolve(e.getKey()))).isEqualTo(e.getValue());
    }
    FolderWriter.Result again = FolderWriter.write(dir, files);
    assertThat(again.written()).isEmpty();
    assertThat(again.unchanged()).containsExactlyElementsOf(files.keySet());
  }

  @Test
  void theSameFileTwiceIsABug() throws IOException {
    try (FolderWriter.Session s = FolderWriter.open(dir)) {
      s.add("a.yaml", "1\n");
      assertThatThrownBy(() -> s.add("a.yaml", "2\n")).isInstanceOf(IllegalStateException.class).hasMessageContaining("a.yaml");
    }
  }

  private Stream<Path> staging() throws IOException {
    return Files.list(dir).filter(p -> p.getFileName().toString().startsWith(".vpcplan-staging-")).toList().stream();
  }

  @Test
  void aFileTheLastRunDidNotWriteIsNeverOverwrittenWithoutReplace() throws IOException {
    FolderWriter.Owner me = new FolderWriter.Owner("terraform", "startup");
    Files.writeString(dir.resolve("README.md"), "the user's\n");
    try (FolderWriter.Session s = FolderWriter.open(dir, me, false)) {
      s.add("README.md", "generated\n");
      s.add("main.tf", "x\n");
      assertThatThrownBy(s::commit).isInstanceOf(FolderWriter.WouldOverwriteException.class).hasMessageContaining("README.md");
    }
    assertThat(Files.readString(dir.resolve("README.md"))).isEqualTo("the user's\n");
    assertThat(dir.resolve("main.tf")).doesNotExist();
    assertThat(dir.resolve(FolderWriter.MANIFEST)).doesNotExist();
    assertThat(staging()).isEmpty();
    // negative control: same bytes are no overwrite; and once written, the file is the run's own
    try (FolderWriter.Session s = FolderWriter.open(dir, me, false)) {
      s.add("README.md", "the user's\n");
      assertThat(s.commit().unchanged()).containsExactly("README.md");
    }
    try (FolderWriter.Session s = FolderWriter.open(dir, me, false)) {
      s.add("README.md", "changed\n");
      assertThat(s.commit().written()).containsExactly("README.md");
    }
    assertThat(FolderWriter.owner(dir)).contains(me);
    assertThat(FolderWriter.recorded(dir)).containsExactly("README.md");
  }
}
