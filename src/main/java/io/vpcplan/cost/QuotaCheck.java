package io.vpcplan.cost;

import io.vpcplan.topology.Counts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks the counts of a design against the quotas in force (defaults or the design's overrides). */
public final class QuotaCheck {
  private QuotaCheck() {}

  public static List<QuotaViolation> check(Counts c, Facts f) {
    List<QuotaViolation> out = new ArrayList<>();
    check(out, f, "quotas.peeringsPerVpc", c.peeringsPerVpc(), "peerings on VPC", "VPCs");
    check(out, f, "quotas.routesPerRouteTable", c.routesPerVpcRouteTable(), "static routes in VPC route table", "route tables");
    check(out, f, "quotas.tgwRouteTablesPerTgw", c.tablesPerTgw(), "route tables on", "TGWs");
    check(out, f, "quotas.tgwRoutesPerTgw", c.routesPerTgw(), "routes on", "TGWs");
    check(out, f, "quotas.attachmentsPerTgw", c.attachmentsPerTgw(), "attachments on", "TGWs");
    check(out, f, "quotas.tgwsPerAccountRegion", c.tgwsPerAccountRegion(), "transit gateways in", "account-regions");
    return out;
  }

  static void check(List<QuotaViolation> out, Facts f, String key, Map<String, Long> perSubject, String what, String subjects) {
    Fact q = f.fact(key);
    double limit = q.value();
    long over = perSubject.values().stream().filter(v -> v > limit).count();
    if (over == 0) return;
    String subject = Counts.argMax(perSubject);
    long worst = perSubject.get(subject);
    boolean beyond = q.adjustableTo() > 0 && worst > q.adjustableTo();
    StringBuilder m = new StringBuilder().append(worst).append(' ').append(what).append(' ').append(subject)
        .append(" exceed the quota of ").append(fmt(limit)).append(" (").append(key.substring(7)).append(')');
    if (over > 1) m.append("; ").append(over).append(" of ").append(perSubject.size()).append(' ').append(subjects).append(" are over it");
    if (beyond) m.append("; above the maximum AWS allows (").append(fmt(q.adjustableTo())).append("), so not possible");
    else if (q.adjustableTo() > limit) m.append("; adjustable to ").append(fmt(q.adjustableTo()));
    out.add(new QuotaViolation(key, subject, worst, limit, over, beyond, m.toString()));
  }

  static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
