package io.vpcplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./vpcplan launcher, run by bash on a copy of the repository's layout (the script, a
 * pom.xml, src/main and a stand-in jar that prints its arguments), so no build is started.
 */
class LauncherTest {
  @TempDir Path dir;
  Path repo;

  @BeforeEach
  void fakeRepository() throws IOException {
    repo = Files.createDirectories(dir.resolve("repo"));
    Files.copy(Path.of("vpcplan"), repo.resolve("vpcplan"));
    repo.resolve("vpcplan").toFile().setExecutable(true);
    Files.writeString(repo.resolve("pom.xml"), "<project/>");
    Files.createDirectories(repo.resolve("src/main"));
    Path jar = Files.createDirectories(repo.resolve("target")).resolve("vpcplan.jar");
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
    String entry = Probe.class.getName().replace('.', '/') + ".class";
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m);
        InputStream cls = Probe.class.getClassLoader().getResourceAsStream(entry)) {
      j.putNextEntry(new JarEntry(entry));
      cls.transferTo(j);
    }
    // newer than the sources, so the launcher runs it instead of building
    FileTime later = FileTime.fromMillis(System.currentTimeMillis() + 60_000);
    Files.setLastModifiedTime(jar, later);
  }

  @Test
  void runsDirectly() throws Exception {
    assertThat(run(repo.resolve("vpcplan"), "--version")).isEqualTo("probe --version");
  }

  @Test
  void runsThroughASymlinkOnThePath() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("home/bin"));
    Files.createSymbolicLink(bin.resolve("vpcplan"), repo.resolve("vpcplan"));
    assertThat(run(bin.resolve("vpcplan"), "--version")).isEqualTo("probe --version");
  }

  @Test
  void runsThroughARelativeSymlinkToASymlink() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("home/bin"));
    Files.createSymbolicLink(dir.resolve("home/vpcplan-link"), Path.of("../repo/vpcplan"));
    Files.createSymbolicLink(bin.resolve("vpcplan"), Path.of("../vpcplan-link"));
    assertThat(run(bin.resolve("vpcplan"), "plan", "x y.yaml")).isEqualTo("probe plan|x y.yaml");
  }

  @Test
  void findsItsRepositoryWhereReadlinkHasNoDashF() throws Exception {
    // old macOS: readlink without -f; the launcher follows the links itself
    Path fakeBin = Files.createDirectories(dir.resolve("fakebin"));
    Path readlink = fakeBin.resolve("readlink");
    Files.writeString(readlink, "#!/usr/bin/env bash\nif [ \"$1\" = -f ]; then echo 'readlink: illegal option -- f' >&2; exit 1; fi\n"
        + "exec /usr/bin/env -S \"PATH=" + System.getenv("PATH") + "\" readlink \"$@\"\n");
    readlink.toFile().setExecutable(true);
    Path bin = Files.createDirectories(dir.resolve("home/bin"));
    Files.createSymbolicLink(dir.resolve("home/vpcplan-link"), Path.of("../repo/vpcplan"));
    Files.createSymbolicLink(bin.resolve("vpcplan"), Path.of("../vpcplan-link"));
    pathPrefix = fakeBin + java.io.File.pathSeparator;
    assertThat(run(bin.resolve("vpcplan"), "--version")).isEqualTo("probe --version");
  }

  @Test
  void rebuildsWhenAFileDeepInTheSourcesIsNewer() throws Exception {
    Path deep = Files.createDirectories(repo.resolve("src/main/java/a b/[c]"));
    touchAfterJar(Files.writeString(deep.resolve("D.java"), "class D {}"));
    assertThat(runExpectingBuild()).contains("building the jar");
  }

  @Test
  void rebuildsWhenAHiddenSourceFileIsNewer() throws Exception {
    touchAfterJar(Files.writeString(Files.createDirectories(repo.resolve("src/main/.x")).resolve(".y"), ""));
    assertThat(runExpectingBuild()).contains("building the jar");
  }

  @Test
  void rebuildsWhenASourceFileWasDeleted() throws Exception {
    Path pkg = Files.createDirectories(repo.resolve("src/main/java/p"));
    touchAfterJar(pkg); // the folder a file was deleted from is newer than the jar
    assertThat(runExpectingBuild()).contains("building the jar");
  }

  @Test
  void rebuildsWhenThePomIsNewer() throws Exception {
    touchAfterJar(repo.resolve("pom.xml"));
    assertThat(runExpectingBuild()).contains("building the jar");
  }

  @Test
  void runsWithoutBuildingWhenEverySourceIsOlder() throws Exception {
    Path deep = Files.createDirectories(repo.resolve("src/main/java/q"));
    Files.writeString(deep.resolve("E.java"), "class E {}");
    assertThat(run(repo.resolve("vpcplan"), "--version")).isEqualTo("probe --version");
  }

  private void touchAfterJar(Path p) throws IOException {
    Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() + 120_000));
  }

  /** Runs the launcher with a stand-in mvn that fails: returns its standard error. */
  private String runExpectingBuild() throws IOException, InterruptedException {
    Path fakeBin = Files.createDirectories(dir.resolve("fakemvn"));
    Path mvn = fakeBin.resolve("mvn");
    Files.writeString(mvn, "#!/usr/bin/env bash\necho 'stand-in mvn: no build here'\nexit 1\n");
    mvn.toFile().setExecutable(true);
    ProcessBuilder pb = new ProcessBuilder("bash", repo.resolve("vpcplan").toString(), "--version").directory(dir.toFile());
    pb.environment().remove("VPCPLAN_JAVA_OPTS");
    pb.environment().put("PATH", fakeBin + java.io.File.pathSeparator + System.getenv("PATH"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out + err).isEqualTo(2);
    assertThat(err).contains("stand-in mvn");
    return err;
  }

  private String pathPrefix = "";

  /** Runs the script with bash from an unrelated directory and returns its standard output. */
  private String run(Path script, String... args) throws IOException, InterruptedException {
    java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("bash", script.toString()));
    cmd.addAll(java.util.List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().remove("VPCPLAN_JAVA_OPTS");
    pb.environment().put("PATH", pathPrefix + System.getenv("PATH"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(err).isZero();
    return out;
  }

  /** Stands in for vpcplan.jar: prints its arguments. */
  public static final class Probe {
    public static void main(String[] args) {
      System.out.println("probe " + String.join("|", args));
    }
  }
}
