package io.vpcplan.io;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.ipam.Lock;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes the lock file's JSON as bytes into one buffer: a lock of 120,000 subnets is 5 MB, and
 * building a string per line (then encoding it) made most of the garbage of a large plan.
 * LockWriterTest checks the bytes against the text the format is defined by.
 */
final class LockWriter {
  private final OutputStream out;
  private final byte[] buf = new byte[1 << 16];
  private int len;

  private LockWriter(OutputStream out) {
    this.out = out;
  }

  static void write(OutputStream out, Lock lock) throws IOException {
    LockWriter w = new LockWriter(out);
    w.text("{\n  \"version\": " + LockFile.VERSION + ",\n  \"generatedBy\": \"vpcplan plan; keep under version control\"");
    w.lists("regions", lock.regions());
    w.lists("segments", lock.segments());
    w.text(",\n  \"vpcs\": {");
    boolean first = true;
    for (Map.Entry<String, Lock.LockedVpc> e : lock.vpcs().entrySet()) {
      w.text(first ? "\n    " : ",\n    ");
      first = false;
      w.quote(e.getKey());
      w.text(": {\"cidrs\": ");
      w.cidrs(e.getValue().cidrs());
      w.text(", \"subnets\": ");
      w.map(e.getValue().subnets());
      if (!e.getValue().subnets6().isEmpty()) {
        w.text(", \"subnets6\": ");
        w.map(e.getValue().subnets6());
      }
      w.text("}");
    }
    w.text(first ? "}\n}\n" : "\n  }\n}\n");
    w.flush();
  }

  /** {name: CIDR, …}, one entry per line. */
  private void map(SortedMap<String, Cidr> m) throws IOException {
    text("{");
    boolean first = true;
    for (Map.Entry<String, Cidr> s : m.entrySet()) {
      text(first ? "\n      " : ",\n      ");
      first = false;
      quote(s.getKey());
      text(": \"");
      cidr(s.getValue());
      text("\"");
    }
    text(first ? "}" : "\n    }");
  }

  private void lists(String key, SortedMap<String, List<Cidr>> m) throws IOException {
    text(",\n  \"" + key + "\": {");
    boolean first = true;
    for (Map.Entry<String, List<Cidr>> e : m.entrySet()) {
      text(first ? "\n    " : ",\n    ");
      first = false;
      quote(e.getKey());
      text(": ");
      cidrs(e.getValue());
    }
    text(first ? "}" : "\n  }");
  }

  private void cidrs(List<Cidr> l) throws IOException {
    text("[");
    for (int i = 0; i < l.size(); i++) {
      text(i == 0 ? "\"" : ", \"");
      cidr(l.get(i));
      text("\"");
    }
    text("]");
  }

  /** An IPv4 prefix digit by digit; IPv6 through its own text form. */
  private void cidr(Cidr c) throws IOException {
    if (!c.isV4()) {
      text(c.toString());
      return;
    }
    room(18);
    long a = c.lo();
    number((int) (a >>> 24) & 255);
    buf[len++] = '.';
    number((int) (a >>> 16) & 255);
    buf[len++] = '.';
    number((int) (a >>> 8) & 255);
    buf[len++] = '.';
    number((int) a & 255);
    buf[len++] = '/';
    number(c.length());
  }

  private void number(int v) {
    if (v >= 100) buf[len++] = (byte) ('0' + v / 100);
    if (v >= 10) buf[len++] = (byte) ('0' + v / 10 % 10);
    buf[len++] = (byte) ('0' + v % 10);
  }

  /** JSON string quoting, as LockFile.quote; names are restricted by the loader, but stay safe for any text. */
  private void quote(String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || c < 0x20 || c == '"' || c == '\\') {
        text(LockFile.quote(s));
        return;
      }
    }
    room(s.length() + 2);
    buf[len++] = '"';
    for (int i = 0; i < s.length(); i++) buf[len++] = (byte) s.charAt(i);
    buf[len++] = '"';
  }

  private void text(String s) throws IOException {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
    if (!ascii) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      room(b.length);
      if (b.length > buf.length) {
        out.write(b);
        return;
      }
      System.arraycopy(b, 0, buf, len, b.length);
      len += b.length;
      return;
    }
    if (s.length() > buf.length) {
      text(s.substring(0, buf.length));
      text(s.substring(buf.length));
      return;
    }
    room(s.length());
    for (int i = 0; i < s.length(); i++) buf[len++] = (byte) s.charAt(i);
  }

  /** Makes room for n bytes (n at most the buffer's size, or the caller writes around the buffer). */
  private void room(int n) throws IOException {
    if (len + n > buf.length) flush();
  }

  private void flush() throws IOException {
    out.write(buf, 0, len);
    len = 0;
  }
}
