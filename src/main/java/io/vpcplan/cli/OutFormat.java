package io.vpcplan.cli;

import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The output format when -o names a .json, .yaml/.yml or .sarif file: that format unless --format says
 * otherwise, as `diagram` does with .svg/.png. `validate -o findings.json` used to write the table.
 */
final class OutFormat {
  private OutFormat() {}

  static <E extends Enum<E>> E resolve(CommandSpec spec, E format, Path out, Class<E> type) {
    E byName = fromExtension(out, type);
    if (byName == null) return format;
    boolean given = spec.commandLine().getParseResult() != null && spec.commandLine().getParseResult().hasMatchedOption("--format");
    if (!given) return byName;
    if (format != byName) {
      throw new InputException(Location.NONE, "-o", out + " says ." + extension(out) + " but --format is " + format
          + "; make them agree");
    }
    return format;
  }

  private static <E extends Enum<E>> E fromExtension(Path out, Class<E> type) {
    if (out == null || out.toString().equals("-")) return null;
    String name = switch (extension(out)) {
      case "json" -> "json";
      case "yaml", "yml" -> "yaml";
      case "sarif" -> "sarif";
      default -> null;
    };
    if (name == null) return null;
    for (E e : type.getEnumConstants()) if (e.name().equals(name)) return e;
    return null;
  }

  private static String extension(Path out) {
    String n = out.getFileName() == null ? "" : out.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
