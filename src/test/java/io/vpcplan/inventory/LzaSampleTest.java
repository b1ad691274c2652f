package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.SpecificationVersion;
import io.vpcplan.generate.check.JsonSchemaCheck;
import io.vpcplan.analysis.Validator;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** samples/lza: the team's own LZA config is valid for LZA's JSON Schema and reads as intended. */
class LzaSampleTest {
  static final Path SAMPLE = Path.of("samples/lza/network-config.yaml");
  static final Path SCHEMA = LzaRealFilesTest.DIR.resolve("network-config.schema.json");
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir Path tmp;

  static JsonSchemaCheck schema() {
    if (!Files.exists(SCHEMA)) System.out.println("LzaSampleTest: schema check skipped, " + SCHEMA + " is absent");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(SCHEMA), SCHEMA + " is absent");
    return JsonSchemaCheck.of(SCHEMA, SpecificationVersion.DRAFT_7);
  }

  @Test
  void sampleValidatesAgainstLzasSchema() throws IOException {
    JsonNode node = YAML.readTree(SAMPLE.toFile());
    assertThat(schema().validate(node)).isEmpty();
  }

  @Test
  void theSchemaCheckCanFail() throws IOException {
    JsonNode node = YAML.readTree(SAMPLE.toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("disasterRecoveryRegion", "us-west-2");
    assertThat(schema().validate(node)).isNotEmpty();
  }

  @Test
  void sampleReadsWithItsAccountsAndReplacements() throws IOException {
    Inventory inv = LzaImporter.read(SAMPLE);
    assertThat(inv.network().vpcs()).extracting(Vpc::displayName).containsExactly(
        "Network/us-east-1/Network-Egress", "SharedServices/us-east-1/SharedServices-Main",
        "Payments-Prod/us-east-1/Payments-Prod-Main", "Payments-Dev/us-east-1/Payments-Dev-Main",
        "Sandbox-Alice/us-east-1/Sandbox", "Sandbox-Bob/us-east-1/Sandbox");
    assertThat(inv.network().vpcs().get(0).cidrs()).hasToString("[10.16.0.0/16]");
    assertThat(inv.network().vpcs().get(1).ipamAllocations()).isNotEmpty();
    assertThat(inv.findings()).noneMatch(f -> f.severity() != Severity.INFO);
    InventoryWriter.write(inv.network(), tmp);
    var back = AwsConfigs.readDirectory(tmp).network();
    assertThat(back.vpcs()).hasSize(6);
    assertThat(LzaRealFilesTest.codesAndMessages(Validator.validate(back)))
        .isEqualTo(LzaRealFilesTest.codesAndMessages(Validator.validate(inv.network())));
  }
}
