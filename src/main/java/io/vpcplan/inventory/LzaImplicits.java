package io.vpcplan.inventory;

import io.vpcplan.model.Purpose;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** LZA VPCs once the transit gateways are read. */
final class LzaImplicits {
  private LzaImplicits() {}

  /**
   * What LZA leaves implicit: a VPC route of type transitGateway names the TGW (the one this VPC
   * attaches to, else the one of that name in its region), and subnets that carry a TGW
   * attachment are attachment subnets.
   */
  static List<Vpc> resolve(List<Vpc> vpcs, List<TransitGateway> gateways) {
    Map<String, String> byName = new HashMap<>();
    Map<String, String> attached = new HashMap<>();
    Set<String> attachSubnets = new HashSet<>();
    for (TransitGateway t : gateways) {
      byName.putIfAbsent(t.region() + "|" + t.name(), t.id());
      for (TgwAttachment a : t.attachments()) {
        attached.put(a.resourceId() + "|" + t.name(), t.id());
        attachSubnets.addAll(a.subnetIds());
      }
    }
    List<Vpc> out = new ArrayList<>();
    for (Vpc v : vpcs) {
      List<RouteTable> tables = new ArrayList<>();
      for (RouteTable t : v.routeTables()) {
        List<Route> routes = new ArrayList<>();
        for (Route r : t.routes()) {
          String id = r.targetType() != RouteTarget.TRANSIT_GATEWAY ? null
              : attached.getOrDefault(v.id() + "|" + r.target(), byName.get(v.region() + "|" + r.target()));
          routes.add(id == null ? r : new Route(r.destination(), r.targetType(), id, r.propagated()));
        }
        tables.add(new RouteTable(t.id(), t.name(), routes, t.subnetIds(), t.main(), t.location()));
      }
      List<Subnet> subnets = new ArrayList<>();
      for (Subnet s : v.subnets()) {
        subnets.add(!attachSubnets.contains(s.key()) ? s : new Subnet(s.id(), s.name(), s.tier(), s.az(), s.cidr(),
            Purpose.TGW_ATTACHMENT, s.isPublic(), s.location(), s.ipv6()));
      }
      out.add(new Vpc(v.id(), v.name(), v.account(), v.region(), v.segment(), v.cidrs(), subnets, tables, v.origin(),
          v.location(), v.ipamAllocations()));
    }
    return out;
  }
}
