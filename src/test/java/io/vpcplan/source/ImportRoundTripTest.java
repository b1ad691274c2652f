package io.vpcplan.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vpcplan.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An import, validated, gives the same counts and findings as validating the original SOURCE. */
class ImportRoundTripTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  static Stream<String> sources() {
    return Stream.of("samples/lza/network-config.yaml", "samples/aws_configs-conflicts", "samples/aws_configs-clean",
        "samples/aws_configs-hybrid", "samples/lza-hybrid/network-config.yaml",
        "../shared/data/lza/all-enabled.network-config.yaml", "../shared/data/lza/no-org-config.network-config.yaml");
  }

  @ParameterizedTest
  @MethodSource("sources")
  void importValidatesLikeTheSource(String source) throws IOException {
    if (!Files.exists(Path.of(source))) {
      System.out.println("ImportRoundTripTest: skipped " + source + ": not present (shared data lives beside the repository)");
      Assumptions.abort(source + " is absent");
    }
    CliRunner.Result imp = CliRunner.run("import", source, "-o", tmp.resolve("out").toString());
    assertThat(imp.code()).as(imp.err()).isZero();
    JsonNode a = validate(source);
    if (a.get("summary").get("vpcs").asInt() == 0) { // an empty network: the import says so and writes nothing
      assertThat(imp.err()).startsWith("nothing written");
      assertThat(tmp.resolve("out")).doesNotExist();
      return;
    }
    JsonNode b = validate(tmp.resolve("out").toString());
    for (String k : List.of("errors", "warnings", "info", "accounts", "vpcs", "subnets")) {
      assertThat(b.get("summary").get(k)).as("%s of the import of %s", k, source).isEqualTo(a.get("summary").get(k));
    }
    assertThat(keys(b)).isEqualTo(keys(a));
  }

  private static JsonNode validate(String source) throws IOException {
    CliRunner.Result r = CliRunner.run("validate", source, "--format", "json");
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    return JSON.readTree(r.out());
  }

  /** Code, severity and message of every finding, sorted: locations differ (the import's own files). */
  private static List<String> keys(JsonNode report) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      out.add(f.get("code").asText() + " " + f.get("severity").asText() + " " + f.get("message").asText());
    }
    out.sort(null);
    return out;
  }
}
