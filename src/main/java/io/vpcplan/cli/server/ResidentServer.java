package io.vpcplan.cli.server;

import io.vpcplan.cli.ExitCodes;
import io.vpcplan.cli.Main;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * A warm JVM that runs the launcher's commands for one working directory, one at a time, so a
 * repeated {@code validate} costs neither the JVM's start nor its warm-up (what Gradle's daemon
 * does for builds). The launcher ({@code ./vpcplan}) talks to it over loopback TCP: a control
 * connection carries the command line and, at the end, the exit code; two more carry standard
 * output and standard error. Anything unexpected (a busy server, a stale jar, a command it does
 * not run) is answered "NO", and the launcher runs the command in a fresh JVM as before.
 */
public final class ResidentServer {
  private static final int IO_TIMEOUT_MS = 5_000;

  private final Path state;
  private final Path jar;
  private final FileTime jarTime;
  private final long idleMs;
  private final String token;
  /** The launcher's locale when it started this server; a run under another is declined. */
  private final String env;
  private final String cwd = Path.of("").toAbsolutePath().toString();
  private long runs;

  ResidentServer(Path state, Path jar, long idleMs, String env) throws IOException {
    this.env = env;
    this.state = state;
    this.jar = jar;
    this.jarTime = Files.getLastModifiedTime(jar);
    this.idleMs = idleMs;
    byte[] t = new byte[16];
    new SecureRandom().nextBytes(t);
    this.token = HexFormat.of().formatHex(t);
  }

  /** {@code ResidentServer STATE_FILE JAR IDLE_SECONDS ENV}: serves until idle that long or the jar changes. */
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: ResidentServer STATE_FILE JAR IDLE_SECONDS ENV (started by ./vpcplan)");
      System.exit(ExitCodes.USAGE);
    }
    ResidentServer s = new ResidentServer(Path.of(args[0]), Path.of(args[1]), Long.parseLong(args[2]) * 1000, args[3]);
    s.serve();
    System.exit(0);
  }

  void serve() throws IOException {
    if (StateFile.namesAnotherLiveServer(state)) return; // two launchers started one each: keep the first
    try (ServerSocket ss = new ServerSocket(0, 16, InetAddress.getLoopbackAddress())) {
      StateFile.write(state, ss.getLocalPort() + " " + token + " " + ProcessHandle.current().pid() + "\n");
      Runtime.getRuntime().addShutdownHook(new Thread(this::forget));
      ss.setSoTimeout((int) Math.min(idleMs, Integer.MAX_VALUE));
      while (true) {
        Socket s;
        try {
          s = ss.accept();
        } catch (SocketTimeoutException idle) {
          break;
        }
        long before = runs;
        if (!handle(ss, s)) break;
        ss.setSoTimeout((int) Math.min(idleMs, Integer.MAX_VALUE));
        if (runs == before) continue;
        // the launcher has its exit code: collect the run's garbage now, between runs, so that the
        // next run does not meet it in a full collection halfway through (a 100,000-VPC run keeps
        // hundreds of MB live until its end)
        System.gc();
      }
    } finally {
      forget();
    }
  }

  /** One control connection; false when the server should stop (jar changed, or a run failed hard). */
  private boolean handle(ServerSocket ss, Socket ctl) {
    try (ctl) {
      ctl.setSoTimeout(IO_TIMEOUT_MS);
      Object req;
      try {
        req = Frames.read(ctl.getInputStream());
      } catch (IOException e) {
        return true; // not the launcher, or cut off: nothing was run
      }
      if (!(req instanceof Frames.Command c) || !sameToken(c.token())) return true;
      OutputStream reply = ctl.getOutputStream();
      if (jarChanged()) {
        answer(reply, "NO stale\n");
        return false;
      }
      if (!sameDirectory(c.cwd()) || !c.env().equals(env) || !Servable.test(c.args())) {
        answer(reply, "NO\n");
        return true;
      }
      String run = Long.toString(++runs);
      answer(reply, "OK " + run + "\n");
      Socket out = null, err = null;
      try {
        ss.setSoTimeout(IO_TIMEOUT_MS);
        while (out == null || err == null) {
          Socket s = ss.accept();
          Frames.Stream st = stream(s, run);
          if (st == null) {
            s.close();
          } else if (st.which().equals("out") && out == null) {
            out = s;
          } else if (st.which().equals("err") && err == null) {
            err = s;
          } else {
            s.close();
          }
        }
        return execute(c.args(), ctl, out, err);
      } finally {
        closeQuietly(out);
        closeQuietly(err);
      }
    } catch (IOException e) {
      return true; // the launcher went away (its streams closed): nothing more to say to it
    }
  }

  /** A stream connection for this run; any other request meanwhile is told the server is busy. */
  private Frames.Stream stream(Socket s, String run) throws IOException {
    s.setSoTimeout(IO_TIMEOUT_MS);
    Object req;
    try {
      req = Frames.read(s.getInputStream());
    } catch (IOException e) {
      return null;
    }
    if (req instanceof Frames.Stream st && sameToken(st.token()) && st.run().equals(run)) return st;
    if (req instanceof Frames.Command) answer(s.getOutputStream(), "NO busy\n");
    return null;
  }

  private boolean execute(List<String> args, Socket ctl, Socket out, Socket err) throws IOException {
    Charset cs = Charset.defaultCharset();
    PrintWriter o = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(out.getOutputStream(), 1 << 16), cs));
    PrintWriter e = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(err.getOutputStream(), 1 << 12), cs));
    int code;
    boolean keep = true;
    // when the launcher goes away mid-run, this JVM ends as the run's own JVM would have: no output
    // is written after the user stopped it
    LauncherWatch watch = new LauncherWatch(ctl, () -> {
      forget();
      Runtime.getRuntime().halt(130);
    });
    try {
      code = Main.run(args.toArray(String[]::new), o, e);
    } catch (Throwable t) { // NOPMD: an Error leaves this JVM in doubt: report it, then stop serving
      e.println("vpcplan: internal error in the resident server (" + t + "); run again with VPCPLAN_SERVER=off"
          + " and report it");
      code = ExitCodes.FAILED;
      keep = false;
    } finally {
      watch.close();
    }
    o.flush();
    e.flush();
    out.shutdownOutput();
    err.shutdownOutput();
    answer(ctl.getOutputStream(), code + "\n");
    return keep;
  }

  /** Rebuilt, or gone (mvn clean): either way this JVM's classes are not the jar's any more. */
  private boolean jarChanged() {
    try {
      return !Files.getLastModifiedTime(jar).equals(jarTime);
    } catch (IOException e) {
      return true;
    }
  }

  /** The launcher sends bash's $PWD, which may name this directory through a symlink. */
  private boolean sameDirectory(String given) {
    try {
      return Files.isSameFile(Path.of(given), Path.of(cwd));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private boolean sameToken(String given) {
    return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private static void answer(OutputStream o, String s) throws IOException {
    o.write(s.getBytes(StandardCharsets.UTF_8));
    o.flush();
  }

  private void forget() {
    StateFile.deleteIfOurs(state, token);
  }

  private static void closeQuietly(Socket s) {
    if (s == null) return;
    try {
      s.close();
    } catch (IOException ignored) {
      // closing a socket the launcher already closed
    }
  }
}
