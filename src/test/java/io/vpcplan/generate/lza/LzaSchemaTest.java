package io.vpcplan.generate.lza;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.SpecificationVersion;
import io.vpcplan.generate.check.JsonSchemaCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated network-config.yaml is valid for LZA's own JSON Schema; a broken one is not. */
class LzaSchemaTest {
  static final Path SCHEMA = Path.of("../shared/data/lza/network-config.schema.json");
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static JsonSchemaCheck schema;

  @BeforeAll
  static void load() throws IOException {
    if (!Files.exists(SCHEMA)) System.out.println("LzaSchemaTest: skipped, LZA's schema " + SCHEMA + " is absent");
    Assumptions.assumeTrue(Files.exists(SCHEMA), SCHEMA + " is absent");
    schema = JsonSchemaCheck.of(SCHEMA, SpecificationVersion.DRAFT_7);
  }

  static java.util.stream.Stream<String> designs() {
    return LzaDesigns.names();
  }

  static JsonNode config(String design, boolean ipam) throws IOException {
    return YAML.readTree(LzaDesigns.generate(design, ipam).files().get(LzaGenerator.CONFIG));
  }

  /** "/json/pointer: keyword [arguments]" per problem (see JsonSchemaCheck). */
  static List<String> problems(JsonNode node) {
    return schema.validate(node);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void validForLzasSchema(String design) throws IOException {
    assertThat(problems(config(design, false))).isEmpty();
    assertThat(problems(config(design, true))).isEmpty();
  }

  @Test
  void aBrokenConfigFails() throws IOException {
    ObjectNode bad = (ObjectNode) config("conn-segmented-hub", false);
    ((ObjectNode) bad.get("transitGateways").get(0)).remove("asn");
    ((ObjectNode) bad.get("vpcs").get(0)).put("cidr", "10.0.0.0/16");
    ((ObjectNode) bad.get("vpcs").get(1).get("subnets").get(0)).put("availabilityZone", true);
    List<String> p = problems(bad);
    assertThat(p).anyMatch(s -> s.contains("/transitGateways/0") && s.contains("required") && s.contains("asn"));
    assertThat(p).anyMatch(s -> s.contains("/vpcs/0") && s.contains("additionalProperties") && s.contains("cidr"));
    assertThat(p).anyMatch(s -> s.contains("/vpcs/1/subnets/0/availabilityZone"));
  }
}
