package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.finding.Finding;
import io.vpcplan.model.OnPremSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A prefix list tagged vpcplan:site is an on-premises site (as the LZA target writes it); an untagged one is not. */
class LzaSitesTest {
  @TempDir Path tmp;

  private Inventory read(String asn) throws IOException {
    Path f = tmp.resolve("network-config.yaml");
    Files.writeString(f, """
        homeRegion: us-east-1
        prefixLists:
          - name: onprem-dc1
            deploymentTargets: {accounts: [Network]}
            addressFamily: IPv4
            maxEntries: 2
            entries: [10.0.0.0/16, 172.16.0.0/12]
            tags:
              - {key: vpcplan:site, value: dc1}
              - {key: vpcplan:site-asn, value: "%s"}
              - {key: vpcplan:site-reaches, value: prod shared}
          - name: partners
            deploymentTargets: {accounts: [Network]}
            addressFamily: IPv4
            maxEntries: 1
            entries: [192.168.0.0/20]
        """.formatted(asn));
    return LzaImporter.read(f, Map.of());
  }

  @Test
  void aTaggedPrefixListIsASite() throws IOException {
    Inventory inv = read("65010");
    assertThat(inv.network().hybrid().sites()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo("dc1");
      assertThat(s.ranges()).extracting(Object::toString).containsExactly("10.0.0.0/16", "172.16.0.0/12");
      assertThat(s.asn()).isEqualTo(65010);
      assertThat(s.segments()).containsExactly("prod", "shared");
    });
  }

  @Test
  void aSiteAsnThatIsNoNumberIsAFindingAtTheTag() throws IOException {
    Inventory inv = read("lots");
    assertThat(inv.network().hybrid().sites()).extracting(OnPremSite::name).isEmpty();
    assertThat(inv.findings()).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("vpcplan:site-asn 'lots' is not a BGP ASN"));
    assertThat(inv.findings()).anySatisfy(f -> assertThat(f.location().toString()).contains("network-config.yaml:"));
  }
}
