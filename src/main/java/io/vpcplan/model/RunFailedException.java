package io.vpcplan.model;

/**
 * A valid input that cannot be satisfied (a pool exhausted, an apply that failed): exit code 1.
 * The message says what was asked, what is there, and what to change.
 */
public class RunFailedException extends RuntimeException {
  private final Location location;

  public RunFailedException(Location location, String message) {
    super(location == null || location.toString().isEmpty() ? message : location + ": " + message);
    this.location = location == null ? Location.NONE : location;
  }

  public RunFailedException(String message) {
    this(Location.NONE, message);
  }

  public Location location() {
    return location;
  }
}
