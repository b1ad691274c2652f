package io.vpcplan.generate.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of the node scripts in src/test/node and returns its standard output. */
final class Node {
  private Node() {}

  static String run(String script, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Tools.node().orElseThrow().toString(), Tools.NODE_DIR.resolve(script).toString()));
    cmd.addAll(List.of(args));
    Path err = Files.createTempFile("vpcplan-node", ".err");
    try {
      Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(300, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(script + " did not finish");
      }
      if (p.exitValue() != 0) throw new IOException(script + " exited " + p.exitValue() + ": " + Files.readString(err));
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted running " + script, e);
    } finally {
      Files.deleteIfExists(err);
    }
  }
}
