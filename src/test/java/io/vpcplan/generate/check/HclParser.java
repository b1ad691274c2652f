package io.vpcplan.generate.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One long-lived `node tf-parse.mjs --serve` per JVM: the WebAssembly HCL parser and formatter
 * take seconds to start, so every module in the test run is parsed by the same process.
 */
public final class HclParser {
  private static Process process;
  private static Writer in;
  private static BufferedReader out;

  private HclParser() {}

  /** The JSON text tf-parse.mjs prints for one folder. */
  public static synchronized String parse(Path dir) throws IOException {
    if (process == null || !process.isAlive()) start();
    in.write(dir.toAbsolutePath() + "\n");
    in.flush();
    String line = out.readLine();
    if (line == null) throw new IOException("tf-parse.mjs stopped (exit " + process.exitValue() + ")");
    return line;
  }

  private static void start() throws IOException {
    process = new ProcessBuilder(Tools.node().orElseThrow().toString(), Tools.NODE_DIR.resolve("tf-parse.mjs").toString(), "--serve")
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    Process started = process;
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
  }
}
