package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** VPC route tables as the designers start from them and as the reachability engine reads them. */
public final class VpcTables {
  private VpcTables() {}

  /**
   * The VPC's route tables with every TGW and peering route removed and local routes ensured; a
   * main workload table when the VPC has none. With {@code attachmentTable}, the /28 attachment
   * subnets move to a dedicated table of their own (local routes only), as AWS advises.
   */
  static List<RouteTable> base(Vpc v, boolean attachmentTable) {
    Set<String> attach = attachmentSubnetIds(v);
    List<RouteTable> out = new ArrayList<>();
    for (RouteTable t : v.routeTables()) {
      if (t.id().equals(attachmentTableId(v))) continue;
      List<Route> routes = new ArrayList<>(local(v));
      for (Route r : t.routes()) {
        boolean connectivity = r.targetType() == RouteTarget.TRANSIT_GATEWAY || r.targetType() == RouteTarget.PEERING
            || r.targetType() == RouteTarget.LOCAL;
        if (!connectivity) routes.add(r);
      }
      List<String> subnets = t.subnetIds();
      if (attachmentTable) subnets = subnets.stream().filter(s -> !attach.contains(s)).toList();
      out.add(new RouteTable(t.id(), t.name(), routes, subnets, t.main()));
    }
    if (out.isEmpty()) {
      out.add(new RouteTable("rtb/" + v.id() + "/workload", v.name() + "-workload", local(v), List.of(), true));
    }
    if (attachmentTable && !attach.isEmpty()) {
      out.add(new RouteTable(attachmentTableId(v), v.name() + "-tgw-attach", local(v), List.copyOf(attach), false));
    }
    return out;
  }

  static String attachmentTableId(Vpc v) {
    return "rtb/" + v.id() + "/tgw-attach";
  }

  static List<Route> local(Vpc v) {
    List<Route> out = new ArrayList<>();
    for (Cidr c : v.cidrs()) out.add(new Route(c, RouteTarget.LOCAL, "local", false));
    return out;
  }

  /** Ids (or names) of the subnets with purpose TGW_ATTACHMENT, in subnet order. */
  public static Set<String> attachmentSubnetIds(Vpc v) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (Subnet s : v.subnets()) if (s.purpose() == Purpose.TGW_ATTACHMENT) out.add(s.key());
    return out;
  }

  /**
   * The tables that route traffic leaving the VPC's workloads: every table associated with a
   * workload subnet, plus the main table when some workload subnet has no table of its own (or
   * the VPC lists no subnets at all).
   */
  public static List<RouteTable> workload(Vpc v) {
    Set<String> workloadSubnets = new HashSet<>();
    for (Subnet s : v.subnets()) if (s.purpose() == Purpose.WORKLOAD) workloadSubnets.add(s.key());
    Set<String> covered = new HashSet<>();
    List<RouteTable> out = new ArrayList<>();
    RouteTable main = null;
    for (RouteTable t : v.routeTables()) {
      if (t.main()) main = t;
      boolean used = false;
      for (String s : t.subnetIds()) {
        if (workloadSubnets.contains(s)) {
          used = true;
          covered.add(s);
        }
      }
      if (used) out.add(t);
    }
    boolean uncovered = workloadSubnets.isEmpty() || covered.size() < workloadSubnets.size();
    if (main != null && uncovered && !out.contains(main)) out.add(main);
    if (out.isEmpty() && main == null && !v.routeTables().isEmpty() && workloadSubnets.isEmpty()) {
      out.addAll(v.routeTables().stream().filter(t -> !t.id().equals(attachmentTableId(v))).toList());
    }
    return out;
  }

  /** The table that routes traffic arriving through the attachment's subnets (null: none known). */
  public static RouteTable arrival(Vpc v, List<String> attachmentSubnets) {
    RouteTable main = null;
    for (RouteTable t : v.routeTables()) {
      if (t.main()) main = t;
      for (String s : attachmentSubnets) if (t.subnetIds().contains(s)) return t;
    }
    return main;
  }

  static RouteTable withRoutes(RouteTable t, List<Route> extra) {
    if (extra.isEmpty()) return t;
    List<Route> routes = new ArrayList<>(t.routes());
    routes.addAll(extra);
    return new RouteTable(t.id(), t.name(), routes, t.subnetIds(), t.main());
  }
}
