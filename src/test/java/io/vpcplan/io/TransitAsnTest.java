package io.vpcplan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vpcplan.model.Asn;
import io.vpcplan.model.Design;
import io.vpcplan.model.InputException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** connectivity.asn takes both private ranges AWS accepts for a TGW, with room for one TGW per region; anything else is located. */
class TransitAsnTest {
  private static String design(String asn, int regions) {
    StringBuilder sb = new StringBuilder("""
        pools:
          - {name: main, cidr: 10.0.0.0/12}
        regions:
        """);
    String[] names = {"us-east-1", "eu-west-1", "ap-northeast-1"};
    for (int i = 0; i < regions; i++) sb.append("  - {name: ").append(names[i]).append(", azs: 2}\n");
    sb.append("""
        profiles:
          app:
            tiers:
              - {name: app, hosts: 200}
        accounts:
          - name: prod
            id: "111111111111"
            vpcs:
              - {name: a, region: us-east-1, profile: app}
        connectivity:
          asn: %s
        """.formatted(asn));
    return sb.toString();
  }

  private static Design bind(String text) {
    return DesignLoader.bind("d.yaml", YamlReader.parse("d.yaml", text.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @CsvSource({"64512,1", "65534,1", "65533,2", "4200000000,3", "4294967294,1", "4294967292,3"})
  void bothPrivateRangesAreAccepted(String asn, int regions) {
    assertThat(bind(design(asn, regions)).connectivity().asn()).isEqualTo(Long.parseLong(asn));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "64511|1|64511 is out of range; AWS takes a private ASN for a transit gateway: use 64512-65534 (16-bit) or 4200000000-4294967294",
      "65535|1|65535 is out of range",
      "4199999999|1|4199999999 is out of range",
      "4294967295|1|4294967295 is out of range",
      "0|1|0 is out of range",
      "-5|1|-5 is out of range",
      "99999999999999999999|1|is out of range",
      "lots|1|'lots' is not a whole number",
      "65534|2|65534 leaves no room for the transit gateways of 2 regions (each region's takes the next ASN, up to 65535, past 65534); use at most 65533",
      "4294967294|3|use at most 4294967292"})
  void anythingElseIsALocatedError(String asn, int regions, String fragment) {
    String text = design(asn, regions);
    int line = (int) text.lines().takeWhile(l -> !l.contains("asn:")).count() + 1;
    assertThatThrownBy(() -> bind(text)).isInstanceOf(InputException.class).satisfies(e -> {
      InputException ie = (InputException) e;
      assertThat(ie.location().line()).isEqualTo(line);
      assertThat(ie.location().column()).isEqualTo(8);
      assertThat(ie.getMessage()).contains("connectivity.asn").contains(fragment);
    });
  }

  @Provide
  Arbitrary<Long> asns() {
    return Arbitraries.oneOf(Arbitraries.longs().between(64_000, 66_000), Arbitraries.longs().between(4_199_999_000L, 4_200_001_000L),
        Arbitraries.longs().between(4_294_966_000L, 4_294_968_000L), Arbitraries.longs().between(-10, 5_000_000_000L));
  }

  /** The loader takes an ASN exactly when every TGW the hub numbers from it (asn + region index) is one AWS accepts. */
  @Property(tries = 300)
  void acceptedExactlyWhenEveryRegionsTgwGetsAnAsnAwsTakes(@ForAll("asns") long asn, @ForAll @IntRange(min = 1, max = 3) int regions) {
    boolean allValid = true;
    for (int i = 0; i < regions; i++) allValid &= Asn.isAmazonSide(asn + i);
    String text = design(Long.toString(asn), regions);
    if (allValid) {
      assertThat(bind(text).connectivity().asn()).isEqualTo(asn);
    } else {
      assertThatThrownBy(() -> bind(text)).isInstanceOf(InputException.class).hasMessageContaining("connectivity.asn");
    }
  }

  /** split-tgw numbers a TGW per environment and region from the ASN: past its range it is not applicable, never invalid. */
  @org.junit.jupiter.api.Test
  void aTgwPerEnvironmentNeedsRoomInTheRangeToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    String hub = java.nio.file.Files.readString(java.nio.file.Path.of("designs/conn-segmented-hub.yaml"));
    java.nio.file.Path near = java.nio.file.Files.writeString(dir.resolve("near.yaml"), hub.replace("asn: 64600", "asn: 65532"));
    io.vpcplan.cli.CliRunner.Result c = io.vpcplan.cli.CliRunner.run("compare", near.toString());
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).contains("split-tgw: not applicable: a TGW per environment needs 4 ASNs from connectivity.asn 65532")
        .contains("at most 65531");
    io.vpcplan.cli.CliRunner.Result r = io.vpcplan.cli.CliRunner.run("reach", near.toString(), "--topology", "split-tgw");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("split-tgw is not applicable").contains("lower connectivity.asn");
    // negative control: one lower, the four TGWs fit (65531-65534)
    java.nio.file.Path fits = java.nio.file.Files.writeString(dir.resolve("fits.yaml"), hub.replace("asn: 64600", "asn: 65531"));
    assertThat(io.vpcplan.cli.CliRunner.run("compare", fits.toString()).out()).doesNotContain("split-tgw: not applicable");
    assertThat(io.vpcplan.cli.CliRunner.run("reach", fits.toString(), "--topology", "split-tgw").code()).isNotEqualTo(2);
  }
}
