package io.vpcplan.cli.server;

import io.vpcplan.cli.LiveOptions;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * Which command lines the resident server runs. Only those whose result depends on nothing but
 * the arguments and the files they name: no AWS credentials or environment (--live and its
 * options), no terminal (help and version wrap to it). Everything else runs in a fresh JVM.
 */
final class Servable {
  private static final Set<String> COMMANDS = Set.of("validate");
  /** --live, every option of the live mixin (read off it, so a new one is refused too), help, version. */
  private static final Set<String> REFUSED = refused();

  private static Set<String> refused() {
    Set<String> names = new HashSet<>(List.of("--live", "-h", "--help", "-V", "--version"));
    for (Field f : LiveOptions.class.getDeclaredFields()) {
      Option o = f.getAnnotation(Option.class);
      if (o != null) names.addAll(List.of(o.names()));
    }
    return Set.copyOf(names);
  }

  private Servable() {}

  static boolean test(List<String> args) {
    if (args.isEmpty() || !COMMANDS.contains(args.get(0))) return false;
    for (String a : args) {
      int eq = a.indexOf('=');
      if (a.equals("--")) break; // what follows is positional
      if (REFUSED.contains(eq > 0 ? a.substring(0, eq) : a)) return false;
      // a cluster of short options (-hV, -ofile) could hide help or version: a fresh JVM reads it
      if (a.length() > 2 && a.charAt(0) == '-' && a.charAt(1) != '-') return false;
    }
    return true;
  }
}
