package io.vpcplan.topology;

import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts the objects of a {@link Network}: what the quota checks and the cost model read. A TGW
 * route table's routes are its static routes plus one per propagated VPC block (what AWS counts
 * against the 10,000 routes per TGW). A TGW peering attachment appears on both TGWs under one
 * id and is counted once in {@code attachments}.
 */
public final class Counter {
  private Counter() {}

  public static Counts count(Network n) {
    Map<String, Vpc> vpcs = new HashMap<>();
    for (Vpc v : n.vpcs()) vpcs.put(v.id(), v);
    Map<String, Long> perVpc = new HashMap<>();
    for (Peering p : n.peerings()) {
      perVpc.merge(p.requesterVpcId(), 1L, Long::sum);
      perVpc.merge(p.accepterVpcId(), 1L, Long::sum);
    }
    Map<String, Long> perTable = new HashMap<>();
    long vpcStatic = 0;
    for (Vpc v : n.vpcs()) {
      for (RouteTable t : v.routeTables()) {
        long c = t.staticRouteCount();
        perTable.put(t.id(), c);
        vpcStatic += c;
      }
    }
    Set<String> attachmentIds = new HashSet<>();
    Map<String, Long> tables = new HashMap<>();
    Map<String, Long> routes = new HashMap<>();
    Map<String, Long> atts = new HashMap<>();
    Map<String, Long> tgwsPer = new HashMap<>();
    long rtCount = 0;
    long assoc = 0;
    long prop = 0;
    long tgwStatic = 0;
    for (TransitGateway g : n.transitGateways()) {
      tgwsPer.merge(g.account() + "/" + g.region(), 1L, Long::sum);
      Map<String, TgwAttachment> byId = new HashMap<>();
      for (TgwAttachment a : g.attachments()) {
        byId.put(a.id(), a);
        attachmentIds.add(a.id());
      }
      atts.put(g.id(), (long) g.attachments().size());
      tables.put(g.id(), (long) g.routeTables().size());
      rtCount += g.routeTables().size();
      long r = 0;
      for (TgwRouteTable t : g.routeTables()) {
        assoc += t.associations().size();
        prop += t.propagations().size();
        tgwStatic += t.routes().size();
        r += t.routes().size();
        for (String p : t.propagations()) {
          TgwAttachment a = byId.get(p);
          Vpc v = a == null ? null : vpcs.get(a.resourceId());
          if (v != null) r += v.cidrs().size();
        }
      }
      routes.put(g.id(), r);
    }
    return new Counts(n.peerings().size(), attachmentIds.size(), n.transitGateways().size(), rtCount, assoc, prop,
        tgwStatic, vpcStatic, perVpc, perTable, tables, routes, atts, tgwsPer);
  }
}
