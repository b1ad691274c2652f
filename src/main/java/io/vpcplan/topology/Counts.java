package io.vpcplan.topology;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Object counts of a design, with the per-subject tallies the quota checks need (peerings per VPC,
 * static routes per VPC route table, route tables / routes / attachments per TGW, TGWs per
 * account and region). Maps are sorted so that output is deterministic.
 */
public record Counts(long peerings, long attachments, long transitGateways, long tgwRouteTables,
    long associations, long propagations, long tgwStaticRoutes, long vpcStaticRoutes,
    Map<String, Long> peeringsPerVpc, Map<String, Long> routesPerVpcRouteTable,
    Map<String, Long> tablesPerTgw, Map<String, Long> routesPerTgw, Map<String, Long> attachmentsPerTgw,
    Map<String, Long> tgwsPerAccountRegion) {
  public Counts {
    peeringsPerVpc = sorted(peeringsPerVpc);
    routesPerVpcRouteTable = sorted(routesPerVpcRouteTable);
    tablesPerTgw = sorted(tablesPerTgw);
    routesPerTgw = sorted(routesPerTgw);
    attachmentsPerTgw = sorted(attachmentsPerTgw);
    tgwsPerAccountRegion = sorted(tgwsPerAccountRegion);
  }

  private static Map<String, Long> sorted(Map<String, Long> m) {
    return m == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(m));
  }

  /** The largest static-route count of any VPC route table (0 when there are none). */
  public long maxVpcRouteTableRoutes() {
    return max(routesPerVpcRouteTable);
  }

  public long maxPeeringsPerVpc() {
    return max(peeringsPerVpc);
  }

  public long maxTgwRoutes() {
    return max(routesPerTgw);
  }

  public static long max(Map<String, Long> m) {
    long best = 0;
    for (long v : m.values()) best = Math.max(best, v);
    return best;
  }

  /** The first subject (in key order) holding the largest value, or "" when empty. */
  public static String argMax(Map<String, Long> m) {
    String best = "";
    long v = -1;
    for (Map.Entry<String, Long> e : m.entrySet()) {
      if (e.getValue() > v) {
        v = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }
}
