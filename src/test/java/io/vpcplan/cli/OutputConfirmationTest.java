package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** Every file written is confirmed on stderr with its path, and stdout stays empty; YAML keeps ids as strings. */
class OutputConfirmationTest {
  private static final String CLEAN = "samples/aws_configs-clean";

  @TempDir Path dir;

  @Test
  void eachCommandConfirmsTheFileItWrote() throws Exception {
    Path design = dir.resolve("startup.yaml");
    Files.copy(Path.of("designs/startup.yaml"), design);
    String d = design.toString();
    Map<String, String[]> runs = new java.util.LinkedHashMap<>();
    runs.put("plan.txt", new String[] {"plan", d, "-o", dir.resolve("plan.txt").toString()});
    runs.put("compare.txt", new String[] {"compare", d, "-o", dir.resolve("compare.txt").toString()});
    runs.put("reach.txt", new String[] {"reach", d, "-o", dir.resolve("reach.txt").toString()});
    runs.put("validate.txt", new String[] {"validate", CLEAN, "-o", dir.resolve("validate.txt").toString()});
    runs.put("x.dot", new String[] {"diagram", d, "-o", dir.resolve("x.dot").toString()});
    runs.put("imp", new String[] {"import", CLEAN, "-o", dir.resolve("imp").toString()});
    for (Map.Entry<String, String[]> e : runs.entrySet()) {
      String cmd = e.getValue()[0];
      CliRunner.Result r = CliRunner.run(e.getValue());
      assertThat(r.code()).as(cmd + ": " + r.err()).isZero();
      assertThat(r.out()).as(cmd + " prints nothing on stdout").isEmpty();
      assertThat(r.err()).as(cmd).containsPattern("wrote|written").contains(dir.resolve(e.getKey()).toString());
      assertThat(dir.resolve(e.getKey())).as(cmd).exists();
    }
    assertThat(dir.resolve("imp/aws_configs")).isDirectory();
  }

  /**
   * None of these outputs holds a bare account id today (VPCs are account/region/name; the
   * design's accounts are names). The walk still pins that anything shaped like one stays a string.
   */
  @Test
  void yamlOutputsParseAndKeepDigitStringsAsStrings() {
    String[][] runs = {
        {"compare", "designs/startup.yaml", "--format", "yaml"},
        {"reach", "designs/startup.yaml", "--format", "yaml"},
        {"reach", "samples/aws_configs-conflicts", "--from", "333333333333/orders", "--to", "billing", "--format", "yaml"},
    };
    for (String[] args : runs) {
      CliRunner.Result r = CliRunner.run(args);
      assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isIn(0, 1);
      Object tree = new Yaml().load(r.out());
      assertThat(tree).as(args[0]).isInstanceOf(Map.class);
      List<Object> digits = new ArrayList<>();
      walk(tree, digits);
      assertThat(digits).as(String.join(" ", args)).allMatch(v -> v instanceof String);
    }
  }

  @Test
  void reachYamlNamesTheTracedEstateVpcs() {
    CliRunner.Result r = CliRunner.run("reach", "samples/aws_configs-conflicts", "--from", "333333333333/orders",
        "--to", "billing", "--format", "yaml");
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    Map<?, ?> tree = new Yaml().load(r.out());
    assertThat(tree.get("topology")).isEqualTo("as imported");
    assertThat(tree.get("vpcs")).isEqualTo(14);
    assertThat((List<?>) tree.get("paths")).isNotEmpty();
  }

  /** Collects every scalar whose text is 12 digits, as parsed (String, or a number if unquoted). */
  private static void walk(Object node, List<Object> out) {
    if (node instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        walk(k, out);
        walk(v, out);
      });
    } else if (node instanceof List<?> l) {
      l.forEach(v -> walk(v, out));
    } else if (node != null && String.valueOf(node).matches("\\d{12}")) {
      out.add(node);
    }
  }
}
