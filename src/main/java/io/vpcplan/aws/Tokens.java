package io.vpcplan.aws;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Client tokens derived from the plan and the planned id: the same step sends the same token on every run. */
final class Tokens {
  private Tokens() {}

  static String of(String plan, String key) {
    return "vpcplan-" + UUID.nameUUIDFromBytes((plan + "\u0000" + key).getBytes(StandardCharsets.UTF_8));
  }
}
