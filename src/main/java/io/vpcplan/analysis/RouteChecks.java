package io.vpcplan.analysis;

import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.model.Location;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Vpc;
import java.util.List;

/** VPC route tables: routes per table against the quotas, and blackhole routes. */
final class RouteChecks {
  private RouteChecks() {}

  static void check(Vpc v, Quotas q, List<Finding> out) {
    for (RouteTable t : v.routeTables()) {
      Resource tr = new Resource("route-table", t.id(), t.name(), v.account(), v.region());
      Location at = t.location().file().isEmpty() ? v.location() : t.location(); // the table, not the VPC
      int v4 = 0, v6 = 0, propagated = 0;
      for (Route r : t.routes()) {
        if (r.propagated()) propagated++;
        else if (r.targetType() != RouteTarget.LOCAL) {
          if (r.destination().isV4()) v4++;
          else v6++;
        }
        if (r.blackhole()) {
          out.add(new Finding(Code.BLACKHOLE_ROUTE, Severity.WARNING, "route " + r.destination() + " in " + tr.label()
              + " of " + Resource.vpc(v).label() + " is a blackhole" + (r.target().isEmpty() ? "" : " (target "
              + r.target() + " no longer exists)") + ": traffic to it is dropped; delete the route or restore the target",
              List.of(tr, Resource.vpc(v)), r.destination(), at));
        }
      }
      quota(v, tr, at, v4, "IPv4", q, out);
      quota(v, tr, at, v6, "IPv6", q, out);
      if (propagated > q.propagatedRoutesPerTable()) {
        out.add(new Finding(Code.ROUTE_TABLE_QUOTA, Severity.ERROR, tr.label() + " of " + Resource.vpc(v).label()
            + " has " + propagated + " propagated routes; AWS accepts at most " + q.propagatedRoutesPerTable()
            + " (not adjustable): summarise the on-premises prefixes", List.of(tr, Resource.vpc(v)), null, at));
      }
    }
  }

  private static void quota(Vpc v, Resource tr, Location at, int n, String family, Quotas q, List<Finding> out) {
    if (n <= q.routesPerTable()) return;
    boolean over = n > q.routesPerTableMax();
    out.add(new Finding(Code.ROUTE_TABLE_QUOTA, over ? Severity.ERROR : Severity.WARNING, tr.label() + " of "
        + Resource.vpc(v).label() + " has " + n + " " + family + " routes; the quota is " + q.routesPerTable()
        + (over ? " and at most " + q.routesPerTableMax() + ": summarise routes or use a Transit Gateway"
        : "; request an increase (up to " + q.routesPerTableMax() + ") or summarise routes"),
        List.of(tr, Resource.vpc(v)), null, at));
  }
}
