package io.vpcplan.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files all-or-nothing: a temp file beside the target, then a rename over it. */
public final class AtomicFiles {
  private AtomicFiles() {}

  @FunctionalInterface
  public interface Writer {
    void write(OutputStream out) throws IOException;
  }

  public static void write(Path target, Writer writer) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) Files.createDirectories(dir);
    Path tmp = null;
    java.nio.channels.SeekableByteChannel ch = null;
    while (ch == null) {
      // named by clock and counter, not Files.createTempFile: its SecureRandom costs a cold start
      // 10-20 ms (security providers); CREATE_NEW keeps the name exclusive all the same
      tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toString(System.nanoTime() & Long.MAX_VALUE, 36)
          + NEXT.incrementAndGet() + ".tmp");
      try {
        ch = ownerOnly(tmp);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        ch = null;
      }
    }
    try {
      try (OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch), 1 << 16)) {
        writer.write(out);
      }
      permissions(tmp, abs);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static final java.util.concurrent.atomic.AtomicLong NEXT = new java.util.concurrent.atomic.AtomicLong();

  private static java.nio.channels.SeekableByteChannel ownerOnly(Path tmp) throws IOException {
    java.util.Set<java.nio.file.StandardOpenOption> how =
        java.util.EnumSet.of(java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) return Files.newByteChannel(tmp, how);
    return Files.newByteChannel(tmp, how,
        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
  }

  /** Temp files are created owner-only; give the result the target's old mode, or rw-r--r--. */
  private static void permissions(Path tmp, Path target) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
    java.util.Set<java.nio.file.attribute.PosixFilePermission> mode = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, mode);
  }

  public static void writeString(Path target, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    write(target, out -> out.write(bytes));
  }
}
