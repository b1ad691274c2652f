package io.vpcplan.finding;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Location;
import java.util.Comparator;
import java.util.List;

/**
 * One problem found in a network: a stable code, a severity, a message that says what is wrong
 * and what to do, the resources involved, the colliding range (null when none) and where the
 * input said so (Location.NONE when the input has no lines).
 */
public record Finding(Code code, Severity severity, String message, List<Resource> resources, Cidr range,
    Location location) {
  public Finding {
    if (code == null) throw new IllegalArgumentException("finding without code");
    if (severity == null) severity = code.defaultSeverity();
    if (message == null || message.isBlank()) throw new IllegalArgumentException("finding without message");
    resources = resources == null ? List.of() : List.copyOf(resources);
    if (location == null) location = Location.NONE;
  }

  public static Finding of(Code code, Severity severity, String message, Location at, Resource... resources) {
    return new Finding(code, severity, message, List.of(resources), null, at);
  }

  public Finding withRange(Cidr r) {
    return new Finding(code, severity, message, resources, r, location);
  }

  /** Report order: severity, code, file, line, column, message. */
  public static final Comparator<Finding> ORDER = Finding::inReportOrder;

  /** ORDER written out: a chain of Comparator.comparing costs a call per key, and 100,000s of findings are sorted. */
  private static int inReportOrder(Finding a, Finding b) {
    int c = a.severity.compareTo(b.severity);
    if (c != 0) return c;
    c = a.code.compareTo(b.code);
    if (c != 0) return c;
    String fa = a.location.file(), fb = b.location.file();
    if (fa != fb) { // one String per input file: most pairs share it, and paths share long prefixes
      c = fa.compareTo(fb);
      if (c != 0) return c;
    }
    c = Integer.compare(a.location.line(), b.location.line());
    if (c != 0) return c;
    c = Integer.compare(a.location.column(), b.location.column());
    return c != 0 ? c : a.message.compareTo(b.message);
  }
}
