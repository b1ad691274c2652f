package io.vpcplan.generate.lza;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.inventory.Inventory;
import io.vpcplan.inventory.LzaImporter;
import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codifying an estate (the team's LZA sample): names are kept, so LZA would not replace anything. */
class LzaEstateTest {
  @TempDir Path tmp;

  @Test
  void anLzaEstateKeepsItsNames() throws IOException {
    Network estate = LzaImporter.read(Path.of("samples/lza/network-config.yaml")).network();
    String yaml = new LzaGenerator().generate(estate, new GenerateOptions("sample", false)).files().get(LzaGenerator.CONFIG);
    if (Files.exists(LzaSchemaTest.SCHEMA)) {
      LzaSchemaTest.load();
      assertThat(LzaSchemaTest.problems(LzaSchemaTest.YAML.readTree(yaml))).isEmpty();
    }
    Path file = tmp.resolve("network-config.yaml");
    Files.writeString(file, yaml);
    Inventory back = LzaImporter.read(file, Map.of());
    // the Sandbox template deploys to two accounts: each becomes a VPC of its own, named by account
    assertThat(back.network().vpcs()).extracting(Vpc::name).containsExactlyInAnyOrder("Network-Egress", "SharedServices-Main",
        "Payments-Prod-Main", "Payments-Dev-Main", "Sandbox-Alice-us-east-1-Sandbox", "Sandbox-Bob-us-east-1-Sandbox");
    assertThat(back.network().transitGateways()).extracting(t -> t.name()).containsExactlyElementsOf(
        estate.transitGateways().stream().map(t -> t.name()).toList());
    assertThat(back.network().peerings()).extracting(p -> p.id()).containsExactlyElementsOf(
        estate.peerings().stream().map(p -> p.id()).toList());
  }
}
