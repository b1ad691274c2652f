package io.vpcplan.generate.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The hand-written valid samples under src/test/resources/generate-check, and text edits that break them. */
final class Samples {
  static final Path DIR = Path.of("src/test/resources/generate-check");

  private Samples() {}

  static String read(String name) {
    try {
      return Files.readString(DIR.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with one exact fragment replaced; fails loudly if the fragment is not there once. */
  static String replace(String text, String from, String to) {
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new IllegalArgumentException("fragment not there exactly once: " + from);
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  static String join(List<String> problems) {
    return problems.stream().collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}
