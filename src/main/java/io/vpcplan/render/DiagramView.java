package io.vpcplan.render;

import java.util.Locale;

/**
 * Which picture to draw: {@code overview} (regions, accounts, TGWs, segments), {@code segments}
 * (one cluster per TGW route table), {@code account} (one account's VPCs with subnets per AZ and
 * tier) or {@code conflicts} (only what collides).
 */
public record DiagramView(Kind kind, String account) {
  public enum Kind {
    OVERVIEW,
    SEGMENTS,
    ACCOUNT,
    CONFLICTS;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static final DiagramView OVERVIEW = new DiagramView(Kind.OVERVIEW, "");
  public static final DiagramView SEGMENTS = new DiagramView(Kind.SEGMENTS, "");
  public static final DiagramView CONFLICTS = new DiagramView(Kind.CONFLICTS, "");

  public DiagramView {
    if (kind == null) throw new IllegalArgumentException("view kind is null");
    account = account == null ? "" : account;
    if (kind == Kind.ACCOUNT && account.isBlank()) {
      throw new IllegalArgumentException("the account view needs an account name, e.g. --view account payments-prod");
    }
    if (kind != Kind.ACCOUNT && !account.isEmpty()) {
      throw new IllegalArgumentException("only the account view takes a name");
    }
  }

  public static DiagramView account(String name) {
    return new DiagramView(Kind.ACCOUNT, name);
  }

  /** Parses "overview", "segments", "conflicts" or "account NAME" (also "account:NAME"). */
  public static DiagramView parse(String text) {
    String t = text.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.startsWith("account")) {
      String name = t.substring("account".length()).replaceFirst("^[:=\\s]+", "").strip();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("the account view needs an account name, e.g. --view account payments-prod");
      }
      return account(name);
    }
    for (Kind k : Kind.values()) {
      if (k != Kind.ACCOUNT && k.label().equals(lower)) return new DiagramView(k, "");
    }
    throw new IllegalArgumentException("unknown view '" + text + "'; use overview, segments, account NAME or conflicts");
  }

  @Override
  public String toString() {
    return kind == Kind.ACCOUNT ? "account " + account : kind.label();
  }
}
