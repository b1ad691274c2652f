package io.vpcplan.analysis;

import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.OverlapFinder;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Location;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TGW route tables: attachments propagating identical or overlapping CIDRs into one table (AWS
 * keeps the first identical route and drops the rest), and blackhole static routes. One finding
 * per overlapping range per table, so a table with 1,000 identical VPCs costs one line.
 */
final class TgwChecks {
  private TgwChecks() {}

  static void check(TransitGateway tgw, Map<String, Vpc> byId, List<Finding> out) {
    Map<String, Vpc> vpcOf = new HashMap<>();
    for (TgwAttachment a : tgw.attachments()) {
      Vpc v = a.type() == AttachmentType.VPC ? byId.get(a.resourceId()) : null;
      if (v != null) vpcOf.put(a.id(), v);
    }
    Resource tr = new Resource("transit-gateway", tgw.id(), tgw.name(), tgw.account(), tgw.region());
    for (TgwRouteTable t : tgw.routeTables()) {
      Resource rt = new Resource("tgw-route-table", t.id(), t.name(), tgw.account(), tgw.region());
      Location at = where(tgw, t);
      propagation(tgw, t, rt, vpcOf, out);
      for (TgwRoute r : t.routes()) {
        if (!r.blackhole() || r.intended()) continue;
        out.add(new Finding(Code.BLACKHOLE_ROUTE, Severity.WARNING, "TGW route table " + TgwRef.table(tgw, t)
            + " drops traffic to " + r.destination() + " (blackhole); fine if intended (e.g. to isolate a range),"
            + " otherwise point it at an attachment", List.of(rt, tr), r.destination(), at));
      }
    }
  }

  /** The route table's own place in the input when known, else the TGW's. */
  private static Location where(TransitGateway tgw, TgwRouteTable t) {
    return t.location().file().isEmpty() ? tgw.location() : t.location();
  }

  private static void propagation(TransitGateway tgw, TgwRouteTable t, Resource rt, Map<String, Vpc> vpcOf,
      List<Finding> out) {
    List<Cidr> cidrs = new ArrayList<>();
    List<String> from = new ArrayList<>();
    for (String att : new LinkedHashSet<>(t.propagations())) {
      Vpc v = vpcOf.get(att);
      if (v == null) continue;
      for (Cidr c : v.cidrs()) {
        cidrs.add(c);
        from.add(att);
      }
    }
    for (int[] group : OverlapFinder.groups(cidrs)) {
      Set<String> atts = new LinkedHashSet<>();
      for (int i : group) atts.add(from.get(i));
      if (atts.size() < 2) continue;
      boolean identical = true;
      for (int i : group) identical &= cidrs.get(i).equals(cidrs.get(group[0]));
      List<Resource> res = new ArrayList<>(List.of(rt));
      StringBuilder who = new StringBuilder();
      int shown = 0;
      for (int i : group) {
        Vpc v = vpcOf.get(from.get(i));
        if (shown < 10) who.append(shown == 0 ? "" : ", ").append(cidrs.get(i)).append(" from ").append(from.get(i))
            .append(" (").append(v.id()).append(')');
        if (shown++ < 200) res.add(Resource.vpc(v));
      }
      if (shown > 10) who.append(", and ").append(shown - 10).append(" more");
      String effect = identical
          ? "a TGW route table keeps one route per CIDR and drops the others, so all but one of these VPCs are unreachable from it"
          : "the more specific route wins, so part of the larger VPC range is unreachable from it";
      out.add(new Finding(Code.TGW_PROPAGATION_CONFLICT, Severity.ERROR, atts.size() + " attachments propagate "
          + (identical ? "the identical CIDR " : "overlapping CIDRs within ") + cidrs.get(group[0]) + " into "
          + "TGW route table " + TgwRef.table(tgw, t) + ": " + who + "; " + effect, res, cidrs.get(group[0]), where(tgw, t)));
    }
  }
}
