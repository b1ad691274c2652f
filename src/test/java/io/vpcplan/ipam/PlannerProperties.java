package io.vpcplan.ipam;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.OverlapFinder;
import io.vpcplan.model.Design;
import io.vpcplan.model.Origin;
import io.vpcplan.model.RunFailedException;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

class PlannerProperties {

  static PlanResult planOrSkip(Design d, Lock lock) {
    try {
      return Planner.plan(d, lock, Planner.Options.DEFAULT);
    } catch (RunFailedException e) {
      Statistics.label("outcome").collect("exhausted");
      Assume.that(false);
      return null;
    }
  }

  @Property(tries = 1500)
  void allocationsNeverOverlapAndStayInTheirParents(@ForAll long seed) {
    Design d = RandomDesigns.generate(seed);
    PlanResult r = planOrSkip(d, Lock.EMPTY);
    Statistics.label("outcome").collect("planned");
    List<Cidr> planned = new ArrayList<>();
    for (Vpc v : r.network().vpcs()) {
      if (v.origin() == Origin.EXISTING) continue;
      for (Cidr c : v.cidrs()) {
        planned.add(c);
        assertThat(d.pools().stream().anyMatch(p -> p.cidr().contains(c))).as("%s in a pool", c).isTrue();
        if (c.isV4()) assertThat(c.length()).isBetween(16, 28);
        for (Design.Reserved res : d.reserved()) assertThat(res.cidr().overlaps(c)).as("%s vs reserved %s", c, res.cidr()).isFalse();
        for (Design.ExistingVpc e : d.existing()) for (Cidr ec : e.cidrs()) assertThat(ec.overlaps(c)).isFalse();
      }
      checkSubnets(d, v);
    }
    assertThat(OverlapFinder.anyOverlap(planned)).as("planned VPC blocks overlap").isFalse();
    boolean v6pool = d.pools().stream().anyMatch(p -> !p.cidr().isV4());
    for (Vpc v : r.network().vpcs()) {
      if (v.origin() == Origin.EXISTING) continue;
      List<Cidr> v6 = v.cidrs().stream().filter(c -> !c.isV4()).toList();
      assertThat(v6).hasSize(v6pool ? 1 : 0);
      for (Cidr c : v6) {
        assertThat(c.length()).isEqualTo(56);
        assertThat(d.pools().stream().anyMatch(p -> p.cidr().contains(c))).isTrue();
      }
    }
    for (Map.Entry<String, List<Cidr>> seg : r.lock().segments().entrySet()) {
      String region = seg.getKey().substring(0, seg.getKey().indexOf('/'));
      for (Cidr s : seg.getValue()) {
        assertThat(r.lock().regions().get(region).stream().anyMatch(b -> b.contains(s))).as("segment block in region block").isTrue();
      }
    }
  }

  private static void checkSubnets(Design d, Vpc v) {
    List<Cidr> subnets = new ArrayList<>();
    Design.VpcDef def = d.vpcs().stream().filter(x -> x.key().equals(v.id())).findFirst().orElseThrow();
    Design.Profile p = d.profiles().get(def.profile());
    assertThat(v.subnets()).hasSize(Sizing.subnetCount(p, def.azs()));
    assertThat(v.subnets().size()).isLessThanOrEqualTo(200);
    assertThat(v.cidrs().stream().filter(Cidr::isV4).count()).isLessThanOrEqualTo(5);
    for (Subnet s : v.subnets()) {
      subnets.add(s.cidr());
      assertThat(v.cidrs().stream().anyMatch(c -> c.contains(s.cidr()))).as("%s inside %s", s.cidr(), v.cidrs()).isTrue();
      assertThat(s.cidr().length()).isBetween(16, 28);
      Design.Tier t = p.tiers().stream().filter(x -> x.name().equals(s.tier())).findFirst().orElse(null);
      if (t != null && t.hosts() > 0) assertThat(s.usableHosts()).isGreaterThanOrEqualTo(t.hosts());
      if (t != null && t.prefix() > 0) assertThat(s.cidr().length()).isEqualTo(t.prefix());
      if (t == null) assertThat(s.cidr().length()).isEqualTo(28);
    }
    assertThat(OverlapFinder.anyOverlap(subnets)).as("subnets of %s overlap", v.id()).isFalse();
    Cidr block6 = v.cidrs().stream().filter(c -> !c.isV4()).findFirst().orElse(null);
    java.util.Set<Cidr> v6 = new java.util.HashSet<>();
    for (Subnet s : v.subnets()) {
      if (block6 == null) {
        assertThat(s.ipv6()).isNull();
        continue;
      }
      assertThat(s.ipv6().length()).isEqualTo(64);
      assertThat(block6.contains(s.ipv6())).isTrue();
      assertThat(v6.add(s.ipv6())).as("IPv6 /64 %s used twice in %s", s.ipv6(), v.id()).isTrue();
    }
  }

  @Property(tries = 300)
  void sameInputGivesTheSamePlan(@ForAll long seed) {
    Design d = RandomDesigns.generate(seed);
    PlanResult a = planOrSkip(d, Lock.EMPTY);
    PlanResult b = Planner.plan(d, Lock.EMPTY, Planner.Options.DEFAULT);
    assertThat(b.network()).isEqualTo(a.network());
    assertThat(b.lock()).isEqualTo(a.lock());
    assertThat(b.changes()).isEqualTo(a.changes());
  }

  @Property(tries = 1000)
  void growingWithTheLockNeverMovesAnything(@ForAll long seed) {
    Design d = RandomDesigns.generate(seed);
    PlanResult first = planOrSkip(d, Lock.EMPTY);
    Design grown = RandomDesigns.grow(d, seed ^ 0x5DEECE66DL);
    PlanResult second = planOrSkip(grown, first.lock());
    assertThat(second.hasConflicts()).isFalse();
    Statistics.label("vpcs added").collect(grown.vpcs().size() > d.vpcs().size());
    for (Map.Entry<String, List<Cidr>> e : first.lock().segments().entrySet()) {
      assertThat(second.lock().segments().get(e.getKey())).containsAll(e.getValue());
    }
    for (Map.Entry<String, List<Cidr>> e : first.lock().regions().entrySet()) {
      assertThat(second.lock().regions().get(e.getKey())).containsAll(e.getValue());
    }
    for (Map.Entry<String, Lock.LockedVpc> e : first.lock().vpcs().entrySet()) {
      Lock.LockedVpc after = second.lock().vpcs().get(e.getKey());
      assertThat(after.cidrs()).startsWith(e.getValue().cidrs().toArray(new Cidr[0]));
      for (Map.Entry<String, Cidr> s : e.getValue().subnets().entrySet()) {
        assertThat(after.subnets()).containsEntry(s.getKey(), s.getValue());
      }
      for (Map.Entry<String, Cidr> s : e.getValue().subnets6().entrySet()) {
        assertThat(after.subnets6()).containsEntry(s.getKey(), s.getValue());
      }
    }
    // the grown plan obeys every invariant too
    List<Cidr> all = new ArrayList<>();
    for (Vpc v : second.network().vpcs()) if (v.origin() != Origin.EXISTING) all.addAll(v.cidrs());
    assertThat(OverlapFinder.anyOverlap(all)).isFalse();
    for (Vpc v : second.network().vpcs()) if (v.origin() != Origin.EXISTING) checkSubnets(grown, v);
  }
}
