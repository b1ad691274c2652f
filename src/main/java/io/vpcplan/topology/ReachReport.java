package io.vpcplan.topology;

import java.util.List;

/**
 * The reachability matrix of a network, held per source class (VPCs with identical routes,
 * attachment association and segment) × destination VPC, plus the pairs judged one by one
 * (explicit intents, overlapping blocks). Leaks and gaps are complete in their counts; at most
 * {@link Reachability#MAX_LISTED} of each are listed with a path. {@code sites}: the on-premises
 * sites (ids onprem/NAME), whose pairs with every VPC, both ways, are in the matrix and the counts.
 */
public record ReachReport(List<String> vpcs, int sourceClasses, long pairs, long reachablePairs, long intendedPairs,
    long leakCount, long gapCount, List<ReachFinding> leaks, List<ReachFinding> gaps, Matrix matrix, List<String> sites) {
  public ReachReport(List<String> vpcs, int sourceClasses, long pairs, long reachablePairs, long intendedPairs,
      long leakCount, long gapCount, List<ReachFinding> leaks, List<ReachFinding> gaps, Matrix matrix) {
    this(vpcs, sourceClasses, pairs, reachablePairs, intendedPairs, leakCount, gapCount, leaks, gaps, matrix, List.of());
  }

  public ReachReport {
    sites = sites == null ? List.of() : List.copyOf(sites);
  }

  public enum Status { NONE, PARTIAL, FULL }

  /** Status lookup for any pair of the listed VPCs. */
  public interface Matrix {
    Status status(String from, String to);

    boolean intended(String from, String to);
  }

  public boolean clean() {
    return leakCount == 0 && gapCount == 0;
  }
}
