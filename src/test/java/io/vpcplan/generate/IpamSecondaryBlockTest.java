package io.vpcplan.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.cfn.CloudFormationGenerator;
import io.vpcplan.generate.check.CfnChecker;
import io.vpcplan.generate.terraform.TerraformGenerator;
import io.vpcplan.ipam.IpamPlan;
import io.vpcplan.model.IpamAllocation;
import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import io.vpcplan.source.Loaded;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --ipam: a secondary block is asked of its pool by pool id and the planned CIDR, like the primary one. */
class IpamSecondaryBlockTest {
  private static final Cidr SECOND = Cidr.parse("10.10.8.0/23"); // free in tiny's segment pool 10.10.0.0/20

  static Network withSecondBlock() {
    Loaded l = SourcePipeline.load(SourceRequest.of(List.of(Path.of("designs", "tiny.yaml"))));
    Network n = IpamPlan.apply(l.network(), l.planned().orElseThrow().plan());
    List<Vpc> vpcs = new ArrayList<>();
    for (Vpc v : n.vpcs()) {
      if (!v.account().equals("prod")) {
        vpcs.add(v);
        continue;
      }
      List<Cidr> cidrs = new ArrayList<>(v.cidrs());
      cidrs.add(SECOND);
      List<IpamAllocation> al = new ArrayList<>(v.ipamAllocations());
      al.add(new IpamAllocation(al.get(0).pool(), SECOND.length(), SECOND, v.location()));
      vpcs.add(new Vpc(v.id(), v.name(), v.account(), v.region(), v.segment(), cidrs, v.subnets(), v.routeTables(),
          v.origin(), v.location(), al));
    }
    return n.withVpcs(vpcs);
  }

  @Test
  void cloudFormationPinsTheSecondaryBlock() {
    String t = new CloudFormationGenerator().generate(withSecondBlock(), new GenerateOptions("tiny", true)).files()
        .get("prod/eu-central-1/vpcs.yaml");
    assertThat(t).containsPattern("Type: AWS::EC2::VPCCidrBlock\n    Properties:\n      VpcId:\n        Ref: AppVpc\n"
        + "      CidrBlock: 10\\.10\\.8\\.0/23\n      Ipv4IpamPoolId:\n        Ref: IpamPoolMainEuCentral1DefaultId\n");
    assertThat(t).doesNotContain("Ipv4NetmaskLength");
    assertThat(CfnChecker.check(t)).isEmpty();
  }

  @Test
  void terraformPinsTheSecondaryBlock() {
    String f = new TerraformGenerator().generate(withSecondBlock(), new GenerateOptions("tiny", true)).files()
        .get("prod/vpc_eu_central_1_app.tf");
    assertThat(f).containsPattern("resource \"aws_vpc_ipv4_cidr_block_association\" \"\\w+\" \\{\n  provider = aws.eu_central_1\n\n"
        + "  vpc_id +?= aws_vpc.\\w+.id\n  cidr_block +?= \"10.10.8.0/23\"\n  ipv4_ipam_pool_id += var.ipam_pool_id_main_eu_central_1_default\n");
    assertThat(f).doesNotContain("ipv4_netmask_length");
  }

  @Test
  void anAllocationMustBeTheSizeItNames() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IpamAllocation("p", 24, SECOND, null))
        .hasMessageContaining("10.10.8.0/23 is not a /24");
  }
}
