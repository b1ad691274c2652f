package io.vpcplan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vpcplan.cidr.AwsRanges;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.cli.CliRunner;
import io.vpcplan.ipam.PlanResult;
import io.vpcplan.ipam.Planner;
import io.vpcplan.model.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What AWS makes of a design's IPv4 space: ranges it refuses as VPC addresses are located errors
 * (pools and pinned VPCs); publicly routable ranges it allows are warnings; private space is neither.
 */
class VpcAddressSpaceTest {
  private static final String BASE = """
      pools:
        - {name: main, cidr: POOL}
      regions:
        - {name: us-east-1, azs: 2}
      profiles:
        app:
          tiers:
            - {name: app, prefix: 26}
      accounts:
        - name: prod
          id: "111111111111"
          vpcs:
            - {name: a, region: us-east-1, profile: app, prefix: 24}
            - {name: b, region: us-east-1, profile: app PIN}
      """;

  private static String design(String pool, String pin) {
    return BASE.replace("POOL", pool).replace(" PIN", pin == null ? "" : ", cidr: " + pin);
  }

  private static PlanResult plan(String text) {
    return Planner.plan(DesignLoader.bind("d.yaml", YamlReader.parse("d.yaml", text.getBytes(StandardCharsets.UTF_8))));
  }

  private static List<String> publicWarnings(PlanResult r) {
    return r.warnings().stream().filter(w -> w.contains("publicly routable")).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0.0.0.0/0|2:24|pools[0].cidr: pool 0.0.0.0/0 overlaps 0.0.0.0/8",
      "169.254.0.0/16|2:24|pool 169.254.0.0/16 is in 169.254.0.0/16, link-local",
      "198.19.0.0/16|2:24|198.19.0.0/16, a range AWS restricts",
      "198.18.0.0/15|2:24|pool 198.18.0.0/15 overlaps 198.19.0.0/16",
      "224.0.0.0/4|2:24|multicast",
      "240.0.0.0/8|2:24|reserved",
      "127.0.0.0/8|2:24|loopback"})
  void aPoolAwsRefusesIsALocatedError(String pool, String at, String fragment) {
    assertThatThrownBy(() -> plan(design(pool, null))).isInstanceOf(InputException.class).satisfies(e -> {
      InputException ie = (InputException) e;
      assertThat(ie.location().line() + ":" + ie.location().column()).isEqualTo(at);
      assertThat(ie.getMessage()).contains(fragment).contains("AWS refuses it as VPC addresses").contains("use private space");
    });
  }

  @ParameterizedTest
  @CsvSource({"169.254.10.0/24, link-local", "198.19.5.0/24, restricts"})
  void aPinAwsRefusesIsALocatedError(String pin, String fragment) {
    assertThatThrownBy(() -> plan(design("10.0.0.0/16", pin))).isInstanceOf(InputException.class).satisfies(e -> {
      InputException ie = (InputException) e;
      assertThat(ie.location().line()).isEqualTo(14);
      assertThat(ie.getMessage()).contains("accounts[0].vpcs[1].cidr").contains(fragment).contains("use private space");
    });
  }

  /** A pool need not hold a /16: small VPCs (a sandbox, a lab) plan from a /20 or a /22 pool. */
  @ParameterizedTest
  @CsvSource({"10.0.0.0/20", "192.168.8.0/22"})
  void aPoolSmallerThanASixteenHoldsSmallVpcs(String pool) {
    PlanResult r = plan(design(pool, null));
    Cidr p = Cidr.parse(pool);
    assertThat(r.network().vpcs()).hasSize(2).allSatisfy(v -> assertThat(p.contains(v.cidrs().get(0))).isTrue());
  }

  @Test
  void aPoolSmallerThanTheSmallestVpcIsALocatedError() {
    assertThatThrownBy(() -> plan(design("10.0.0.0/29", null))).isInstanceOf(InputException.class)
        .hasMessageContaining("pools[0].cidr: pool 10.0.0.0/29 is smaller than the smallest VPC AWS allows (/28)");
  }

  @Test
  void publicSpaceIsAWarningNamingWhereItIs() {
    List<String> w = publicWarnings(plan(design("11.0.0.0/8", null)));
    assertThat(w).singleElement().satisfies(s -> assertThat(s).startsWith("d.yaml:2:5: pool 'main' 11.0.0.0/8 holds publicly routable")
        .contains("AWS allows them").contains("owns the range"));
    // a public pin outside every pool is said of the pin; one inside a public pool only of the pool
    assertThat(publicWarnings(plan(design("10.0.0.0/16", "52.0.0.0/24")))).singleElement()
        .satisfies(s -> assertThat(s).startsWith("d.yaml:14:9: VPC prod/us-east-1/b pinned at 52.0.0.0/24"));
    assertThat(publicWarnings(plan(design("11.0.0.0/8", "11.200.0.0/24")))).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "10.20.0.0/16"})
  void privateSpaceIsNeither(String pool) {
    assertThat(publicWarnings(plan(design(pool, null)))).isEmpty();
  }

  @Test
  void theCliExitsTwoOnARefusedPoolAndZeroWithAWarningOnAPublicOne(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), design("0.0.0.0/0", null));
    CliRunner.Result r = CliRunner.run("plan", bad.toString(), "--dry-run");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: " + bad + ":2:24: pools[0].cidr:").hasLineCount(1);
    Path pub = Files.writeString(dir.resolve("pub.yaml"), design("11.0.0.0/8", null));
    CliRunner.Result ok = CliRunner.run("plan", pub.toString(), "--dry-run");
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out() + ok.err()).contains("warning: " + pub + ":2:5: pool 'main' 11.0.0.0/8 holds publicly routable");
  }

  @Provide
  Arbitrary<Cidr> pools() {
    return Combinators.combine(Arbitraries.longs().between(0, 0xFFFF_FFFFL), Arbitraries.integers().between(0, 16))
        .as((a, len) -> Cidr.v4(a & Cidr.mask4(len), len));
  }

  /** Any pool: an error exactly when it overlaps a refused range; else planned, warned exactly when not all private. */
  @Property(tries = 200)
  void everyPoolIsRefusedWarnedOrPlannedByWhatItOverlaps(@ForAll("pools") Cidr pool) {
    boolean refused = AwsRanges.REFUSED.stream().anyMatch(r -> r.cidr().overlaps(pool));
    boolean privateSpace = AwsRanges.NOT_PUBLIC.stream().anyMatch(p -> p.contains(pool));
    String text = design(pool.toString(), null);
    if (refused) {
      assertThatThrownBy(() -> plan(text)).isInstanceOf(InputException.class).hasMessageContaining("pools[0].cidr");
      return;
    }
    PlanResult r = plan(text);
    assertThat(publicWarnings(r)).hasSize(privateSpace ? 0 : 1);
    r.network().vpcs().forEach(v -> v.cidrs().forEach(c -> assertThat(AwsRanges.refused(c)).isEmpty()));
  }
}
