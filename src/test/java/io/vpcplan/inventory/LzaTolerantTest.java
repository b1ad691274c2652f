package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vpcplan.analysis.Validator;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.InputException;
import io.vpcplan.model.RouteTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad element never rejects an LZA file: it is a located finding, and the rest is checked. */
class LzaTolerantTest {
  static final Path CASES = Path.of("src/test/resources/lza-cases");

  @TempDir Path tmp;

  static List<Finding> of(Inventory inv, Code code) {
    return inv.findings().stream().filter(f -> f.code() == code).toList();
  }

  @Test
  void badValuesAreSkippedAndTheOverlapsAreStillFound() {
    Inventory inv = LzaImporter.read(CASES.resolve("bad-elements/network-config.yaml"));
    List<Finding> errors = of(inv, Code.INVENTORY_ELEMENT).stream().filter(f -> f.severity() == Severity.ERROR).toList();
    assertThat(errors).extracting(Finding::message).anySatisfy(m -> assertThat(m)
        .startsWith("vpcs[4].routeTables[0].routes[1].destination: '10.300.0.0/16'").contains("route is skipped"));
    assertThat(errors).extracting(Finding::message).anySatisfy(m -> assertThat(m)
        .startsWith("vpcs[4].routeTables[0].routes[2].ipv6Destination: 'fd01::/8' has host bits set; did you mean fd00::/8?"));
    assertThat(errors).extracting(Finding::message).anySatisfy(m -> assertThat(m)
        .startsWith("vpcs[4].subnets[1].ipv4CidrBlock: '10.99.1.0/33'").contains("subnet is skipped"));
    assertThat(errors).allSatisfy(f -> assertThat(f.location().line()).isPositive());
    assertThat(errors.get(0).location().toString()).endsWith("network-config.yaml:115:24");
    // everything else is read: all five VPCs, the good route and subnet of Edge
    assertThat(inv.network().vpcs()).hasSize(5);
    var edge = inv.network().vpc("Network/us-east-1/Edge").orElseThrow();
    assertThat(edge.subnets()).extracting(s -> s.name()).containsExactly("Edge-A");
    assertThat(edge.routeTables().get(0).routes()).filteredOn(r -> r.targetType() != RouteTarget.LOCAL)
        .extracting(r -> r.destination().toString()).containsExactly("10.50.0.0/16");
    // the worst case of the issue: TGW-connected pairs reusing CIDRs are errors
    List<Finding> checked = Validator.validate(inv.network());
    assertThat(checked).filteredOn(f -> f.code() == Code.VPC_CIDR_OVERLAP && f.severity() == Severity.ERROR).hasSize(2);
  }

  @Test
  void unknownKeysAreWarningsAsInLza() {
    Inventory inv = LzaImporter.read(CASES.resolve("bad-elements/network-config.yaml"));
    List<Finding> unknown = of(inv, Code.INVENTORY_ELEMENT).stream().filter(f -> f.severity() == Severity.WARNING).toList();
    assertThat(unknown).extracting(Finding::message).anySatisfy(m -> assertThat(m).startsWith(
        "disasterRecoveryRegion: unknown key 'disasterRecoveryRegion' is ignored"));
    assertThat(unknown).extracting(Finding::message).anySatisfy(m -> assertThat(m).startsWith(
        "vpcs[4].flowLogRetention: unknown key 'flowLogRetention' is ignored"));
  }

  @Test
  void aFileThatCannotBeReadIsStillAnInputException() throws IOException {
    Path empty = Files.writeString(tmp.resolve("network-config.yaml"), "\n");
    assertThatThrownBy(() -> LzaImporter.read(empty)).isInstanceOf(InputException.class).hasMessageContaining("empty");
    Path notYaml = Files.writeString(tmp.resolve("x.yaml"), "vpcs: [a, b\n  - : :\n");
    assertThatThrownBy(() -> LzaImporter.read(notYaml)).isInstanceOf(InputException.class).hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> LzaImporter.read(tmp.resolve("missing.yaml"))).isInstanceOf(InputException.class)
        .hasMessageContaining("not found");
    Path list = Files.writeString(tmp.resolve("list.yaml"), "- a\n");
    assertThatThrownBy(() -> LzaImporter.read(list)).isInstanceOf(InputException.class);
  }

  @Test
  void aMissingRequiredKeySkipsOnlyThatVpc() throws IOException {
    Path f = Files.writeString(tmp.resolve("network-config.yaml"), """
        homeRegion: us-east-1
        vpcs:
          - name: NoRegion
            account: A
            cidrs: [10.0.0.0/16]
          - name: Fine
            account: A
            region: us-east-1
            cidrs: [10.1.0.0/16]
        """);
    Inventory inv = LzaImporter.read(f);
    assertThat(inv.network().vpcs()).extracting(v -> v.name()).containsExactly("Fine");
    assertThat(of(inv, Code.INVENTORY_ELEMENT)).singleElement().satisfies(x -> assertThat(x.message())
        .contains("vpcs[0].region").contains("missing required key 'region'"));
  }
}
