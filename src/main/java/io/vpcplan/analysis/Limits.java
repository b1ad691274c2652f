package io.vpcplan.analysis;

/**
 * How much detail the overlap check writes. Pairs inside a group of more than
 * {@code pairsPerGroup} VPCs are summarised by the group finding (listing every pair of 2,000
 * default VPCs helps nobody), except pairs that are connected, which are always errors.
 */
public record Limits(int pairsPerGroup, int resourcesPerGroup, int connectedPairsPerGroup) {
  public static final Limits DEFAULT = new Limits(100, 200, 10_000);
}
