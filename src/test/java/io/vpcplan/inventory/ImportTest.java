package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.finding.Finding;
import io.vpcplan.analysis.Validator;
import io.vpcplan.model.Network;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTest {
  @TempDir Path tmp;

  @Test
  void readsTheConflictSampleIntoOneNetwork() {
    Network n = AwsConfigs.readDirectory(Path.of("samples/aws_configs-conflicts")).network();
    assertThat(n.vpcs()).hasSize(14);
    assertThat(n.accounts()).hasSize(4);
    TransitGateway tgw = n.transitGateways().get(0);
    // the TGW owner's attachment view and the VPC owner's view are merged into one attachment each
    assertThat(tgw.attachments()).hasSize(3).allSatisfy(a -> assertThat(a.subnetIds()).hasSize(2));
    TgwRouteTable flat = tgw.routeTables().get(0);
    assertThat(flat.associations()).hasSize(3);
    assertThat(flat.propagations()).hasSize(3);
    assertThat(flat.routes()).hasSize(2); // one static, one blackhole; the propagated route is not a static route
    Vpc orders = n.vpcs().stream().filter(v -> v.name().equals("orders")).findFirst().orElseThrow();
    assertThat(orders.subnets()).filteredOn(s -> s.purpose() == Purpose.TGW_ATTACHMENT).hasSize(2);
    assertThat(orders.routeTables()).singleElement().satisfies(t -> assertThat(t.main()).isTrue());
    assertThat(n.peerings()).hasSize(1); // seen from both accounts, kept once
  }

  @Test
  void aSharedVpcSeenFromTwoAccountsIsKeptOnceUnderItsOwner() throws IOException {
    String shared = Run.VPC_OK.replace("vpc-1", "vpc-shared");
    Run.write(tmp, "aws_configs/222222222222/us-east-1/vpcs.json", shared);
    Run.write(tmp, "aws_configs/111111111111/us-east-1/vpcs.json", shared);
    Inventory inv = AwsConfigs.readDirectory(tmp);
    assertThat(inv.network().vpcs()).singleElement().satisfies(v -> {
      assertThat(v.account()).isEqualTo("111111111111");
      assertThat(v.location().file()).contains("111111111111");
    });
    assertThat(Validator.validate(inv.network())).isEmpty();
    assertThat(inv.findings()).isEmpty();
  }

  @Test
  void aVpcSeenOnlyFromAParticipantIsCountedUnderItsOwner() throws IOException {
    Run.write(tmp, "aws_configs/222222222222/us-east-1/vpcs.json", Run.VPC_OK);
    Inventory inv = AwsConfigs.readDirectory(tmp);
    assertThat(inv.network().vpcs()).singleElement().satisfies(v -> assertThat(v.account()).isEqualTo("111111111111"));
    assertThat(inv.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("owned by 111111111111"));
  }

  @Test
  void onlyAvailableAndAssociatedResourcesCount() throws IOException {
    Run.write(tmp, "aws_configs/111111111111/us-east-1/vpcs.json", """
        {"Vpcs": [
          {"VpcId": "vpc-1", "State": "available", "CidrBlock": "10.0.0.0/16", "CidrBlockAssociationSet": [
            {"CidrBlock": "10.0.0.0/16", "CidrBlockState": {"State": "associated"}},
            {"CidrBlock": "10.1.0.0/16", "CidrBlockState": {"State": "disassociated"}}]},
          {"VpcId": "vpc-2", "State": "pending", "CidrBlock": "10.0.0.0/16"}],
         "NextToken": null, "SomethingNew": {"x": [1, 2]}}
        """);
    Network n = AwsConfigs.readDirectory(tmp).network();
    assertThat(n.vpcs()).singleElement().satisfies(v -> assertThat(v.cidrs()).hasToString("[10.0.0.0/16]"));
  }

  @Test
  void importThenValidateGivesTheSameFindings() throws IOException {
    Inventory first = AwsConfigs.readDirectory(Path.of("samples/aws_configs-conflicts"));
    InventoryWriter.write(first.network(), tmp);
    Inventory second = AwsConfigs.readDirectory(tmp);
    assertThat(codesAndMessages(Validator.validate(second.network())))
        .isEqualTo(codesAndMessages(Validator.validate(first.network())));
    assertThat(second.network().vpcs()).extracting(Vpc::cidrs)
        .isEqualTo(first.network().vpcs().stream().map(Vpc::cidrs).toList());
  }

  private static List<String> codesAndMessages(List<Finding> fs) {
    return fs.stream().map(f -> f.code() + " " + f.severity() + " " + f.message()).sorted().toList();
  }

  /** What `vpcplan snapshot` writes from live accounts is read without a single skipped element. */
  @Test
  void readsTheLiveSnapshotLayout() {
    Inventory inv = AwsConfigs.readDirectory(Path.of("src/test/resources/golden/aws-snapshot/caller"));
    assertThat(inv.findings()).noneMatch(f -> f.code() == io.vpcplan.finding.Code.INVENTORY_ELEMENT
        || f.code() == io.vpcplan.finding.Code.DANGLING_REFERENCE);
    Network n = inv.network();
    assertThat(n.vpcs()).isNotEmpty();
    TgwRouteTable table = n.transitGateways().stream().flatMap(t -> t.routeTables().stream())
        .filter(t -> t.id().equals("tgw-rtb-0001")).findFirst().orElseThrow();
    assertThat(table.propagations()).contains("tgw-attach-0001", "tgw-attach-0002");
    assertThat(table.associations()).isNotEmpty();
  }

  @Test
  void validatesADesignThroughThePlanner() {
    Run r = Run.of("validate", "designs/tiny.yaml", "--format", "json");
    assertThat(r.code()).as(r.all()).isIn(0, 1);
    assertThat(r.out()).contains("\"findings\"");
  }
}
