package io.vpcplan.model;

import java.util.Objects;

/** Where a value came from in an input file; line and column are 1-based, 0 when unknown. */
public record Location(String file, int line, int column) {
  // equals and hashCode written out, with the record's meaning and formula: the generated ones
  // bootstrap through ObjectMethods at first use, spinning method-handle classes (start-up)
  @Override
  public boolean equals(Object o) {
    return o instanceof Location l && Objects.equals(file, l.file) && line == l.line && column == l.column;
  }

  @Override
  public int hashCode() {
    return (Objects.hashCode(file) * 31 + line) * 31 + column;
  }

  public static final Location NONE = new Location("", 0, 0);

  public static Location of(String file) {
    return new Location(file, 0, 0);
  }

  @Override
  public String toString() {
    if (file.isEmpty()) return "";
    return line > 0 ? file + ":" + line + ":" + column : file;
  }
}
