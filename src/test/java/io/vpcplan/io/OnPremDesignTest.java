package io.vpcplan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.ipam.PlanResult;
import io.vpcplan.ipam.Planner;
import io.vpcplan.model.Design;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Vpc;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** onPremises in a design: every bad field is a located error; site ranges are never planned into. */
class OnPremDesignTest {
  static final String BASE = """
      pools:
        - {name: main, cidr: 10.0.0.0/12}
      regions:
        - {name: us-east-1, azs: 2}
      segments:
        - {name: prod}
        - {name: nonprod}
      profiles:
        app:
          tiers:
            - {name: app, hosts: 200}
      accounts:
        - name: prod
          id: "111111111111"
          vpcs:
            - {name: a, region: us-east-1, segment: prod, profile: app}
            - {name: b, region: us-east-1, segment: nonprod, profile: app}
      onPremises:
        - name: dc
          ranges: [10.0.0.0/14]
          asn: 65010
          reaches: [prod]
          connections:
            - {type: dx, region: us-east-1, bandwidth: 10Gbps}
            - {type: vpn, region: us-east-1, customerGatewayIp: 203.0.113.10}
      """;

  static Design bind(String text) {
    return DesignLoader.bind("d.yaml", YamlReader.parse("d.yaml", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void sitesBecomeReservedRangesAndHybridResources() {
    Design d = bind(BASE);
    assertThat(d.onPremises()).hasSize(1);
    assertThat(d.onPremises().get(0).connections()).extracting(Design.Link::bandwidthMbps).containsExactly(10000L, 1250L);
    PlanResult p = Planner.plan(d);
    Cidr site = Cidr.parse("10.0.0.0/14");
    for (Vpc v : p.network().vpcs()) assertThat(v.cidrs()).noneMatch(site::overlaps);
    Hybrid h = p.network().hybrid();
    assertThat(h.sites()).extracting(s -> s.name() + " " + s.segments()).containsExactly("dc [prod]");
    assertThat(h.dxGateways()).extracting(g -> g.id() + " " + g.asn()).containsExactly("dxgw/dc 65534");
    assertThat(h.virtualInterfaces()).extracting(v -> v.id() + " " + v.type() + " " + v.bandwidthMbps())
        .containsExactly("dxvif/dc/us-east-1 transit 10000");
    assertThat(h.customerGateways()).extracting(c -> c.id() + " " + c.asn() + " " + c.ipAddress())
        .containsExactly("cgw/dc/us-east-1 65010 203.0.113.10");
    assertThat(h.vpnConnections()).extracting(v -> v.id() + " " + v.transitGatewayId() + " " + v.tunnels() + " " + v.staticRoutesOnly())
        .containsExactly("vpn/dc/us-east-1 tgw-us-east-1 2 false");
  }

  @Test
  void aDesignWithoutSitesHasNoHybridPart() {
    Design d = bind(BASE.substring(0, BASE.indexOf("onPremises:")));
    assertThat(d.onPremises()).isEmpty();
    assertThat(Planner.plan(d).network().hybrid().isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown key|connections:|conections:|24:7|unknown key 'conections'; did you mean 'connections'",
      "unknown connection key|bandwidth: 10Gbps}|bandwith: 10Gbps}|24:49|did you mean 'bandwidth'",
      "unknown segment|reaches: [prod]|reaches: [prd]|22:15|unknown segment 'prd'; did you mean 'prod'",
      "unknown region|{type: dx, region: us-east-1|{type: dx, region: us-east-2|24:28|unknown region 'us-east-2'; did you mean 'us-east-1'",
      "bad type|{type: dx,|{type: mpls,|24:16|'mpls' is not a connection type",
      "bad bandwidth|bandwidth: 10Gbps|bandwidth: fast|24:50|'fast' is not a bandwidth",
      "vpn without ip|, customerGatewayIp: 203.0.113.10}|}|25:9|missing required key 'customerGatewayIp'",
      "bad ip|203.0.113.10|203.0.113.300|25:59|not an IPv4 address",
      "bad asn|asn: 65010|asn: lots|21:10|'lots' is not a BGP ASN",
      "range covers pool|[10.0.0.0/14]|[10.0.0.0/8]|20:14|covers all of pool 'main'",
      "bad range|[10.0.0.0/14]|[10.0.0.1/14]|20:14|host bits",
      "dx with static|bandwidth: 10Gbps}|bandwidth: 10Gbps, static: true}|24:66|static routing applies to VPN only",
  })
  void badFieldsAreLocated(String name, String from, String to, String at, String fragment) {
    String text = BASE.replace(from, to);
    assertThat(text).isNotEqualTo(BASE);
    assertThatThrownBy(() -> bind(text)).isInstanceOf(InputException.class)
        .satisfies(e -> {
          InputException ie = (InputException) e;
          assertThat(ie.location().line() + ":" + ie.location().column()).as(ie.getMessage()).isEqualTo(at);
          assertThat(ie.getMessage()).contains(fragment);
        });
  }

  @Test
  void aPinnedVpcInsideASiteIsRefused() {
    String text = BASE.replace("{name: a, region: us-east-1, segment: prod, profile: app}",
        "{name: a, region: us-east-1, segment: prod, profile: app, cidr: 10.1.0.0/16}");
    assertThatThrownBy(() -> Planner.plan(bind(text))).isInstanceOf(InputException.class)
        .hasMessageContaining("overlaps on-premises site 'dc'");
  }

  @Test
  void twoSitesMustNotShareAddresses() {
    String text = BASE + "  - name: dc2\n    ranges: [10.2.0.0/16]\n";
    assertThatThrownBy(() -> bind(text)).hasMessageContaining("27:14").hasMessageContaining("overlaps 10.0.0.0/14 of site 'dc'");
  }
  /** split-tgw numbers a TGW per environment and region from connectivity.asn: the DX gateway's own ASN keeps clear of all. */
  @Test
  void theDxGatewaysAsnClashesWithNoTransitGateway(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    String near = BASE.replace("regions:\n", "connectivity:\n  asn: 65533\nregions:\n");
    java.nio.file.Path d = java.nio.file.Files.writeString(dir.resolve("near.yaml"), near);
    for (String topology : new String[] {"tgw-hub", "split-tgw"}) {
      io.vpcplan.cli.CliRunner.Result r = io.vpcplan.cli.CliRunner.run("validate", d.toString(), "--topology", topology);
      assertThat(r.out()).as(topology).doesNotContain("ONPREM_ASN_CLASH");
      assertThat(r.code()).as(topology + ": " + r.out() + r.err()).isZero();
    }
    assertThat(Planner.plan(bind(near)).network().hybrid().dxGateways()).extracting(g -> g.asn()).containsExactly(65532L);
    // negative control: the same ASN given by hand is the clash validate reports
    java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("bad.yaml"),
        near.replace("{type: dx, region: us-east-1, bandwidth: 10Gbps}", "{type: dx, region: us-east-1, bandwidth: 10Gbps, asn: 65534}"));
    io.vpcplan.cli.CliRunner.Result r = io.vpcplan.cli.CliRunner.run("validate", bad.toString(), "--topology", "split-tgw");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("ONPREM_ASN_CLASH").contains("tgw-prod-us-east-1 both use ASN 65534");
  }
}
