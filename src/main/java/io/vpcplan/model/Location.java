package io.vpcplan.model;

/** Where a value came from in an input file; line and column are 1-based, 0 when unknown. */
public record Location(String file, int line, int column) {
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
