package io.vpcplan.generate;

/**
 * How to generate. {@code planName} names the plan in ownership tags ({@code vpcplan:plan}); it
 * is the design's name, or the SOURCE's file name. {@code ipam}: VPCs take their CIDRs from AWS
 * IPAM pools (the network's {@code ipamPools}) instead of fixed blocks.
 */
public record GenerateOptions(String planName, boolean ipam) {
  public GenerateOptions {
    if (planName == null || planName.isBlank()) throw new IllegalArgumentException("plan name must not be blank");
  }
}
