package io.vpcplan.cost;

import java.util.List;

/**
 * Advice for one intent between VPCs whose blocks overlap, which neither peering nor a TGW can
 * route. {@code recommended}: PrivateLink fits (one-way TCP to a service); then the provider
 * ({@code to}) exposes an endpoint service behind an NLB and the consumer ({@code from}) gets an
 * interface endpoint in each of {@code endpointAzs}. Otherwise {@code reason} says why not and
 * {@code action} what to do instead.
 */
public record PrivateLinkAdvice(String from, String to, String service, String protocol, int port, double gbPerMonth,
    List<String> overlaps, boolean recommended, String action, String reason, List<String> endpointAzs,
    double monthlyCostUsd) {
  public PrivateLinkAdvice {
    overlaps = List.copyOf(overlaps);
    endpointAzs = List.copyOf(endpointAzs);
  }
}
