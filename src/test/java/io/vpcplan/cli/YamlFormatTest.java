package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/** yaml wherever json is offered: validate's YAML is its JSON, account ids stay strings. */
class YamlFormatTest {
  @Test
  void validateYamlIsTheJsonReportWithAccountIdsAsStrings() throws Exception {
    CliRunner.Result json = CliRunner.run("validate", "samples/aws_configs-conflicts", "--format", "json");
    CliRunner.Result yaml = CliRunner.run("validate", "samples/aws_configs-conflicts", "--format", "yaml");
    assertThat(yaml.code()).isEqualTo(json.code()).isEqualTo(1);
    JsonNode a = new ObjectMapper().readTree(json.out());
    JsonNode b = new ObjectMapper(new YAMLFactory()).readTree(yaml.out());
    assertThat(b).isEqualTo(a);
    assertThat(yaml.out()).contains("account: \"333333333333\"");
  }
}
