package io.vpcplan.cost;

import java.util.List;

/** The design vpcplan recommends and why, including why each other design was not chosen. */
public record Recommendation(String design, List<String> reasons) {
  public Recommendation {
    reasons = List.copyOf(reasons);
  }
}
