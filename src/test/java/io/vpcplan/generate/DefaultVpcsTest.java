package io.vpcplan.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Vpc;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Imported default VPCs are not codified as new VPCs unless something in the network uses them. */
class DefaultVpcsTest {
  private static Vpc vpc(String id, String cidr, boolean isDefault) {
    return new Vpc(id, id, "111111111111", "us-east-1", "", List.of(Cidr.parse(cidr)), List.of(), List.of(),
        Origin.IMPORTED, null, List.of(), Map.of(), isDefault);
  }

  private static Network network(List<Vpc> vpcs, List<Peering> peerings) {
    return new Network(List.of(), vpcs, List.of(), peerings, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void anUnusedDefaultVpcIsLeftOutAndNamed() {
    Vpc app = vpc("vpc-app", "10.0.0.0/16", false);
    Vpc def = vpc("vpc-def", "172.31.0.0/16", true);
    DefaultVpcs.Split s = DefaultVpcs.leaveOutUnused(network(List.of(app, def), List.of()));
    assertThat(s.network().vpcs()).containsExactly(app);
    assertThat(s.leftOut()).containsExactly(def);
  }

  @Test
  void aDefaultVpcThatIsPeeredStays() {
    Vpc app = vpc("vpc-app", "10.0.0.0/16", false);
    Vpc def = vpc("vpc-def", "172.31.0.0/16", true);
    Network n = network(List.of(app, def), List.of(new Peering("pcx-1", "vpc-app", "vpc-def", null)));
    DefaultVpcs.Split s = DefaultVpcs.leaveOutUnused(n);
    assertThat(s.network()).isSameAs(n);
    assertThat(s.leftOut()).isEmpty();
  }

  @Test
  void withoutDefaultVpcsTheNetworkIsUntouched() {
    Network n = network(List.of(vpc("vpc-app", "10.0.0.0/16", false)), List.of());
    assertThat(DefaultVpcs.leaveOutUnused(n).network()).isSameAs(n);
  }
}
