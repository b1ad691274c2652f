package io.vpcplan.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides what a SOURCE path is; a path that cannot be a SOURCE is a usage error (exit 2). */
final class SourceFiles {
  private static final Set<String> LZA_KEYS = Set.of("homeRegion", "defaultVpc", "transitGateways", "vpcs",
      "vpcTemplates", "endpointPolicies", "centralNetworkServices", "vpcPeering");

  private static final Pattern TOP_KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:", Pattern.MULTILINE);

  private SourceFiles() {}

  /**
   * The top-level keys, read from the text: the kind must be known before parsing, because an LZA
   * file with {{ placeholders }} is not valid YAML until they are replaced.
   */
  static Set<String> topLevelKeys(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(Location.of(file.toString()), "", "cannot read: " + io.vpcplan.io.FileProblems.cannotRead(e));
    } catch (java.io.UncheckedIOException e) {
      throw new InputException(Location.of(file.toString()), "", "cannot read: " + io.vpcplan.io.FileProblems.cannotRead(e.getCause()));
    }
    Set<String> keys = new TreeSet<>();
    Matcher m = TOP_KEY.matcher(text);
    while (m.find()) keys.add(m.group(1));
    return keys;
  }

  static SourceKind kind(Path source) {
    if (!Files.exists(source)) {
      throw new InputException(Location.of(source.toString()), "", "no such file or folder; check the path");
    }
    if (Files.isDirectory(source)) return SourceKind.DESCRIBE;
    String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) return SourceKind.DESCRIBE;
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      Set<String> keys = topLevelKeys(source);
      boolean lza = !keys.contains("pools") && keys.stream().anyMatch(LZA_KEYS::contains);
      return lza ? SourceKind.LZA : SourceKind.DESIGN;
    }
    throw new InputException(Location.of(source.toString()), "", "not a known SOURCE: give a design .yaml, an "
        + "aws_configs folder, a describe-* .json file or an LZA network-config.yaml");
  }
}
