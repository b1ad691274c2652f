package io.vpcplan.change;

/** What apply does with one resource. Only CREATE, UPDATE and DELETE call AWS. */
public enum Action {
  CREATE("create", "+"),
  UPDATE("update", "~"),
  DELETE("delete", "-"),
  /** As planned already. */
  NOOP("no-op", " "),
  /** Ours, but not as planned in a way apply will not change (a CIDR, an AZ, a target): reported, not touched. */
  DRIFT("drift", "!"),
  /** Ours, no longer in the plan, kept because --prune was not given. */
  KEEP("keep", "?"),
  /** Not attempted: something it needs drifted or was not applied. */
  BLOCKED("blocked", "x");

  private final String word;
  private final String sign;

  Action(String word, String sign) {
    this.word = word;
    this.sign = sign;
  }

  public String word() {
    return word;
  }

  public String sign() {
    return sign;
  }

  public boolean changes() {
    return this == CREATE || this == UPDATE || this == DELETE;
  }
}
