package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.finding.Code;
import io.vpcplan.model.Account;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OU deployment targets: real accounts with accounts-config.yaml beside the file, one pseudo-account per OU without. */
class LzaOrgTest {
  static final Path CASE = Path.of("src/test/resources/lza-cases/ou-targets");

  @TempDir Path tmp;

  @Test
  void accountsConfigExpandsOusToAccountsMinusExcluded() {
    Inventory inv = LzaImporter.read(CASE.resolve("network-config.yaml"));
    assertThat(inv.network().vpcs()).extracting(Vpc::account)
        .containsExactly("Payments-Prod", "Payments-Dev", "Sandbox-New"); // Sandbox-Old is excluded
    assertThat(inv.network().accounts()).filteredOn(a -> a.name().equals("Payments-Prod")).extracting(Account::id)
        .containsExactly("222222222222");
    assertThat(inv.network().accounts()).filteredOn(a -> a.name().equals("Network")).extracting(Account::id)
        .containsExactly("111111111111");
    assertThat(inv.findings()).noneMatch(f -> f.code() == Code.OU_AS_ACCOUNT);
    assertThat(inv.network().ramShares()).singleElement()
        .satisfies(s -> assertThat(s.principals()).containsExactly("Payments-Prod", "Payments-Dev"));
  }

  @Test
  void withoutAccountsConfigEachOuIsOneAccountAndSaysSo() throws IOException {
    Path f = Files.copy(CASE.resolve("network-config.yaml"), tmp.resolve("network-config.yaml"));
    Inventory inv = LzaImporter.read(f);
    assertThat(inv.network().vpcs()).extracting(Vpc::account).containsExactly("ou-Workloads", "ou-Sandbox");
    assertThat(inv.findings()).filteredOn(x -> x.code() == Code.OU_AS_ACCOUNT).hasSize(2)
        .allSatisfy(x -> assertThat(x.message()).contains("accounts-config.yaml").contains("treated as one account"));
  }

  @Test
  void excludedAccountsAreHonouredWithoutAccountsConfigToo() throws IOException {
    Path f = Files.writeString(tmp.resolve("network-config.yaml"), """
        homeRegion: us-east-1
        vpcTemplates:
          - name: T
            region: us-east-1
            deploymentTargets:
              accounts: [A, B, C]
              excludedAccounts: [B]
            cidrs: [10.0.0.0/16]
        """);
    assertThat(LzaImporter.read(f).network().vpcs()).extracting(Vpc::account).containsExactly("A", "C");
  }
}
