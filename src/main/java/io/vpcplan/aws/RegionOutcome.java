package io.vpcplan.aws;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened in one account-region.
 *
 * @param counts items read per top-level key (only for calls that succeeded), sorted by key
 * @param missingActions IAM actions that were denied, sorted
 * @param problems every other thing worth telling (denials too, with the error code), in call order
 */
public record RegionOutcome(AccountRegion where, Status status, Map<String, Integer> counts,
    List<String> missingActions, List<String> problems) {

  public enum Status {
    /** Every call succeeded. */
    OK,
    /** Some calls succeeded and were written; others were denied or failed. */
    PARTIAL,
    /** Nothing was written for this account-region. */
    FAILED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public RegionOutcome {
    counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    missingActions = missingActions.stream().distinct().sorted().toList();
    problems = List.copyOf(problems);
  }

  public static RegionOutcome failed(AccountRegion where, List<String> missingActions, String reason) {
    return new RegionOutcome(where, Status.FAILED, Map.of(), missingActions, List.of(reason));
  }

  /** The problems on one line, "" when there are none. */
  public String detail() {
    return problems.isEmpty() ? "" : String.join("; ", problems);
  }
}
