package io.vpcplan.topology;

import java.util.List;

/**
 * How traffic from a VPC to one destination block travels: the hops (route table, route, next
 * element) and where it ends: delivered in a VPC ({@code deliveredTo}) or dropped ({@code reason}).
 */
public record Path(String from, String destination, List<String> hops, String deliveredTo, String reason) {
  public Path {
    hops = hops == null ? List.of() : List.copyOf(hops);
    deliveredTo = deliveredTo == null ? "" : deliveredTo;
    reason = reason == null ? "" : reason;
  }

  public boolean delivered() {
    return !deliveredTo.isEmpty();
  }

  public boolean deliveredTo(String vpcId) {
    return deliveredTo.equals(vpcId);
  }
}
