package io.vpcplan.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.SpecificationVersion;
import io.vpcplan.generate.check.JsonSchemaCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schema editors use agrees with the loader: every design validates, typos do not. */
class DesignSchemaTest {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static JsonSchemaCheck schema() {
    return JsonSchemaCheck.of(Path.of("schema/design.schema.json"), SpecificationVersion.DRAFT_2020_12);
  }

  static Stream<Path> designs() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("designs"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("designs")
  void everyDesignValidates(Path design) throws IOException {
    JsonNode node = YAML.readTree(design.toFile());
    List<String> errors = schema().validate(node);
    assertThat(errors).as(design.toString()).isEmpty();
    DesignLoader.load(design); // and the loader accepts it too
  }

  @Test
  void onPremisesTyposAreRejected() throws IOException {
    String good = Files.readString(Path.of("designs/hybrid-dc.yaml"));
    for (String[] typo : List.of(new String[] {"connections:", "conections:"}, new String[] {"type: dx", "type: mpls"},
        new String[] {"bandwidth: 10Gbps", "bandwidth: fast"}, new String[] {"customerGatewayIp: 203.0.113.10", "customerGatewayIp: here"},
        new String[] {"reaches: [prod, shared]", "reach: [prod, shared]"})) {
      String bad = good.replace(typo[0], typo[1]);
      assertThat(bad).isNotEqualTo(good);
      assertThat(schema().validate(YAML.readTree(bad))).as(typo[1]).isNotEmpty();
    }
  }

  @Test
  void typosAndBadValuesAreRejected() throws IOException {
    for (String bad : List.of("12-unknown-top-key", "13-unknown-vpc-key", "25-tier-prefix-30", "26-region-azs-9",
        "24-tier-hosts-and-prefix", "31-growth-not-power-of-two", "20-bad-account-id")) {
      try (InputStream in = getClass().getResourceAsStream("/bad-designs/" + bad + ".yaml")) {
        JsonNode node = YAML.readTree(in);
        assertThat(schema().validate(node)).as(bad).isNotEmpty();
      }
    }
  }
}
