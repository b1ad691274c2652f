package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.analysis.Validator;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.model.TgwRoute;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Routes to prefix lists: one route per entry, in VPC and TGW route tables; a TGW blackhole is a finding. */
class LzaPrefixListsTest {
  static final Path CASE = Path.of("src/test/resources/lza-cases/prefix-lists/network-config.yaml");

  @Test
  void vpcRouteToAPrefixListIsOneRoutePerEntry() {
    Inventory inv = LzaImporter.read(CASE);
    var table = inv.network().vpcs().get(0).routeTables().get(0);
    // the VPC's local route first (AWS adds it; LZA never lists it), then one route per entry
    assertThat(table.routes()).extracting(r -> r.destination().toString())
        .containsExactly("10.30.0.0/16", "192.168.0.0/20", "192.168.16.0/20");
  }

  @Test
  void tgwRoutesAndBlackholes() {
    Inventory inv = LzaImporter.read(CASE);
    var routes = inv.network().transitGateways().get(0).routeTables().get(0).routes();
    assertThat(routes).filteredOn(TgwRoute::blackhole).extracting(r -> r.destination().toString()).containsExactly("10.66.0.0/16");
    assertThat(routes).filteredOn(r -> !r.blackhole()).extracting(r -> r.destination().toString())
        .containsExactly("192.168.0.0/20", "192.168.16.0/20");
    assertThat(Validator.validate(inv.network())).filteredOn(f -> f.code() == Code.BLACKHOLE_ROUTE)
        .singleElement().satisfies(f -> assertThat(f.message()).contains("10.66.0.0/16"));
  }

  @Test
  void unknownPrefixListNamesAreFindings() {
    Inventory inv = LzaImporter.read(CASE);
    assertThat(inv.findings()).filteredOn(f -> f.code() == Code.DANGLING_REFERENCE).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("'on-prem-typo' is not defined").contains("routes[1].destinationPrefixList"))
        .anySatisfy(m -> assertThat(m).contains("'no-such-list' is not defined"));
  }
}
