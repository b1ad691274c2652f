package io.vpcplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The root usage (`vpcplan --help`) as picocli prints it at 80 columns, stored at build time so a
 * piped or scripted --help starts no picocli at all (about 0.2 s of a 0.3 s run). RootUsageTest
 * keeps the stored text byte-identical to picocli's; at a terminal picocli still wraps to its width.
 */
final class RootUsage {
  static final String RESOURCE = "root-usage.txt";

  private RootUsage() {}

  /** The stored text, or null when the resource is missing (then picocli prints it). */
  static String text() {
    try (InputStream in = RootUsage.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
