package io.vpcplan.finding;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is. Declaration order is the report order: errors first. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** Lower-case name used in files and on the command line: error, warning, info. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this is at least as severe as {@code min}. */
  public boolean atLeast(Severity min) {
    return ordinal() <= min.ordinal();
  }

  public static Optional<Severity> parse(String s) {
    for (Severity v : values()) if (v.label().equalsIgnoreCase(s.strip())) return Optional.of(v);
    return Optional.empty();
  }
}
