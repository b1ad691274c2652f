package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan lists on-premises sites only when the design has some (the goldens pin the full output). */
class PlanOnPremCliTest {
  @TempDir Path dir;

  @Test
  void yamlHasTheSitesWithTheirAdvertisedPrefixes() throws IOException {
    Path design = dir.resolve("hybrid-dc.yaml");
    Files.copy(Path.of("designs/hybrid-dc.yaml"), design);
    CliRunner.Result r = CliRunner.run("plan", design.toString(), "--format", "yaml", "--dry-run");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("onPremises:\n- name: dc1\n  ranges:\n  - 10.0.0.0/16\n  - 172.16.0.0/12\n  asn: 65010")
        .contains("routing: bgp").contains("dxGateway: dxgw/dc1").contains("- region: us-east-1\n    prefixes:");
  }

  @Test
  void aDesignWithoutSitesHasNoSection() throws IOException {
    Path design = dir.resolve("startup.yaml");
    Files.copy(Path.of("designs/startup.yaml"), design);
    CliRunner.Result json = CliRunner.run("plan", design.toString(), "--format", "json", "--dry-run");
    CliRunner.Result table = CliRunner.run("plan", design.toString(), "--dry-run");
    assertThat(json.out()).doesNotContain("onPremises");
    assertThat(table.out()).doesNotContain("On-premises");
  }
}
