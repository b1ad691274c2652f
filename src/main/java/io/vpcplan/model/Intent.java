package io.vpcplan.model;

/**
 * A connection that must exist beyond the segment rules: {@code from} starts connections to
 * {@code to} (VPC ids or display names). {@code bidirectional} when both sides start connections.
 * {@code port} 0 and empty {@code protocol} mean "any".
 */
public record Intent(String from, String to, String service, String protocol, int port,
    double gbPerMonth, boolean bidirectional, Location location) {
  public Intent {
    from = Checks.nonBlank(from, "intent from");
    to = Checks.nonBlank(to, "intent to");
    service = Checks.orEmpty(service);
    protocol = Checks.orEmpty(protocol).toLowerCase(java.util.Locale.ROOT);
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port + " out of range 0-65535");
    if (gbPerMonth < 0) throw new IllegalArgumentException("gbPerMonth must not be negative");
    if (location == null) location = Location.NONE;
  }
}
