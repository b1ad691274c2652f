package io.vpcplan.model;

import java.util.Objects;

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

  // equals and hashCode written out, with the record's meaning and formula (see Location)
  @Override
  public boolean equals(Object o) {
    return o instanceof Intent i && Objects.equals(from, i.from) && Objects.equals(to, i.to)
        && Objects.equals(service, i.service) && Objects.equals(protocol, i.protocol) && port == i.port
        && Double.compare(gbPerMonth, i.gbPerMonth) == 0 && bidirectional == i.bidirectional
        && Objects.equals(location, i.location);
  }

  @Override
  public int hashCode() {
    int h = Objects.hashCode(from);
    h = h * 31 + Objects.hashCode(to);
    h = h * 31 + Objects.hashCode(service);
    h = h * 31 + Objects.hashCode(protocol);
    h = h * 31 + port;
    h = h * 31 + Double.hashCode(gbPerMonth);
    h = h * 31 + Boolean.hashCode(bidirectional);
    return h * 31 + Objects.hashCode(location);
  }
}
