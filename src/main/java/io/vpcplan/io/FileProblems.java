package io.vpcplan.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * File errors said the way a user can act on them. The JDK's messages are often just a path (a
 * NoSuchFileException's is the missing file, a temp file's name the user never gave) or a bare reason.
 */
public final class FileProblems {
  private FileProblems() {}

  /** Why a file could not be read: "permission denied; check the file's permissions", ... */
  public static String cannotRead(IOException e) {
    String why = reason(e);
    if (e instanceof AccessDeniedException || why.equalsIgnoreCase("Permission denied")) {
      return "permission denied; make it readable for your user (e.g. chmod a+r)";
    }
    if (e instanceof NoSuchFileException || why.equalsIgnoreCase("No such file or directory")) return "file not found; check the path";
    if (why.equalsIgnoreCase("Is a directory")) return "is a folder; give a file";
    return why;
  }

  /** "cannot write TARGET: why; what to do", for an output that failed at any step (folder, temp file, rename). */
  public static String cannotWrite(Path target, IOException e) {
    if (e instanceof CannotWriteException c) return c.getMessage();
    Path folder = target.toAbsolutePath().getParent();
    String where = folder == null ? "" : " " + folder;
    String why;
    if (e instanceof AccessDeniedException) {
      why = "permission denied; choose a folder you can write to, or make" + where + " writable";
    } else if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
      why = "the folder" + where + " does not exist and cannot be created; check the path";
    } else {
      String r = reason(e);
      if (r.equalsIgnoreCase("Is a directory")) why = "is a folder; give a file name";
      else if (r.equalsIgnoreCase("Not a directory") || e instanceof java.nio.file.FileAlreadyExistsException) {
        why = "a part of the path is a file, not a folder; check the path";
      } else if (r.toLowerCase(java.util.Locale.ROOT).contains("read-only")) {
        why = "the file system is read-only; choose another folder";
      } else {
        why = r + "; check the path and that its folder is writable";
      }
    }
    return "cannot write " + target + ": " + why;
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
    String m = e.getMessage();
    if (m == null || m.isBlank()) return e.getClass().getSimpleName();
    // java.io streams say "PATH (REASON)"
    java.util.regex.Matcher r = java.util.regex.Pattern.compile(".* \\(([^()]+)\\)").matcher(m);
    return r.matches() ? r.group(1) : m;
  }

  /** An output that could not be written; its message says which and why. */
  public static final class CannotWriteException extends IOException {
    private static final long serialVersionUID = 1L;

    public CannotWriteException(Path target, IOException cause) {
      super(cannotWrite(target, cause), cause);
    }
  }
}
