package io.vpcplan.model;

/**
 * Input that cannot be read or used: names the place, the field, what is wrong and how to fix it.
 * Rendered as {@code file:line:column: field: message}.
 */
public class InputException extends RuntimeException {
  private final Location location;
  private final String field;
  private final String problem;

  public InputException(Location location, String field, String problem) {
    super(render(location, field, problem));
    this.location = location == null ? Location.NONE : location;
    this.field = field == null ? "" : field;
    this.problem = problem;
  }

  private static String render(Location loc, String field, String problem) {
    StringBuilder sb = new StringBuilder();
    if (loc != null && !loc.toString().isEmpty()) sb.append(loc).append(": ");
    if (field != null && !field.isEmpty()) sb.append(field).append(": ");
    return sb.append(problem).toString();
  }

  public Location location() {
    return location;
  }

  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }
}
