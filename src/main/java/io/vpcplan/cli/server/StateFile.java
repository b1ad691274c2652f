package io.vpcplan.cli.server;

import io.vpcplan.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the launcher finds a server: "PORT TOKEN PID", readable by the user alone (the token is what
 * lets a connection run commands as the user), written whole by a rename.
 */
final class StateFile {
  private StateFile() {}

  static void write(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException | IOException ignored) {
      // not a POSIX file system, or a folder of someone else's: the file's own mode still holds
    }
    AtomicFiles.writePrivate(file, text);
  }

  /** Whether the file names a running process other than this one that is a resident server. */
  static boolean namesAnotherLiveServer(Path file) {
    String[] f;
    try {
      f = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
    } catch (IOException e) {
      return false;
    }
    if (f.length != 3) return false;
    try {
      long pid = Long.parseLong(f[2]);
      return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid)
          .flatMap(p -> p.info().commandLine()).filter(c -> c.contains(ResidentServer.class.getName())).isPresent();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Deletes the file only while it still names this server (a newer one may have replaced it). */
  static void deleteIfOurs(Path file, String token) {
    try {
      String s = Files.readString(file, StandardCharsets.UTF_8);
      if (s.contains(" " + token + " ")) Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // already gone
    }
  }
}
