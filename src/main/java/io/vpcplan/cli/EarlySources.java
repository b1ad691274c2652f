package io.vpcplan.cli;

import io.vpcplan.source.SourcePipeline;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Starts reading the estate of {@code validate SOURCE…} the moment the command is seen, on the
 * other core, while picocli builds and parses the command (at 1,000 VPCs the two take about as
 * long). Only for SOURCEs with options that do not change how they are read; the command's own
 * load then takes the result, errors included (SourcePipeline decides whether it is an estate).
 */
final class EarlySources {
  /** validate's options that take a value and leave the reading alone. */
  private static final Set<String> WITH_VALUE = Set.of("--format", "-o", "--out", "--min-severity", "--suppress");

  private EarlySources() {}

  /** The SOURCEs to read ahead, or null when the command line is not one of the plain forms. */
  static List<Path> wanted(String[] args) {
    if (args.length < 2 || !args[0].equals("validate")) return null;
    List<Path> paths = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (WITH_VALUE.contains(a)) {
        i++; // its value, whatever it is
      } else if (a.startsWith("--") && WITH_VALUE.contains(a.substring(0, Math.max(0, a.indexOf('='))))) {
        continue; // --format=json
      } else if (a.isEmpty() || a.startsWith("-") || a.startsWith("@")) {
        return null; // another option, "--", "-", or an @argument file: picocli decides
      } else {
        try {
          paths.add(Path.of(a));
        } catch (InvalidPathException e) {
          return null;
        }
      }
    }
    return paths.isEmpty() ? null : paths;
  }

  static void startIfWanted(String[] args) {
    List<Path> paths = wanted(args);
    if (paths != null) SourcePipeline.preload(paths);
  }
}
