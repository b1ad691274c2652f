package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reach --from/--to naming an on-premises site, as onprem/NAME or a bare name no VPC has. */
class ReachSiteCliTest {
  private static final String HYBRID = "designs/hybrid-dc.yaml";

  @TempDir java.nio.file.Path dir;

  @Test
  void aVpcToTheSiteByIdAndByBareNameGiveTheSamePaths() {
    CliRunner.Result byId = CliRunner.run("reach", HYBRID, "--from", "prod/us-east-1/payments", "--to", "onprem/dc1");
    CliRunner.Result bare = CliRunner.run("reach", HYBRID, "--from", "payments", "--to", "dc1");
    assertThat(byId.code()).as(byId.err()).isZero();
    assertThat(byId.out()).startsWith("prod/us-east-1/payments -> onprem/dc1 (intended)").contains("to 10.0.0.0/16")
        .contains("to 172.16.0.0/12");
    assertThat(bare.out()).isEqualTo(byId.out());
  }

  @Test
  void theSiteAsSourceReachesProdButNotNonprod() {
    CliRunner.Result prod = CliRunner.run("reach", HYBRID, "--from", "dc1", "--to", "prod/eu-west-1/web");
    assertThat(prod.code()).as(prod.err()).isZero();
    assertThat(prod.out()).startsWith("onprem/dc1 -> prod/eu-west-1/web (intended)");
    CliRunner.Result nonprod = CliRunner.run("reach", HYBRID, "--from", "onprem/dc1", "--to", "nonprod/us-east-1/web");
    assertThat(nonprod.code()).as(nonprod.err()).isZero();
    assertThat(nonprod.out()).startsWith("onprem/dc1 -> nonprod/us-east-1/web (not intended)");
  }

  @Test
  void anUnknownSiteGetsADidYouMean() {
    CliRunner.Result r = CliRunner.run("reach", HYBRID, "--from", "payments", "--to", "onprem/dc2");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--to").contains("no on-premises site 'onprem/dc2'")
        .contains("did you mean 'onprem/dc1'?").doesNotContain("Exception");
  }

  @Test
  void aBareTypoIsMatchedAgainstSitesAndVpcs() {
    CliRunner.Result r = CliRunner.run("reach", HYBRID, "--from", "dcl", "--to", "payments");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--from").contains("no VPC or on-premises site 'dcl'").contains("did you mean 'dc1'?")
        .doesNotContain("Exception");
    CliRunner.Result v = CliRunner.run("reach", HYBRID, "--from", "paymnts", "--to", "dc1");
    assertThat(v.code()).isEqualTo(2);
    assertThat(v.err()).contains("did you mean 'payments'?");
  }

  @Test
  void siteToSiteAndTheSameSiteTwiceAreUsageErrors() throws IOException {
    CliRunner.Result same = CliRunner.run("reach", HYBRID, "--from", "dc1", "--to", "onprem/dc1");
    assertThat(same.code()).isEqualTo(2);
    assertThat(same.err()).contains("--to").contains("same site").doesNotContain("Exception");
    String two = Files.readString(java.nio.file.Path.of(HYBRID)).replace("onPremises:\n", "onPremises:\n"
        + "  - {name: office, ranges: [192.168.0.0/16], asn: 65020, reaches: [prod],"
        + " connections: [{type: vpn, region: eu-west-1, bandwidth: 1.25Gbps, customerGatewayIp: 198.51.100.7}]}\n");
    java.nio.file.Path design = dir.resolve("two-sites.yaml");
    Files.writeString(design, two);
    CliRunner.Result both = CliRunner.run("reach", design.toString(), "--from", "office", "--to", "dc1");
    assertThat(both.code()).as(both.out()).isEqualTo(2);
    assertThat(both.err()).contains("--to").contains("both ends are on-premises sites").doesNotContain("Exception");
    CliRunner.Result ok = CliRunner.run("reach", design.toString(), "--from", "office", "--to", "prod/eu-west-1/web");
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).startsWith("onprem/office -> prod/eu-west-1/web (intended)");
  }

  /** A VPC called like the site keeps the bare name; onprem/NAME still names the site. */
  @Test
  void aVpcNamedLikeTheSiteWinsTheBareName() throws IOException {
    java.nio.file.Path design = dir.resolve("clash.yaml");
    Files.writeString(design, Files.readString(java.nio.file.Path.of(HYBRID)).replace("{name: payments,", "{name: dc1,"));
    CliRunner.Result bare = CliRunner.run("reach", design.toString(), "--from", "prod/eu-west-1/web", "--to", "dc1");
    assertThat(bare.code()).as(bare.err()).isIn(0, 1);
    assertThat(bare.out()).startsWith("prod/eu-west-1/web -> prod/us-east-1/dc1");
    CliRunner.Result site = CliRunner.run("reach", design.toString(), "--from", "prod/eu-west-1/web", "--to", "onprem/dc1");
    assertThat(site.code()).as(site.err()).isZero();
    assertThat(site.out()).startsWith("prod/eu-west-1/web -> onprem/dc1 (intended)");
  }

  @Test
  void anAmbiguousVpcNameStaysAVpcError() {
    CliRunner.Result r = CliRunner.run("reach", HYBRID, "--from", "web", "--to", "dc1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("ambiguous").contains("prod/us-east-1/web");
  }
}
