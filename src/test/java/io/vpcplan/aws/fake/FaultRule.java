package io.vpcplan.aws.fake;

/**
 * One scripted fault: it fires on the {@code nth} (1-based) mutating request that matches it, and
 * on the {@code times - 1} matching requests after that. Mutating requests are EC2 and RAM writes;
 * with no action and no account the count is the global one that {@link FakeCloud#mutatingCount()}
 * reports, otherwise only requests of that action (e.g. "CreateSubnet") and/or account count.
 * Counting starts with the FakeCloud, not with the rule: a rule armed after 3 writes with nth 4
 * hits the next one.
 */
public record FaultRule(int nth, Kind kind, String action, String account, int times) {
  public enum Kind {
    /** 500 InternalError, nothing changed. */
    HTTP_500,
    /** 503 RequestLimitExceeded, nothing changed. */
    THROTTLE,
    /** The change is made, then the connection is closed with no answer. */
    RESET_AFTER,
    /** The change is made, then 500 InternalError. */
    HTTP_500_AFTER
  }

  public FaultRule {
    if (nth < 1) throw new IllegalArgumentException("nth is 1-based, got " + nth);
    if (times < 1) throw new IllegalArgumentException("times must be at least 1, got " + times);
    if (kind == null) throw new IllegalArgumentException("kind is required");
  }

  /** The nth mutating request of any action in any account, once. */
  public static FaultRule at(int nth, Kind kind) {
    return new FaultRule(nth, kind, null, null, 1);
  }

  /** Only requests of this action count (and are hit). */
  public FaultRule onlyAction(String a) {
    return new FaultRule(nth, kind, a, account, times);
  }

  /** Only requests signed as this account count (and are hit). */
  public FaultRule onlyAccount(String a) {
    return new FaultRule(nth, kind, action, a, times);
  }

  /** Hit this many matching requests in a row, starting at the nth. */
  public FaultRule times(int n) {
    return new FaultRule(nth, kind, action, account, n);
  }

  boolean matches(String reqAction, String reqAccount) {
    return (action == null || action.equals(reqAction)) && (account == null || account.equals(reqAccount));
  }

  boolean hits(int matchingCount) {
    return matchingCount >= nth && matchingCount < nth + times;
  }
}
