package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {{ NAME }} placeholders: from replacements-config.yaml beside the file, LZA's built-ins, and --set. */
class LzaPlaceholdersTest {
  static final Path CASE = Path.of("src/test/resources/lza-cases/placeholders");

  @TempDir Path tmp;

  @Test
  void resolvedFromTheReplacementsFileBesideIt() {
    Inventory inv = LzaImporter.read(CASE.resolve("network-config.yaml"), Map.of());
    Vpc shared = inv.network().vpc("SharedServices/us-east-1/Shared").orElseThrow();
    assertThat(shared.cidrs()).hasToString("[10.40.0.0/16]");
    assertThat(shared.subnets()).extracting(s -> s.cidr().toString()).containsExactly("10.40.0.0/24");
    Vpc workload = inv.network().vpc("Workload/us-east-1/Workload").orElseThrow();
    assertThat(workload.cidrs()).hasToString("[10.41.0.0/16, 10.42.0.0/16]"); // a StringList stands for its items
    // Legacy's only CIDR is a placeholder nobody defines: the VPC is skipped, and the finding says how to fix it
    assertThat(inv.network().vpcs()).extracting(Vpc::name).containsExactly("Shared", "Workload");
    List<Finding> missing = inv.findings().stream().filter(f -> f.code() == Code.UNRESOLVED_PLACEHOLDER).toList();
    assertThat(missing).extracting(Finding::message).anySatisfy(m -> assertThat(m)
        .startsWith("vpcs[2].cidrs[0]: placeholder {{ LegacyCidr }} has no value")
        .contains("replacements-config.yaml").contains("--set LegacyCidr=VALUE"));
    assertThat(missing).extracting(f -> f.location().line()).contains(27);
    assertThat(inv.findings()).noneMatch(f -> f.message().contains("__unresolved_")); // no internals leak
    assertThat(inv.findings()).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::message)
        .allSatisfy(m -> assertThat(m).contains("{{ LegacyCidr }}"));
  }

  @Test
  void setValuesOverrideAndFillIn() {
    Inventory inv = LzaImporter.read(CASE.resolve("network-config.yaml"),
        Map.of("LegacyCidr", "10.50.0.0/16", "SharedCidr", "10.60.0.0/16", "Owner", "team-a"));
    assertThat(inv.network().vpc("Legacy/us-east-1/Legacy").orElseThrow().cidrs()).hasToString("[10.50.0.0/16]");
    assertThat(inv.network().vpc("SharedServices/us-east-1/Shared").orElseThrow().cidrs()).hasToString("[10.60.0.0/16]");
    assertThat(inv.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
  }

  @Test
  void withoutAReplacementsFileEveryPlaceholderIsAFindingNeverAYamlError() throws IOException {
    Path f = Files.copy(CASE.resolve("network-config.yaml"), tmp.resolve("network-config.yaml"));
    Inventory inv = LzaImporter.read(f, Map.of());
    // AcceleratorHomeRegion is LZA's own: it resolves to homeRegion
    assertThat(inv.network().vpcs()).isEmpty();
    assertThat(inv.findings()).filteredOn(x -> x.code() == Code.UNRESOLVED_PLACEHOLDER).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("{{ SharedCidr }}"))
        .anySatisfy(m -> assertThat(m).contains("{{ WorkloadCidrs }}"))
        .noneSatisfy(m -> assertThat(m).contains("AcceleratorHomeRegion"));
  }

  @Test
  void substitutionKeepsLinesAndQuotesWhatNeedsIt() {
    var values = Map.of("R", new LzaPlaceholders.Value("us-east-1", null),
        "L", new LzaPlaceholders.Value("a,b", List.of("10.0.0.0/16", "10.1.0.0/16")));
    assertThat(LzaPlaceholders.substitute("region: {{ R }}\nx: y", values)).isEqualTo("region: 'us-east-1'\nx: y");
    assertThat(LzaPlaceholders.substitute("name: vpc-{{R}}-a", values)).isEqualTo("name: vpc-us-east-1-a");
    assertThat(LzaPlaceholders.substitute("cidrs: ['{{L}}']", values)).isEqualTo("cidrs: [['10.0.0.0/16', '10.1.0.0/16']]");
    assertThat(LzaPlaceholders.substitute("r: [{{ Q }}]", values)).isEqualTo("r: [" + LzaPlaceholders.marker("Q") + "]");
    assertThat(LzaPlaceholders.unresolved(LzaPlaceholders.marker("account Network"))).isEqualTo("account Network");
  }
}
