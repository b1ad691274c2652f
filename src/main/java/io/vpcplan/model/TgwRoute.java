package io.vpcplan.model;

import io.vpcplan.cidr.Cidr;

/** A static route of a TGW route table; {@code attachmentId} is empty for a blackhole. */
public record TgwRoute(Cidr destination, String attachmentId, boolean blackhole) {
  public TgwRoute {
    if (destination == null) throw new IllegalArgumentException("TGW route without destination");
    attachmentId = Checks.orEmpty(attachmentId);
    if (!blackhole && attachmentId.isEmpty()) {
      throw new IllegalArgumentException("TGW route " + destination + " needs an attachment or blackhole");
    }
  }
}
