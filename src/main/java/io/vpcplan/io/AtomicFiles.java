package io.vpcplan.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicLong;

/** Writes files all-or-nothing: a temp file beside the target, then a rename over it. */
public final class AtomicFiles {
  private AtomicFiles() {}

  @FunctionalInterface
  public interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /** Throws {@link FileProblems.CannotWriteException} (saying which file and why) when any step fails. */
  public static void write(Path target, Writer writer) throws IOException {
    write(target, writer, false);
  }

  /** As {@link #writeString}, but the file stays readable by its owner alone (it holds a secret). */
  public static void writePrivate(Path target, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    write(target, out -> out.write(bytes), true);
  }

  private static void write(Path target, Writer writer, boolean ownerOnly) throws IOException {
    try {
      writeOnce(target, writer, ownerOnly);
    } catch (FileProblems.CannotWriteException e) {
      throw e;
    } catch (IOException e) {
      throw new FileProblems.CannotWriteException(target, e);
    }
  }

  private static void writeOnce(Path target, Writer writer, boolean ownerOnly) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) Files.createDirectories(dir);
    Path tmp = tempBeside(abs);
    try {
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        writer.write(out);
      }
      if (!ownerOnly) permissions(tmp, abs);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static final AtomicLong NEXT = new AtomicLong(System.nanoTime());

  /**
   * A new, owner-only file beside {@code target} (".NAME.NUMBER.tmp"), as Files.createTempFile
   * makes, but named by a counter: createTempFile seeds a SecureRandom, tens of ms at every start.
   * Files.createFile is exclusive (it fails on a taken name, e.g. another process's): then the next number.
   */
  private static Path tempBeside(Path target) throws IOException {
    Path dir = target.getParent();
    boolean posix = target.getFileSystem().supportedFileAttributeViews().contains("posix");
    for (int attempt = 0; ; attempt++) {
      long n = NEXT.getAndAdd(0x9E3779B97F4A7C15L); // spread, so two processes rarely meet
      // a long target name is cut: the temp name adds up to 26 characters, and a name holds 255 bytes
      String base = target.getFileName().toString();
      if (base.length() > 200) base = base.substring(0, 200);
      String name = "." + base + "." + Long.toUnsignedString(n) + ".tmp";
      Path tmp = dir == null ? Path.of(name) : dir.resolve(name);
      try {
        return posix ? Files.createFile(tmp, PosixFilePermissions.asFileAttribute(
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)))
            : Files.createFile(tmp);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt > 100) throw e;
      }
    }
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
