package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.analysis.Validator;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.Network;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batfish snapshots read as-is: its three layouts, its file names, its TGW propagation and static-route files. */
class BatfishLayoutTest {
  private static final Path ROOT = Path.of("src/test/resources/batfish");
  @TempDir Path tmp;

  @Test
  void multiAccountLayoutFromTheSnapshotRootOrTheAwsConfigsFolder() {
    for (Path p : List.of(ROOT.resolve("multi-account"), ROOT.resolve("multi-account/aws_configs"))) {
      Inventory inv = AwsConfigs.readDirectory(p);
      assertThat(inv.network().vpcs()).extracting(Vpc::account).containsExactly("111111111111", "222222222222");
      assertThat(inv.network().vpcs()).extracting(Vpc::region).containsOnly("us-east-1");
      // VPN, IGW, NAT, customer gateway and security group files are recognised, not noted
      assertThat(inv.findings()).isEmpty();
    }
  }

  @Test
  void tgwPropagationAndStaticRouteFilesFillTheRouteTable() {
    Network n = AwsConfigs.readDirectory(ROOT.resolve("multi-account")).network();
    TgwRouteTable t = n.transitGateways().get(0).routeTables().get(0);
    assertThat(t.associations()).containsExactly("tgw-attach-0aaa00000000001", "tgw-attach-0bbb00000000002");
    assertThat(t.propagations()).containsExactly("tgw-attach-0aaa00000000001", "tgw-attach-0bbb00000000002"); // not the disabled one
    assertThat(t.routes()).hasSize(2).anySatisfy(r -> assertThat(r.blackhole()).isTrue());
  }

  @Test
  void twoTgwConnectedVpcsWithTheSameCidrAreAConnectedError() {
    List<Finding> fs = Validator.validate(AwsConfigs.readDirectory(ROOT.resolve("multi-account")).network());
    assertThat(fs).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo(Code.VPC_CIDR_OVERLAP);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("TGW route table tgw-rtb-0c0ffee00000001 (flat) of tgw-0c0ffee000000001").contains("routes between them");
    });
    assertThat(fs).anySatisfy(f -> assertThat(f.code()).isEqualTo(Code.TGW_PROPAGATION_CONFLICT));
    assertThat(fs).noneMatch(f -> f.code() == Code.DANGLING_REFERENCE);
    assertThat(fs).filteredOn(f -> f.code() == Code.BLACKHOLE_ROUTE).singleElement()
        .satisfies(f -> assertThat(f.location().file()).endsWith("TransitGatewayRouteTables.json"));
  }

  @Test
  void regionFoldersTakeTheAccountFromOwnerId() {
    Inventory inv = AwsConfigs.readDirectory(ROOT.resolve("regional"));
    assertThat(inv.network().vpcs()).extracting(Vpc::displayName)
        .containsExactly("333333333333/eu-west-1/web-eu", "333333333333/us-east-1/web");
    assertThat(inv.findings()).isEmpty();
  }

  @Test
  void flatFilesTakeAccountAndRegionFromTheData() {
    Inventory inv = AwsConfigs.readDirectory(ROOT.resolve("flat"));
    assertThat(inv.network().vpcs()).singleElement().satisfies(v -> {
      assertThat(v.account()).isEqualTo("444444444444");
      assertThat(v.region()).isEqualTo("eu-central-1");
    });
    assertThat(Validator.validate(inv.network())).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo(Code.SUBNET_OUTSIDE_VPC);
      assertThat(f.location().file()).endsWith("Subnets.json");
      assertThat(f.location().line()).isPositive();
    });
  }

  @Test
  void flatFilesWithoutOwnerOrZoneAreUnknownWithAnInfoSayingHowToFix() throws IOException {
    Run.write(tmp, "aws_configs/Vpcs.json", """
        {"Vpcs": [{"VpcId": "vpc-1", "State": "available", "CidrBlock": "10.0.0.0/16"}]}
        """);
    Inventory inv = AwsConfigs.readDirectory(tmp);
    assertThat(inv.network().vpcs()).singleElement().satisfies(v -> assertThat(v.displayName()).startsWith("unknown/unknown/"));
    assertThat(inv.findings()).hasSize(2).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("'unknown'").containsAnyOf("--account", "--region");
    });
    Inventory named = AwsConfigs.readAll(List.of(tmp), "555555555555", "ap-south-1");
    assertThat(named.network().vpcs().get(0).displayName()).startsWith("555555555555/ap-south-1/");
    assertThat(named.findings()).isEmpty();
  }

  @Test
  void validateReadsABatfishSnapshotThroughTheCli() {
    Run r = Run.of("validate", ROOT.resolve("multi-account").toString());
    assertThat(r.code()).as(r.all()).isEqualTo(1);
    assertThat(r.out()).contains("ERROR VPC_CIDR_OVERLAP").contains("routes between them");
  }

  @Test
  void importThenReadGivesTheSameNetworkAndFindings() throws IOException {
    Inventory first = AwsConfigs.readDirectory(ROOT.resolve("multi-account"));
    InventoryWriter.write(first.network(), tmp);
    Inventory second = AwsConfigs.readDirectory(tmp);
    assertThat(messages(Validator.validate(second.network()))).isEqualTo(messages(Validator.validate(first.network())));
    assertThat(second.network().transitGateways().get(0).routeTables())
        .usingRecursiveComparison().ignoringFieldsOfTypes(io.vpcplan.model.Location.class)
        .isEqualTo(first.network().transitGateways().get(0).routeTables());
    assertThat(tmp.resolve("aws_configs/111111111111/us-east-1/TransitGatewayPropagations.json")).exists();
    assertThat(second.findings()).isEmpty();
  }

  static List<String> messages(List<Finding> fs) {
    return fs.stream().map(f -> f.code() + " " + f.severity() + " " + f.message()).sorted().toList();
  }
}
