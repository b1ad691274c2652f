package io.vpcplan.cli;

import io.vpcplan.io.DesignLoader;
import java.nio.file.Path;

/**
 * Starts reading the design of {@code plan DESIGN …} the moment the command is seen, on the other
 * core, while picocli builds and parses the command: a 10,000-VPC design is 0.8 MB of YAML.
 * Only for the plain form (the design right after the command word); the command's own load then
 * takes the result, errors included, so nothing the user sees changes.
 */
final class EarlyDesign {
  private EarlyDesign() {}

  static boolean wanted(String[] args) {
    if (args.length < 2 || !args[0].equals("plan") || args[1].startsWith("-")) return false;
    for (String a : args) if (a.equals("--help") || a.equals("-h")) return false;
    return true;
  }

  static void startIfWanted(String[] args) {
    if (!wanted(args)) return;
    try {
      DesignLoader.preload(Path.of(args[1]));
    } catch (RuntimeException e) {
      // not a path this platform accepts: the command reports it as it always did
    }
  }
}
