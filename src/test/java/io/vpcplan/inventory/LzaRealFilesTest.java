package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vpcplan.analysis.Validator;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.model.Network;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LZA's own test configurations (read from ../shared/data/lza, never copied here): they import
 * without error, with as many VPCs as an independent count, and survive import → write → re-read.
 */
class LzaRealFilesTest {
  static final Path DIR = Path.of("../shared/data/lza");

  @TempDir Path tmp;

  static Path file(String name) {
    Path p = DIR.resolve(name);
    if (!Files.exists(p)) System.out.println("LzaRealFilesTest: skipped, " + p + " is absent");
    Assumptions.assumeTrue(Files.exists(p), p + " is absent");
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"all-enabled.network-config.yaml", "no-org-config.network-config.yaml"})
  void readsWithTheIndependentVpcCount(String name) throws IOException {
    Path p = file(name);
    Inventory inv = LzaImporter.read(p);
    assertThat(inv.network().vpcs()).hasSize(independentCount(p));
    assertThat(inv.findings()).noneMatch(f -> f.code() == Code.INVENTORY_ELEMENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"all-enabled.network-config.yaml", "no-org-config.network-config.yaml"})
  void importThenValidateGivesTheSameFindings(String name) throws IOException {
    Inventory lza = LzaImporter.read(file(name));
    InventoryWriter.write(lza.network(), tmp);
    Network back = Files.isDirectory(tmp.resolve("aws_configs")) ? AwsConfigs.readDirectory(tmp).network()
        : Network.ofVpcs(List.of());
    assertThat(back.vpcs()).hasSameSizeAs(lza.network().vpcs());
    assertThat(codesAndMessages(Validator.validate(back))).isEqualTo(codesAndMessages(Validator.validate(lza.network())));
  }

  @org.junit.jupiter.api.Test
  void allEnabledModel() {
    Network n = LzaImporter.read(file("all-enabled.network-config.yaml")).network();
    Vpc inspection = n.vpc("Network/us-east-1/Network-Inspection").orElseThrow();
    assertThat(inspection.cidrs()).hasToString("[10.2.0.0/22, 10.3.0.0/16]");
    TransitGateway main = n.transitGateways().stream().filter(t -> t.name().equals("Network-Main")).findFirst().orElseThrow();
    assertThat(main.region()).isEqualTo("us-east-1");
    assertThat(main.routeTables().get(0).routes()).extracting(r -> r.destination().toString()).contains("10.1.0.1/32");
    assertThat(n.ipamPools()).extracting(pl -> pl.name()).contains("base-pool", "home-region-pool");
    assertThat(n.vpcs()).filteredOn(v -> !v.ipamAllocations().isEmpty()).isNotEmpty();
  }

  static List<String> codesAndMessages(List<Finding> fs) {
    return fs.stream().map(f -> f.code() + " " + f.severity() + " " + f.message()).sorted().toList();
  }

  /** vpcs + one VPC per distinct template target (an OU counts as one), minus excluded accounts. */
  static int independentCount(Path p) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(p.toFile());
    int n = root.path("vpcs").size();
    for (JsonNode t : root.path("vpcTemplates")) {
      JsonNode d = t.path("deploymentTargets");
      Set<String> targets = new LinkedHashSet<>();
      d.path("organizationalUnits").forEach(o -> targets.add("ou-" + o.asText()));
      d.path("accounts").forEach(a -> targets.add(a.asText()));
      d.path("excludedAccounts").forEach(a -> targets.remove(a.asText()));
      for (JsonNode r : d.path("excludedRegions")) if (r.asText().equals(t.path("region").asText())) targets.clear();
      n += targets.size();
    }
    return n;
  }
}
