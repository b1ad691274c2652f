package io.vpcplan.analysis;

import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.OverlapFinder;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A design against an existing estate ({@code vpcplan plan DESIGN --against INVENTORY}): the
 * ranges the allocator must keep out of, and the design ranges that already collide with them.
 */
public final class Against {
  private Against() {}

  /** What the planner needs: ranges to reserve, and collisions to report. */
  public record Result(List<Cidr> reserved, List<Finding> findings) {
    public Result {
      reserved = List.copyOf(reserved);
      findings = List.copyOf(findings);
    }
  }

  public static Result check(Network design, Network existing) {
    return new Result(reserved(existing), collisions(design, existing));
  }

  /** Every block of every existing VPC (IPv4 and IPv6), sorted, blocks inside another dropped. */
  public static List<Cidr> reserved(Network existing) {
    List<Cidr> all = new ArrayList<>();
    for (Vpc v : existing.vpcs()) all.addAll(v.cidrs());
    all.sort(null);
    List<Cidr> out = new ArrayList<>();
    for (Cidr c : all) if (out.isEmpty() || !out.get(out.size() - 1).contains(c)) out.add(c);
    return out;
  }

  /**
   * PLAN_COLLIDES_EXISTING for each design VPC block that overlaps an existing VPC, unless the
   * design VPC is that existing VPC (same id; or a brownfield entry in the same region whose
   * blocks include the colliding one).
   */
  public static List<Finding> collisions(Network design, Network existing) {
    List<Cidr> blocks = new ArrayList<>();
    List<Vpc> owner = new ArrayList<>();
    List<Boolean> isDesign = new ArrayList<>();
    for (Vpc v : design.vpcs()) add(v, true, blocks, owner, isDesign);
    for (Vpc v : existing.vpcs()) add(v, false, blocks, owner, isDesign);
    Map<Integer, List<Integer>> hits = new LinkedHashMap<>();
    for (int[] group : OverlapFinder.groups(blocks)) {
      boolean mixed = false, anyDesign = false, anyExisting = false;
      for (int i : group) {
        anyDesign |= isDesign.get(i);
        anyExisting |= !isDesign.get(i);
      }
      mixed = anyDesign && anyExisting;
      if (!mixed) continue;
      List<Cidr> sub = new ArrayList<>();
      for (int i : group) sub.add(blocks.get(i));
      OverlapFinder.find(sub, (o, in) -> {
        int a = group[o], b = group[in];
        if (isDesign.get(a) == isDesign.get(b)) return;
        int d = isDesign.get(a) ? a : b;
        int e = isDesign.get(a) ? b : a;
        if (!sameVpc(owner.get(d), owner.get(e), blocks.get(d))) hits.computeIfAbsent(d, k -> new ArrayList<>()).add(e);
      });
    }
    List<Finding> out = new ArrayList<>();
    hits.forEach((d, es) -> out.add(finding(owner.get(d), blocks.get(d), es, owner, blocks)));
    out.sort(Finding.ORDER);
    return out;
  }

  private static void add(Vpc v, boolean design, List<Cidr> blocks, List<Vpc> owner, List<Boolean> isDesign) {
    for (Cidr c : v.cidrs()) {
      blocks.add(c);
      owner.add(v);
      isDesign.add(design);
    }
  }

  private static boolean sameVpc(Vpc d, Vpc e, Cidr block) {
    if (d.id().equals(e.id())) return true;
    return d.origin() == Origin.EXISTING && d.region().equals(e.region()) && e.cidrs().contains(block);
  }

  private static Finding finding(Vpc d, Cidr block, List<Integer> es, List<Vpc> owner, List<Cidr> blocks) {
    List<Resource> res = new ArrayList<>(List.of(Resource.vpc(d)));
    StringBuilder who = new StringBuilder();
    for (int k = 0; k < es.size(); k++) {
      Vpc e = owner.get(es.get(k));
      if (k < 5) who.append(k == 0 ? "" : ", ").append(Resource.vpc(e).label()).append(" (").append(blocks.get(es.get(k))).append(')');
      if (k < 200) res.add(Resource.vpc(e));
    }
    if (es.size() > 5) who.append(", and ").append(es.size() - 5).append(" more");
    String kind = d.origin() == Origin.EXISTING ? "brownfield" : d.origin() == Origin.PINNED ? "pinned" : "planned";
    return new Finding(Code.PLAN_COLLIDES_EXISTING, Severity.ERROR, "design VPC " + Resource.vpc(d).label() + " ("
        + kind + " " + block + ") overlaps existing " + who + "; choose another range, or declare the VPC under "
        + "'existing:' if it is that VPC", res, block, d.location());
  }
}
