package io.vpcplan.ipam;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.analysis.Validator;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Resource;
import io.vpcplan.model.Design;
import io.vpcplan.model.Design.Pool;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The subnet checks on dual-stack plans: whatever design the planner accepts, its subnets' IPv6
 * blocks give no subnet finding (fresh and grown with the lock); and an IPv6 block moved out of
 * its VPC's, onto another subnet's or to a size AWS refuses is found, naming that subnet.
 */
class DualStackValidateProperties {
  private static final Set<Code> SUBNET_CODES = EnumSet.of(Code.SUBNET_SIZE, Code.SUBNET_OUTSIDE_VPC, Code.SUBNET_OVERLAP);

  @Property(tries = 400)
  void plannedDualStackSubnetsGiveNoSubnetFinding(@ForAll long seed) {
    Design d = dualStack(RandomDesigns.generate(seed), new Random(seed));
    PlanResult first = PlannerProperties.planOrSkip(d, Lock.EMPTY);
    assertThat(subnetFindings(first.network())).isEmpty();
    Design grown = RandomDesigns.grow(d, seed ^ 0x5DEECE66DL);
    PlanResult second = PlannerProperties.planOrSkip(grown, first.lock());
    assertThat(subnetFindings(second.network())).isEmpty();
    Statistics.label("dual-stack subnets").collect(dualStackSubnets(second.network()) > 0);
  }

  @Property(tries = 300)
  void aMovedIpv6BlockIsFound(@ForAll long seed) {
    Random r = new Random(seed);
    PlanResult plan = PlannerProperties.planOrSkip(dualStack(RandomDesigns.generate(seed), r), Lock.EMPTY);
    List<Vpc> candidates = plan.network().vpcs().stream()
        .filter(v -> v.origin() != Origin.EXISTING && v.subnets().size() >= 2 && v.subnets().get(0).ipv6() != null).toList();
    Assume.that(!candidates.isEmpty());
    Vpc v = candidates.get(r.nextInt(candidates.size()));
    int i = r.nextInt(v.subnets().size());
    Subnet s = v.subnets().get(i);
    Cidr block = v.cidrs().stream().filter(c -> !c.isV4()).findFirst().orElseThrow();
    int how = r.nextInt(3);
    Statistics.label("moved").collect(new String[] {"outside", "onto another", "resized"}[how]);
    Cidr moved;
    Code expected;
    switch (how) {
      case 0 -> { // a /64 of a neighbouring block of the VPC's size: outside every block of the VPC
        long step = 1L << (64 - block.length());
        long hi = block.hi() + (r.nextBoolean() || block.hi() < step ? step : -step) + r.nextLong(step);
        moved = Cidr.containing(io.vpcplan.cidr.IpFamily.V6, hi, 0, 64);
        expected = Code.SUBNET_OUTSIDE_VPC;
      }
      case 1 -> {
        int j = (i + 1 + r.nextInt(v.subnets().size() - 1)) % v.subnets().size();
        moved = v.subnets().get(j).ipv6();
        expected = Code.SUBNET_OVERLAP;
      }
      default -> {
        moved = Cidr.containing(io.vpcplan.cidr.IpFamily.V6, s.ipv6().hi(), 0, 65 + r.nextInt(60));
        expected = Code.SUBNET_SIZE;
      }
    }
    Network changed = replace(plan.network(), v, i, moved);
    List<Finding> found = subnetFindings(changed);
    assertThat(found).as("%s of %s moved to %s", s.key(), v.id(), moved).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(expected);
      assertThat(f.range()).isEqualTo(moved);
      assertThat(f.resources()).extracting(Resource::id).contains(s.key(), v.id());
    });
  }

  private static List<Finding> subnetFindings(Network n) {
    return Validator.validate(n).stream().filter(f -> SUBNET_CODES.contains(f.code())).toList();
  }

  private static long dualStackSubnets(Network n) {
    return n.vpcs().stream().flatMap(v -> v.subnets().stream()).filter(s -> s.ipv6() != null).count();
  }

  /** The design with one or two IPv6 pools of random sizes (a /44 to a /56), when it had none. */
  static Design dualStack(Design d, Random r) {
    if (d.pools().stream().anyMatch(p -> !p.cidr().isV4())) return d;
    List<Pool> pools = new ArrayList<>(d.pools());
    for (int i = 0; i <= r.nextInt(2); i++) {
      int len = 44 + 4 * r.nextInt(4);
      long hi = 0x26001f1800000000L + ((long) i << 20);
      pools.add(new Pool("v6-" + i, Cidr.containing(io.vpcplan.cidr.IpFamily.V6, hi, 0, len), List.of(), RandomDesigns.L));
    }
    return new Design(d.file(), pools, d.reserved(), d.regions(), d.segments(), d.profiles(), d.accounts(), d.vpcs(),
        d.existing(), d.intents(), d.growth(), d.connectivity(), d.overrides(), d.tags(), d.onPremises());
  }

  private static Network replace(Network n, Vpc v, int i, Cidr ipv6) {
    List<Subnet> subs = new ArrayList<>(v.subnets());
    Subnet s = subs.get(i);
    subs.set(i, new Subnet(s.id(), s.name(), s.tier(), s.az(), s.cidr(), s.purpose(), s.isPublic(), s.location(), ipv6));
    Vpc changed = new Vpc(v.id(), v.name(), v.account(), v.region(), v.segment(), v.cidrs(), subs, v.routeTables(),
        v.origin(), v.location(), v.ipamAllocations(), v.tags(), v.isDefault());
    List<Vpc> vpcs = new ArrayList<>(n.vpcs());
    vpcs.set(vpcs.indexOf(v), changed);
    return new Network(n.accounts(), vpcs, n.transitGateways(), n.peerings(), n.endpointServices(), n.endpoints(),
        n.ramShares(), n.segments(), n.intents(), n.ipamPools(), n.tags(), n.natGateways(), n.hybrid(), n.networkAccount());
  }
}
