package io.vpcplan.generate.lza;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vpcplan.inventory.LzaImporter;
import io.vpcplan.model.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hybrid-dc in LZA: the site, the VPN and DX attachments join the on-premises tables, and read back the same. */
class LzaHybridTest {
  @TempDir Path tmp;

  @Test
  void theVpnAndDxGatewayAreWrittenWithTheirTables() throws IOException {
    String yaml = LzaDesigns.generate("hybrid-dc", false).files().get(LzaGenerator.CONFIG);
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    JsonNode cgw = root.get("customerGateways").get(0);
    assertThat(cgw.get("ipAddress").asText()).isEqualTo("203.0.113.10");
    assertThat(cgw.get("asn").asLong()).isEqualTo(65010);
    JsonNode vpn = cgw.get("vpnConnections").get(0);
    assertThat(vpn.get("staticRoutesOnly").asBoolean()).isFalse();
    assertThat(vpn.get("routeTableAssociations").toString()).contains("onprem-dc1");
    JsonNode dx = root.get("directConnectGateways").get(0);
    assertThat(dx.get("transitGatewayAssociations")).hasSize(2);
    // the advertised prefixes are the prod and shared region blocks (as planned)
    assertThat(dx.get("transitGatewayAssociations").toString()).contains("\"10.1.0.0/19\",\"10.1.48.0/20\"")
        .contains("\"10.1.144.0/20\",\"10.1.160.0/20\"");
    JsonNode site = root.get("prefixLists").get(0);
    assertThat(site.get("name").asText()).isEqualTo("onprem-dc1");
    assertThat(site.get("entries").toString()).isEqualTo("[\"10.0.0.0/16\",\"172.16.0.0/12\"]");
    assertThat(site.get("deploymentTargets").get("accounts").toString()).isEqualTo("[\"network\"]");
    String readme = LzaDesigns.generate("hybrid-dc", false).files().get("README.md");
    assertThat(readme).contains("virtual interface dxvif/dc1/us-east-1").contains("dxcon-");
  }

  /** Guards the round trip against comparing nothing: the VPN and DX facts are there on both sides. */
  @Test
  void roundTripComparesTheHybridFacts() throws IOException {
    Network plan = LzaDesigns.plan("hybrid-dc");
    Path file = tmp.resolve("network-config.yaml");
    Files.writeString(file, LzaDesigns.generate("hybrid-dc", false).files().get(LzaGenerator.CONFIG));
    TreeSet<String> back = NormalForm.ofImported(LzaImporter.read(file, Map.of()).network());
    TreeSet<String> want = NormalForm.ofPlan(plan);
    assertThat(want).anyMatch(f -> f.startsWith("vpn ") && f.contains(" site=dc1 "))
        .contains("site dc1 ranges=[10.0.0.0/16, 172.16.0.0/12] asn=65010 reaches=[prod, shared]")
        .anyMatch(f -> f.startsWith("dx-assoc "))
        .anyMatch(f -> f.startsWith("associate ") && f.endsWith(" dx:dc1-dxgw"))
        .anyMatch(f -> f.startsWith("propagate ") && f.contains(" vpn:"));
    assertThat(back).containsExactlyElementsOf(want);
  }
}
