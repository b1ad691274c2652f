package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.Network;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The two real LZA test configurations import without error and give the expected model. */
class LzaImporterTest {
  private static final Path ALL = Path.of("src/test/resources/lza/all-enabled.network-config.yaml");
  private static final Path NO_ORG = Path.of("src/test/resources/lza/no-org-config.network-config.yaml");

  @Test
  void allEnabled() {
    Inventory inv = LzaImporter.read(ALL);
    Network n = inv.network();
    assertThat(n.vpcs()).hasSize(29);
    Vpc inspection = n.vpc("Network/us-east-1/Network-Inspection").orElseThrow();
    assertThat(inspection.cidrs()).hasToString("[10.2.0.0/22, 10.3.0.0/16]");
    assertThat(inspection.subnets()).isNotEmpty().allSatisfy(s -> assertThat(s.id()).startsWith(inspection.id() + "/"));
    TransitGateway main = n.transitGateways().stream().filter(t -> t.name().equals("Network-Main")).findFirst().orElseThrow();
    assertThat(main.region()).isEqualTo("us-east-1"); // the *HOME_REGION alias is resolved
    assertThat(main.routeTables()).extracting(t -> t.name())
        .containsExactly("Network-Main-Core", "Network-Main-Segregated", "Network-Main-Shared", "Network-Main-Standalone");
    assertThat(main.attachments()).isNotEmpty();
    assertThat(main.routeTables().get(0).propagations()).isNotEmpty();
    assertThat(n.peerings()).hasSizeGreaterThan(20);
    assertThat(n.accounts()).extracting(a -> a.name()).contains("Network", "SharedServices");
    assertThat(inv.findings()).noneMatch(f -> f.code() == io.vpcplan.finding.Code.DANGLING_REFERENCE);
  }

  @Test
  void noOrgConfigIsEmptyButValid() {
    Inventory inv = LzaImporter.read(NO_ORG);
    assertThat(inv.network().vpcs()).isEmpty();
    assertThat(inv.findings()).isEmpty();
  }
}
