package io.vpcplan.render;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's headless Chromium on a local file. Console messages come out on stderr with
 * --enable-logging=stderr (lines with ":CONSOLE"); --dump-dom prints the DOM after the page's
 * scripts have run.
 */
final class Chromium {
  record Result(int exit, String stdout, String stderr) {
    /** Console messages the page produced (errors, CSP violations, console.* calls). */
    List<String> consoleLines() {
      return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
    }
  }

  private Chromium() {}

  /** The chromium binary on the PATH, or null. */
  static String find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        File f = new File(dir, name);
        if (f.isFile() && f.canExecute()) return f.getAbsolutePath();
      }
    }
    return null;
  }

  static Result run(String binary, Path page, String... extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("vpcplan-chromium-");
    List<String> cmd = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--window-size=1400,2400"));
    cmd.addAll(List.of(extra));
    cmd.add(page.toUri().toString());
    Path out = Files.createTempFile("chromium-out", ".txt");
    Path err = Files.createTempFile("chromium-err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("chromium did not finish within 120 s: " + cmd);
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
