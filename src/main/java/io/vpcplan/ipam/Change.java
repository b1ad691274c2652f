package io.vpcplan.ipam;

/** One line of the plan's change report, like a Terraform plan: added, kept, removed, conflict. */
public record Change(Kind kind, String subject, String detail) {
  public enum Kind {
    ADDED("+"),
    KEPT("="),
    REMOVED("-"),
    HELD("~"),
    CONFLICT("!");

    private final String symbol;

    Kind(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }
}
