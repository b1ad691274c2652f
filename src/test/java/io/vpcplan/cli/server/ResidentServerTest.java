package io.vpcplan.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resident server in this JVM, driven the way the launcher drives it. */
class ResidentServerTest {
  @TempDir Path dir;
  Path state;
  Path jar;
  CompletableFuture<Void> serving;

  @BeforeEach
  void start() throws Exception {
    state = dir.resolve("servers/key");
    jar = Files.writeString(dir.resolve("vpcplan.jar"), "stands in for the jar: only its time is read");
    startServer(60_000);
  }

  private void startServer(long idleMs) throws Exception {
    ResidentServer s = new ResidentServer(state, jar, idleMs, ServerClient.ENV);
    serving = CompletableFuture.runAsync(() -> {
      try {
        s.serve();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    for (int i = 0; i < 500 && !Files.exists(state); i++) Thread.sleep(10);
    assertThat(state).exists();
  }

  @AfterEach
  void stop() throws Exception {
    if (!serving.isDone()) {
      Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 120_000));
      new ServerClient(state).run(List.of("validate")); // a changed jar stops it
      serving.get(30, TimeUnit.SECONDS);
    }
  }

  private static String[] inProcess(List<String> args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
    return new String[] {o.toString(), e.toString(), Integer.toString(code)};
  }

  @Test
  void runsValidateAsAFreshJvmWould() throws Exception {
    ServerClient c = new ServerClient(state);
    for (List<String> args : List.of(
        List.of("validate", "samples/aws_configs-conflicts", "--format", "json"),
        List.of("validate", "samples/aws_configs-clean"),
        List.of("validate", "samples/aws_configs-conflicts", "--format", "sarif", "--min-severity", "error"),
        List.of("validate", "no/such/folder"),
        List.of("validate", "--format", "xml", "samples/aws_configs-clean"))) {
      ServerClient.Result r = c.run(args);
      String[] want = inProcess(args);
      assertThat(r.header()).as("%s", args).startsWith("OK ");
      assertThat(r.out()).as("stdout of %s", args).isEqualTo(want[0]);
      assertThat(r.err()).as("stderr of %s", args).isEqualTo(want[1]);
      assertThat(r.code()).as("exit code of %s", args).isEqualTo(want[2]);
    }
    assertThat(c.run(List.of("validate", "samples/aws_configs-conflicts")).code()).isEqualTo("1");
    assertThat(c.run(List.of("validate", "no/such/folder")).code()).isEqualTo("2");
  }

  @Test
  void writesTheOutputFileItIsGiven() throws Exception {
    Path out = dir.resolve("findings.json");
    List<String> args = List.of("validate", "samples/aws_configs-conflicts", "--format", "json", "-o", out.toString());
    ServerClient.Result r = new ServerClient(state).run(args);
    String served = Files.readString(out);
    Files.delete(out);
    inProcess(args);
    assertThat(served).isEqualTo(Files.readString(out));
    assertThat(r.err()).isEqualTo("wrote json findings (" + (served.split("\"code\"").length - 1) + " shown) to " + out + "\n");
  }

  @Test
  void declinesWhatDependsOnMoreThanItsArguments() throws Exception {
    ServerClient c = new ServerClient(state);
    assertThat(c.run(List.of("validate", "--help")).header()).isEqualTo("NO");
    assertThat(c.run(List.of("validate", "--live", "--profile", "x")).header()).isEqualTo("NO");
    assertThat(c.run(List.of("plan", "designs/startup.yaml")).header()).isEqualTo("NO");
    try (Socket s = c.request(c.token, dir.toString(), List.of("validate", "x"))) {
      assertThat(ServerClient.line(s)).as("another working directory").isEqualTo("NO");
    }
    try (Socket s = c.request(c.token, Path.of("").toAbsolutePath().toString(), "POSIX::", List.of("validate", "x"))) {
      assertThat(ServerClient.line(s)).as("another locale").isEqualTo("NO");
    }
  }

  @Test
  void ignoresAWrongToken() throws Exception {
    ServerClient c = new ServerClient(state);
    try (Socket s = c.request("0".repeat(32), Path.of("").toAbsolutePath().toString(), List.of("validate", "x"))) {
      assertThat(s.getInputStream().read()).isEqualTo(-1); // closed, nothing said, nothing run
    }
    try (Socket s = c.connect()) {
      ServerClient.send(s, "GET / HTTP/1.1\r\n");
      s.shutdownOutput();
      assertThat(s.getInputStream().read()).isEqualTo(-1);
    }
    assertThat(c.run(List.of("validate", "samples/aws_configs-clean")).code()).isEqualTo("0"); // still serving
  }

  @Test
  void tellsASecondLauncherItIsBusy() throws Exception {
    ServerClient c = new ServerClient(state);
    try (Socket first = c.request(c.token, Path.of("").toAbsolutePath().toString(), List.of("validate", "x"))) {
      assertThat(ServerClient.line(first)).startsWith("OK ");
      // the first has not attached its streams yet: the server waits for them, and says so to others
      try (Socket second = c.request(c.token, Path.of("").toAbsolutePath().toString(), List.of("validate", "y"))) {
        assertThat(ServerClient.line(second)).isEqualTo("NO busy");
      }
    }
    // the first never attached: after the server's wait it serves again
    Thread.sleep(5_500);
    assertThat(c.run(List.of("validate", "samples/aws_configs-clean")).code()).isEqualTo("0");
  }

  @Test
  void stopsWhenTheJarChangesAndForgetsItsStateFile() throws Exception {
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 120_000));
    assertThat(new ServerClient(state).run(List.of("validate", "x")).header()).isEqualTo("NO stale");
    serving.get(30, TimeUnit.SECONDS);
    assertThat(state).doesNotExist();
  }

  @Test
  void stopsWhenTheJarIsGone() throws Exception {
    Files.delete(jar);
    assertThat(new ServerClient(state).run(List.of("validate", "x")).header()).isEqualTo("NO stale");
    serving.get(30, TimeUnit.SECONDS);
    assertThat(state).doesNotExist();
  }

  @Test
  void stopsWhenIdle() throws Exception {
    stop();
    startServer(300);
    serving.get(30, TimeUnit.SECONDS);
    assertThat(state).doesNotExist();
  }

  @Test
  void stateFileIsTheUsersAlone() throws Exception {
    assertThat(Files.getPosixFilePermissions(state)).containsExactlyInAnyOrder(
        java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    assertThat(Files.readString(state)).matches("\\d+ [0-9a-f]{32} \\d+\n");
  }
}
