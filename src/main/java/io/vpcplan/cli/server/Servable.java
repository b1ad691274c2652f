package io.vpcplan.cli.server;

import java.util.List;
import java.util.Set;

/**
 * Which command lines the resident server runs. Only those whose result depends on nothing but
 * the arguments and the files they name: no AWS credentials or environment (--live and its
 * options), no terminal (help and version wrap to it). Everything else runs in a fresh JVM.
 */
final class Servable {
  private static final Set<String> COMMANDS = Set.of("validate");
  private static final Set<String> REFUSED = Set.of("--live", "--profile", "--regions", "--accounts",
      "--role-name", "--external-id", "--endpoint-url", "--sts-endpoint-url", "-h", "--help", "-V", "--version");

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
