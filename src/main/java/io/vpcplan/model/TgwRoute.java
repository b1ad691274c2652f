package io.vpcplan.model;

import io.vpcplan.cidr.Cidr;

/**
 * A static route of a TGW route table; {@code attachmentId} is empty for a blackhole.
 * {@code intended} marks a blackhole the design asks for (the planner's segmentation drops
 * behind a default route), which is not a finding.
 */
public record TgwRoute(Cidr destination, String attachmentId, boolean blackhole, boolean intended) {
  public TgwRoute(Cidr destination, String attachmentId, boolean blackhole) {
    this(destination, attachmentId, blackhole, false);
  }

  public TgwRoute {
    if (destination == null) throw new IllegalArgumentException("TGW route without destination");
    attachmentId = Checks.orEmpty(attachmentId);
    if (!blackhole && attachmentId.isEmpty()) {
      throw new IllegalArgumentException("TGW route " + destination + " needs an attachment or blackhole");
    }
    if (intended && !blackhole) throw new IllegalArgumentException("TGW route " + destination + ": only blackholes are marked intended");
  }
}
