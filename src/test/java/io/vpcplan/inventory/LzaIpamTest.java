package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.analysis.Validator;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IPAM pools and VPCs allocated from them: read, checked, counted, and kept through import. */
class LzaIpamTest {
  static final Path CASE = Path.of("src/test/resources/lza-cases/ipam/network-config.yaml");

  @TempDir Path tmp;

  static List<String> messages(Inventory inv, Code code) {
    return inv.findings().stream().filter(f -> f.code() == code).map(Finding::message).toList();
  }

  @Test
  void poolsAndAllocationsAreRead() {
    Inventory inv = LzaImporter.read(CASE);
    assertThat(inv.network().ipamPools()).extracting(p -> p.name()).containsExactly("base", "east", "east-dup", "west");
    assertThat(inv.network().ipamPools().get(1).minNetmask()).isEqualTo(20);
    assertThat(inv.network().vpcs()).hasSize(4).allSatisfy(v -> assertThat(v.cidrs()).isEmpty());
    Vpc good = inv.network().vpc("Workload/us-east-1/Good").orElseThrow();
    assertThat(good.ipamAllocations()).singleElement().satisfies(a -> {
      assertThat(a.pool()).isEqualTo("east");
      assertThat(a.netmaskLength()).isEqualTo(22);
    });
    assertThat(messages(inv, Code.UNRESOLVED_CIDR)).anySatisfy(m -> assertThat(m).contains("Good takes a /22 from pool east"));
  }

  @Test
  void poolChecks() {
    Inventory inv = LzaImporter.read(CASE);
    assertThat(messages(inv, Code.IPAM_POOL_OVERLAP)).singleElement().satisfies(m -> assertThat(m)
        .contains("east (10.0.0.0/16) and east-dup (10.0.128.0/17) overlap"));
    assertThat(messages(inv, Code.IPAM_POOL_OUTSIDE_SOURCE)).singleElement().satisfies(m -> assertThat(m)
        .contains("west provisions 172.16.0.0/16").contains("source pool base"));
    assertThat(messages(inv, Code.IPAM_POOL_LOCALE)).anySatisfy(m -> assertThat(m).contains("locale eu-west-9"))
        .anySatisfy(m -> assertThat(m).contains("WrongRegion is in us-west-2"));
    assertThat(messages(inv, Code.IPAM_ALLOCATION)).anySatisfy(m -> assertThat(m).contains("TooSmall asks a /26"))
        .anySatisfy(m -> assertThat(m).contains("NoPool asks IPAM pool esat").contains("did you mean 'east'"));
    // nested pools (east inside base) are not overlaps
    assertThat(messages(inv, Code.IPAM_POOL_OVERLAP)).noneMatch(m -> m.contains("base"));
  }

  @Test
  void importKeepsIpamVpcsAndTheFindingsAreTheSame() throws IOException {
    Inventory lza = LzaImporter.read(CASE);
    InventoryWriter.write(lza.network(), tmp);
    Network back = AwsConfigs.readDirectory(tmp).network();
    assertThat(back.vpcs()).hasSameSizeAs(lza.network().vpcs());
    assertThat(back.vpcs().stream().flatMap(v -> v.ipamAllocations().stream()).map(a -> a.pool() + "/" + a.netmaskLength()))
        .containsExactlyInAnyOrderElementsOf(lza.network().vpcs().stream().flatMap(v -> v.ipamAllocations().stream())
            .map(a -> a.pool() + "/" + a.netmaskLength()).toList());
    assertThat(LzaRealFilesTest.codesAndMessages(Validator.validate(back)))
        .isEqualTo(LzaRealFilesTest.codesAndMessages(Validator.validate(lza.network())));
  }
}
