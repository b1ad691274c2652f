package io.vpcplan.cli.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** What ./vpcplan's bash client does, in Java, for the server's tests. */
final class ServerClient {
  final int port;
  final String token;

  ServerClient(Path state) throws IOException {
    String[] f = Files.readString(state).strip().split(" ");
    port = Integer.parseInt(f[0]);
    token = f[1];
  }

  record Result(String header, String out, String err, String code) {}

  Socket connect() throws IOException {
    Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
    s.setSoTimeout(60_000);
    return s;
  }

  static void send(Socket s, String... fields) throws IOException {
    OutputStream o = s.getOutputStream();
    for (String f : fields) {
      o.write(f.getBytes(StandardCharsets.UTF_8));
      o.write(0);
    }
    o.flush();
  }

  static String line(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c; (c = in.read()) >= 0 && c != '\n'; ) b.write(c);
    return b.toString(StandardCharsets.UTF_8);
  }

  /** What the tests start their servers under, as the launcher's locale. */
  static final String ENV = ":C.UTF-8:";

  Socket request(String tok, String cwd, List<String> args) throws IOException {
    return request(tok, cwd, ENV, args);
  }

  Socket request(String tok, String cwd, String env, List<String> args) throws IOException {
    Socket ctl = connect();
    String[] fields = new String[5 + args.size()];
    fields[0] = "vpcplan-run-2";
    fields[1] = tok;
    fields[2] = cwd;
    fields[3] = env;
    fields[4] = Integer.toString(args.size());
    for (int i = 0; i < args.size(); i++) fields[5 + i] = args.get(i);
    send(ctl, fields);
    return ctl;
  }

  Result run(List<String> args) throws Exception {
    try (Socket ctl = request(token, Path.of("").toAbsolutePath().toString(), args)) {
      String header = line(ctl);
      if (!header.startsWith("OK ")) return new Result(header, "", "", "");
      String run = header.substring(3);
      try (Socket out = connect(); Socket err = connect()) {
        send(out, "out", token, run);
        send(err, "err", token, run);
        CompletableFuture<byte[]> e = CompletableFuture.supplyAsync(() -> readAll(err));
        String o = new String(out.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(header, o, new String(e.get(), StandardCharsets.UTF_8), line(ctl));
      }
    }
  }

  private static byte[] readAll(Socket s) {
    try {
      return s.getInputStream().readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
