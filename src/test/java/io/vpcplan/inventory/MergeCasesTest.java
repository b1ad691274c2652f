package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.analysis.Validator;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several describe-* sources read as one: b holds the VPC and the TGW, a the subnets, routes,
 * attachments and peerings. References across them resolve; only truly absent VPCs dangle.
 */
class MergeCasesTest {
  private static final Path A = Path.of("src/test/resources/merge-cases/a");
  private static final Path B = Path.of("src/test/resources/merge-cases/b");

  private static List<Finding> validate(List<Path> sources) {
    Inventory inv = AwsConfigs.readAll(sources, null, null);
    List<Finding> all = new java.util.ArrayList<>(inv.findings());
    all.addAll(Validator.validate(inv.network()));
    return all;
  }

  @Test
  void referencesAcrossSourcesResolve() {
    List<Finding> fs = validate(List.of(A, B));
    assertThat(fs).filteredOn(f -> f.code() == Code.SUBNET_OUTSIDE_VPC).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("subnet-0f0000000000002"));
    // the VPC route to a deleted peering, and the TGW blackhole whose table is in b
    assertThat(fs).filteredOn(f -> f.code() == Code.BLACKHOLE_ROUTE).hasSize(2);
    assertThat(fs).filteredOn(f -> f.code() == Code.DANGLING_REFERENCE).extracting(Finding::message)
        .allSatisfy(m -> assertThat(m).startsWith("peering ")).hasSize(2);
  }

  @Test
  void theSourceOrderDoesNotMatter() {
    assertThat(BatfishLayoutTest.messages(validate(List.of(B, A))))
        .isEqualTo(BatfishLayoutTest.messages(validate(List.of(A, B))));
  }

  @Test
  void singleFilesMergeWithFolders() {
    Path region = A.resolve("aws_configs/111111111111/us-east-1");
    List<Finding> fs = validate(List.of(region.resolve("Subnets.json"), region.resolve("RouteTables.json"), B));
    assertThat(fs).anySatisfy(f -> assertThat(f.code()).isEqualTo(Code.SUBNET_OUTSIDE_VPC));
    assertThat(fs).noneMatch(f -> f.code() == Code.DANGLING_REFERENCE);
  }

  @Test
  void alone_theSubnetsDangleAndTheOverlapIsMissed() {
    List<Finding> fs = validate(List.of(A));
    assertThat(fs).noneMatch(f -> f.code() == Code.SUBNET_OUTSIDE_VPC);
    assertThat(fs).anySatisfy(f -> assertThat(f.message()).contains("subnets refer to VPC vpc-0f00000000000001"));
  }

  @Test
  void danglingPeeringsNameTheAccountToExportAndBothSides() {
    List<Finding> fs = validate(List.of(A, B));
    assertThat(fs).filteredOn(f -> f.message().startsWith("peering pcx-0f000000000000001")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("accepter VPC vpc-0f00000000000099")
            .contains("account 999999999999 is not in the inventory: export it into aws_configs/999999999999/eu-west-1/"));
    assertThat(fs).filteredOn(f -> f.message().startsWith("peering pcx-0f000000000000002")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("both its VPCs").contains("vpc-0f00000000000077")
            .contains("vpc-0f00000000000088").contains("777777777777").contains("888888888888"));
  }
}
