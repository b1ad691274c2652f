package io.vpcplan.cli.server;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The launcher's requests: NUL-terminated fields, as bash's {@code printf '%s\0'} writes them. */
final class Frames {
  /** Far above any command line; a peer that sends more is not the launcher. */
  static final int MAX_BYTES = 1 << 20;

  private Frames() {}

  /** Reads one NUL-terminated field; EOF before the NUL is an error (a cut-off request). */
  static String field(InputStream in, int[] budget) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(64);
    for (int c; (c = in.read()) != 0; ) {
      if (c < 0) throw new EOFException("request cut off");
      if (--budget[0] < 0) throw new IOException("request too long");
      b.write(c);
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  /**
   * A command request: magic, token, working directory, the launcher's locale (it sets the
   * charset of the text written), argument count, arguments.
   */
  record Command(String token, String cwd, String env, List<String> args) {}

  /** A stream request: which stream (out or err), token, the run it belongs to. */
  record Stream(String which, String token, String run) {}

  static Object read(InputStream in) throws IOException {
    int[] budget = {MAX_BYTES};
    String magic = field(in, budget);
    switch (magic) {
      case "vpcplan-run-2" -> {
        String token = field(in, budget);
        String cwd = field(in, budget);
        String env = field(in, budget);
        int n;
        try {
          n = Integer.parseInt(field(in, budget));
        } catch (NumberFormatException e) {
          throw new IOException("bad argument count");
        }
        if (n < 0 || n > 10_000) throw new IOException("bad argument count");
        List<String> args = new ArrayList<>(n);
        for (int i = 0; i < n; i++) args.add(field(in, budget));
        return new Command(token, cwd, env, args);
      }
      case "out", "err" -> {
        String token = field(in, budget);
        return new Stream(magic, token, field(in, budget));
      }
      default -> throw new IOException("not a vpcplan request");
    }
  }
}
