package io.vpcplan.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Resource;
import io.vpcplan.model.NetworkCounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * {@link FindingsJson}'s bytes (Jackson's pretty printer with two-space indents), written
 * straight into a byte buffer: at 100,000 VPCs the findings are tens of MB, and the generator's
 * pretty printer calls per token cost more than the bytes. Text that needs escaping or is not
 * ASCII is quoted by a Jackson generator, so every string is written exactly as Jackson writes it.
 */
final class FindingsJsonBytes {
  private static final JsonFactory JSON = new JsonFactory();
  private static final byte[] INDENT = "\n                                ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final OutputStream out;
  private final byte[] buf = new byte[1 << 16];
  private char[] chars = new char[256];
  private int pos;
  private int depth;
  /** Whether the object or list open at each depth has a member yet. */
  private final boolean[] has = new boolean[16];

  private FindingsJsonBytes(OutputStream out) {
    this.out = out;
  }

  /** The same bytes as {@link FindingsJson#write(OutputStream, List, int, int[], NetworkCounts)}. */
  static void write(OutputStream out, List<Finding> findings, int suppressed, int[] below, NetworkCounts counts)
      throws IOException {
    FindingsJsonBytes w = new FindingsJsonBytes(out);
    int[] n = FindingsTable.counts(findings);
    w.open('{');
    w.key("summary");
    w.open('{');
    w.number("errors", n[0]);
    w.number("warnings", n[1]);
    w.number("info", n[2]);
    w.number("suppressed", suppressed);
    w.number("belowMinSeverity", below[0] + below[1] + below[2]);
    if (counts != null) {
      w.number("accounts", counts.accounts());
      w.number("vpcs", counts.vpcs());
      w.number("subnets", counts.subnets());
      w.number("inspectionVpcs", counts.connectivityVpcs());
    }
    w.close('}');
    w.key("findings");
    w.open('[');
    for (Finding f : findings) {
      w.item();
      w.open('{');
      w.string("code", f.code().name());
      w.string("severity", f.severity().label());
      w.string("message", f.message());
      if (f.range() != null) w.string("range", f.range().toString());
      if (!f.location().file().isEmpty()) {
        w.key("location");
        w.open('{');
        w.string("file", f.location().file());
        if (f.location().line() > 0) {
          w.number("line", f.location().line());
          w.number("column", f.location().column());
        }
        w.close('}');
      }
      w.key("resources");
      w.open('[');
      for (Resource r : f.resources()) {
        w.item();
        w.open('{');
        w.string("kind", r.kind());
        w.string("id", r.id());
        if (!r.name().isEmpty()) w.string("name", r.name());
        w.string("account", r.account());
        w.string("region", r.region());
        w.close('}');
      }
      w.close(']');
      w.close('}');
    }
    w.close(']');
    w.close('}');
    w.room(1);
    w.buf[w.pos++] = '\n';
    w.flush();
  }

  private void open(char c) throws IOException {
    room(1);
    buf[pos++] = (byte) c;
    has[++depth] = false;
  }

  /** As the pretty printer ends an object or list: on its own line, or "{ }" / "[ ]" when empty. */
  private void close(char c) throws IOException {
    boolean any = has[depth--];
    room(2 + INDENT.length);
    if (any) newline();
    else buf[pos++] = ' ';
    buf[pos++] = (byte) c;
  }

  /** Before a member or item: a comma after the one before, then a new line at the depth. */
  private void item() throws IOException {
    room(1 + INDENT.length);
    if (has[depth]) buf[pos++] = ',';
    has[depth] = true;
    newline();
  }

  private void newline() {
    int n = 1 + 2 * depth;
    System.arraycopy(INDENT, 0, buf, pos, n);
    pos += n;
  }

  private void key(String name) throws IOException {
    item();
    text(name);
    room(3);
    buf[pos++] = ' ';
    buf[pos++] = ':';
    buf[pos++] = ' ';
  }

  private void string(String name, String value) throws IOException {
    key(name);
    text(value);
  }

  private void number(String name, long value) throws IOException {
    key(name);
    ascii(Long.toString(value));
  }

  /** A quoted string: plain ASCII copied, anything else quoted by Jackson. */
  private void text(String s) throws IOException {
    int n = s.length();
    if (n + 2 > buf.length) {
      quoted(s);
      return;
    }
    room(n + 2);
    if (chars.length < n) chars = new char[Math.max(n, 2 * chars.length)];
    s.getChars(0, n, chars, 0); // one bulk copy: String.charAt per character costs a call and a check each
    char[] c = chars;
    byte[] b = buf;
    int p = pos;
    b[p++] = '"';
    for (int i = 0; i < n; i++) {
      char ch = c[i];
      if (ch < 0x20 || ch > 0x7e || ch == '"' || ch == '\\') {
        quoted(s);
        return;
      }
      b[p++] = (byte) ch;
    }
    b[p++] = '"';
    pos = p;
  }

  private void quoted(String s) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(s.length() * 2 + 2);
    try (JsonGenerator g = JSON.createGenerator(b, JsonEncoding.UTF8)) {
      g.writeString(s);
    }
    byte[] bytes = b.toByteArray();
    room(bytes.length);
    if (bytes.length > buf.length) {
      flush();
      out.write(bytes);
      return;
    }
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
  }

  private void ascii(String s) throws IOException {
    room(s.length());
    for (int i = 0; i < s.length(); i++) buf[pos++] = (byte) s.charAt(i);
  }

  /** Makes room for {@code n} more bytes (at most the buffer's size). */
  private void room(int n) throws IOException {
    if (pos + n > buf.length) flush();
  }

  private void flush() throws IOException {
    out.write(buf, 0, pos);
    pos = 0;
  }
}
