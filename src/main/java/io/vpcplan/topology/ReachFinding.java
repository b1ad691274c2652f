package io.vpcplan.topology;

/**
 * A difference between intent and routing. LEAK: {@code from} reaches {@code to} though no
 * segment rule or intent says so. GAP: an intended pair that routing does not connect (fully).
 * {@code path} shows the route taken, or where it stops; it is null for findings past the cap.
 */
public record ReachFinding(Kind kind, String from, String to, String detail, Path path) {
  public enum Kind { LEAK, GAP }
}
