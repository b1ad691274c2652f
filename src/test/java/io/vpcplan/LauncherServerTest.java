package io.vpcplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cli.Main;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's bash client and the resident server it starts, end to end. The jar is a stand-in
 * whose main class prints its arguments (so a run in a fresh JVM is told apart from a served one)
 * and whose Class-Path reaches the real classes (so the server it starts is the real one).
 */
class LauncherServerTest {
  @TempDir Path dir;
  Path repo;
  Path jar;
  Path runtime;
  final Path cwd = Path.of("").toAbsolutePath();

  @BeforeEach
  void fakeRepository() throws IOException {
    repo = Files.createDirectories(dir.resolve("repo"));
    Files.copy(Path.of("vpcplan"), repo.resolve("vpcplan"));
    Files.writeString(repo.resolve("pom.xml"), "<project/>");
    Files.createDirectories(repo.resolve("src/main"));
    jar = Files.createDirectories(repo.resolve("target")).resolve("vpcplan.jar");
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherTest.Probe.class.getName());
    m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", testClassPath()));
    String entry = LauncherTest.Probe.class.getName().replace('.', '/') + ".class";
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m);
        InputStream cls = LauncherTest.Probe.class.getClassLoader().getResourceAsStream(entry)) {
      j.putNextEntry(new JarEntry(entry));
      cls.transferTo(j);
    }
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    runtime = Files.createDirectories(dir.resolve("run"));
  }

  /** This JVM's class path as manifest URLs (surefire may hand it over in a manifest-only jar). */
  private static List<String> testClassPath() throws IOException {
    List<String> urls = new ArrayList<>();
    for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (p.contains("surefirebooter") && p.endsWith(".jar")) {
        try (JarFile booter = new JarFile(p)) {
          urls.addAll(List.of(booter.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH).split(" ")));
        }
      } else {
        urls.add(Path.of(p).toAbsolutePath().toUri().toString());
      }
    }
    return urls;
  }

  @AfterEach
  void stopServers() {
    // by their command line, which names this test's jar: also those that have not written their state file yet
    ProcessHandle.allProcesses().filter(p -> p.info().commandLine().filter(c -> c.contains(jar.toString())
        && c.contains("ResidentServer")).isPresent()).forEach(ProcessHandle::destroy);
  }

  /** The state file's name, as the launcher makes it. */
  private String key() {
    return (jar + "@" + cwd).replace("%", "%25").replace("/", "%2F");
  }

  record Run(String out, String err, int code) {}

  private Run run(Map<String, String> env, String... args) throws Exception {
    return runIn(cwd, env, args);
  }

  private Run runIn(Path where, Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", repo.resolve("vpcplan").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(where.toFile());
    for (String k : List.of("VPCPLAN_JAVA_OPTS", "CI", "VPCPLAN_SERVER", "PWD")) pb.environment().remove(k);
    pb.environment().put("XDG_RUNTIME_DIR", runtime.toString());
    pb.environment().put("VPCPLAN_SERVER_IDLE", "120");
    pb.environment().putAll(env);
    Process p = pb.start();
    var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(out, err.get(), p.waitFor());
  }

  private Path stateFile() throws Exception {
    for (int i = 0; i < 600; i++) {
      try (Stream<Path> files = Files.walk(runtime)) {
        List<Path> found = files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".tmp")).toList();
        if (!found.isEmpty()) return found.get(0);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no resident server started within 30 s");
  }

  private static Run inProcess(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
    return new Run(o.toString(), e.toString(), code);
  }

  @Test
  void firstRunStartsAServerThatRunsTheNextOnes() throws Exception {
    String[] args = {"validate", "samples/aws_configs-conflicts", "--format", "json"};
    Run first = run(Map.of(), args);
    assertThat(first.out()).isEqualTo("probe " + String.join("|", args) + "\n"); // a fresh JVM
    Path state = stateFile();
    assertThat(state.getParent()).isEqualTo(runtime.resolve("vpcplan/servers"));

    assertThat(run(Map.of(), args)).isEqualTo(inProcess(args)); // stdout, stderr and exit code (1: conflicts)
    Path out = dir.resolve("f.sarif");
    String[] toFile = {"validate", "samples/aws_configs-clean", "--format", "sarif", "-o", out.toString()};
    Run served = run(Map.of(), toFile);
    assertThat(served.code()).isZero();
    assertThat(served.err()).isEqualTo("wrote sarif findings (0 shown) to " + out + "\n");
    String sarif = Files.readString(out);
    Files.delete(out);
    assertThat(inProcess(toFile).code()).isZero();
    assertThat(sarif).isEqualTo(Files.readString(out));
    assertThat(run(Map.of(), "validate", "missing-folder").code()).isEqualTo(2);

    // declined by the server, or not asked: a fresh JVM
    assertThat(run(Map.of(), "validate", "--help").out()).isEqualTo("probe validate|--help\n");
    assertThat(run(Map.of("VPCPLAN_SERVER", "off"), args).out()).startsWith("probe ");
    assertThat(run(Map.of("CI", "true"), args).out()).startsWith("probe ");
    assertThat(run(Map.of(), "plan", "designs/startup.yaml").out()).startsWith("probe ");
    // text is written in the locale's charset: a run under another locale than the server's is not served
    assertThat(run(Map.of("LC_ALL", "POSIX"), args).out()).startsWith("probe ");
  }

  @Test
  void aRebuiltJarRetiresTheServer() throws Exception {
    String[] args = {"validate", "samples/aws_configs-clean"};
    run(Map.of(), args);
    Path state = stateFile();
    String before = Files.readString(state);
    assertThat(run(Map.of(), args).out()).doesNotStartWith("probe ");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 120_000));
    assertThat(run(Map.of(), args).out()).startsWith("probe "); // the old server said "stale"
    for (int i = 0; i < 600 && (!Files.exists(state) || Files.readString(state).equals(before)); i++) Thread.sleep(50);
    assertThat(Files.readString(state)).as("a new server for the new jar").isNotEqualTo(before);
    assertThat(run(Map.of(), args)).isEqualTo(inProcess(args));
  }

  @Test
  void aSecondServerForTheSameKeyLeavesTheFirst() throws Exception {
    run(Map.of(), "validate", "samples/aws_configs-clean");
    Path state = stateFile();
    String first = Files.readString(state);
    Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        jar.toString(), "io.vpcplan.cli.server.ResidentServer", state.toString(), jar.toString(), "60", "x")
        .redirectErrorStream(true).start();
    assertThat(second.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).as("the second one stops at once").isTrue();
    assertThat(Files.readString(state)).isEqualTo(first);
  }

  @Test
  void aDirectoryTooDeepForAFileNameStillGetsAServer() throws Exception {
    Path deep = Files.createDirectories(dir.resolve("a".repeat(60)).resolve("b".repeat(60)).resolve("c".repeat(60))
        .resolve("d".repeat(60)));
    String[] args = {"validate", cwd.resolve("samples/aws_configs-clean").toString()};
    assertThat(runIn(deep, Map.of(), args).out()).startsWith("probe ");
    Path state = stateFile();
    assertThat(state.getFileName().toString()).hasSize(240);
    assertThat(runIn(deep, Map.of(), args)).isEqualTo(inProcess(args));
  }

  @Test
  void aDeadServersStateFileIsNotAnError() throws Exception {
    Path state = Files.createDirectories(runtime.resolve("vpcplan/servers")).resolve(key());
    Files.writeString(state, "1 deadbeef 999999\n"); // port 1: nothing listens
    String[] args = {"validate", "samples/aws_configs-clean"};
    Run r = run(Map.of(), args);
    assertThat(r.out()).startsWith("probe ");
    assertThat(r.err()).isEmpty();
    for (int i = 0; i < 600 && Files.readString(state).startsWith("1 "); i++) Thread.sleep(50);
    assertThat(Files.readString(state)).as("a new server took the place").doesNotStartWith("1 ");
    assertThat(run(Map.of(), args)).isEqualTo(inProcess(args));
  }
}
