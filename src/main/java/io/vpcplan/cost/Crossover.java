package io.vpcplan.cost;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a full peering mesh stops being viable as the number of VPCs grows (one IPv4 block per
 * VPC, one region): peerings n(n-1)/2, n-1 per VPC and n-1 peer routes per route table, against
 * the quotas in force and their maximums; beside it the hub's attachment count and hourly cost.
 */
public final class Crossover {
  private Crossover() {}

  public record Row(int n, long peerings, long peeringsPerVpc, long routesPerTable, boolean meshWithinQuotas,
      boolean meshPossible, long hubAttachments, double hubMonthlyUsd) {}

  public record Table(List<Row> rows, int firstOverQuota, int firstImpossible, String summary) {}

  public static Table table(Facts f, int from, int to) {
    double peerQ = f.get("quotas.peeringsPerVpc");
    double routeQ = f.get("quotas.routesPerRouteTable");
    double peerMax = Math.max(peerQ, f.fact("quotas.peeringsPerVpc").adjustableTo());
    double routeMax = Math.max(routeQ, f.fact("quotas.routesPerRouteTable").adjustableTo());
    double hourly = f.get("prices.tgwAttachmentHour") * f.get("prices.hoursPerMonth");
    List<Row> rows = new ArrayList<>();
    int over = 0;
    int impossible = 0;
    for (int n = from; n <= to; n++) {
      long per = n - 1L;
      boolean within = per <= peerQ && per <= routeQ;
      boolean possible = per <= peerMax && per <= routeMax;
      if (!within && over == 0) over = n;
      if (!possible && impossible == 0) impossible = n;
      rows.add(new Row(n, (long) n * (n - 1) / 2, per, per, within, possible, n, Cost.round(n * hourly)));
    }
    String summary = "a full mesh fits the quotas in force up to " + (over == 0 ? to : over - 1) + " VPCs"
        + (impossible == 0 ? "" : " and cannot be built beyond " + (impossible - 1) + " VPCs even with raised quotas")
        + "; AWS suggests a Transit Gateway from about 5 VPCs";
    return new Table(rows, over, impossible, summary);
  }
}
