package io.vpcplan.generate.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.IpamAllocation;
import io.vpcplan.model.IpamPool;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Vpc;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** IpamPlan: top-level → regional → segment pools holding exactly the planned blocks; VPCs allocate from their segment pool. */
class IpamPlanTest {
  @Test
  void startupHierarchy() {
    Network n = CfnFixtures.network("startup", true);
    Map<String, IpamPool> pools = n.ipamPools().stream().collect(Collectors.toMap(IpamPool::name, Function.identity()));
    assertThat(pools).containsOnlyKeys("main", "main/us-east-1", "main/us-east-1/nonprod", "main/us-east-1/prod",
        "main/us-east-1/shared");
    assertThat(pools.get("main").cidrs()).containsExactly(Cidr.parse("10.0.0.0/12"));
    assertThat(pools.get("main/us-east-1").locale()).isEqualTo("us-east-1");
    assertThat(pools.get("main/us-east-1").sourcePool()).isEqualTo("main");
    IpamPool nonprod = pools.get("main/us-east-1/nonprod");
    assertThat(nonprod.cidrs()).containsExactly(Cidr.parse("10.0.0.0/18"));
    assertThat(nonprod.sourcePool()).isEqualTo("main/us-east-1");
    assertThat(List.of(nonprod.minNetmask(), nonprod.maxNetmask(), nonprod.defaultNetmask())).containsExactly(20, 20, 20);
    Vpc dev = n.vpc("dev/us-east-1/app").orElseThrow();
    assertThat(dev.ipamAllocations()).extracting(IpamAllocation::pool, IpamAllocation::netmaskLength)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("main/us-east-1/nonprod", 20));
  }

  @Test
  void everyPlannedBlockLiesInItsPoolAndChildPoolsInTheirParents() {
    for (String design : CfnFixtures.designs()) {
      Network n = CfnFixtures.network(design, true);
      Map<String, IpamPool> pools = n.ipamPools().stream().collect(Collectors.toMap(IpamPool::name, Function.identity()));
      for (IpamPool p : n.ipamPools()) {
        if (p.sourcePool().isEmpty()) continue;
        IpamPool parent = pools.get(p.sourcePool());
        assertThat(parent).as(design + " " + p.name()).isNotNull();
        for (Cidr c : p.cidrs()) assertThat(parent.cidrs()).as(design + " " + p.name()).anyMatch(b -> b.contains(c));
      }
      for (Vpc v : n.vpcs()) {
        if (v.origin() == Origin.EXISTING) assertThat(v.ipamAllocations()).as(design + " " + v.id()).isEmpty();
        for (IpamAllocation a : v.ipamAllocations()) {
          IpamPool p = pools.get(a.pool());
          assertThat(p.locale()).isEqualTo(v.region());
          assertThat(a.netmaskLength()).isBetween(p.minNetmask(), p.maxNetmask());
        }
      }
    }
  }
}
