package io.vpcplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.model.Location;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages name a TGW route table and its TGW once each, for AWS ids, LZA path ids and planned ids. */
class TgwMessageTest {
  static TransitGateway tgw(String id, String name, String account, String tableId, String tableName) {
    TgwRouteTable t = new TgwRouteTable(tableId, tableName, List.of(), List.of(),
        List.of(new TgwRoute(Cidr.parse("10.99.0.0/16"), "", true)));
    return new TransitGateway(id, name, account, "us-east-1", 0, false, false, false, List.of(), List.of(t),
        new Location("network-config.yaml", 41, 5));
  }

  static String blackhole(TransitGateway t) {
    List<Finding> f = Nets.of(Validator.validate(Nets.net(List.of(), List.of(), List.of(t), List.of())), Code.BLACKHOLE_ROUTE);
    assertThat(f).hasSize(1);
    return f.get(0).message();
  }

  @Test
  void anLzaPathIdIsPrintedOnce() {
    String m = blackhole(tgw("Network/us-east-1/Main", "Main", "Network", "Network/us-east-1/Main/Core", "Core"));
    assertThat(m).startsWith("TGW route table Network/us-east-1/Main/Core drops traffic to 10.99.0.0/16");
    assertThat(m.split("Network/us-east-1", -1)).hasSize(2);
  }

  @Test
  void anAwsIdGetsItsNameAndPlaceOnce() {
    String m = blackhole(tgw("tgw-0a1b", "core", "111111111111", "tgw-rtb-0c2d", "flat"));
    assertThat(m).startsWith("TGW route table tgw-rtb-0c2d (flat) of tgw-0a1b (111111111111/us-east-1/core) drops");
  }

  @Test
  void aPlannedIdDoesNotRepeatItsRegionOrTableName() {
    String m = blackhole(tgw("tgw-us-east-1", "hub-us-east-1", "network", "tgw-rtb/us-east-1/prod", "prod"));
    assertThat(m).startsWith("TGW route table tgw-rtb/us-east-1/prod of tgw-us-east-1 (network/hub-us-east-1) drops");
  }
}
