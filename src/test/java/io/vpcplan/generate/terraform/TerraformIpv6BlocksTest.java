package io.vpcplan.generate.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.check.TfChecker;
import io.vpcplan.model.Network;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subnet's IPv6 /64 is written in the VPC block that holds it: a VPC with two IPv6 blocks gets the
 * second as an aws_vpc_ipv6_cidr_block_association, and a subnet in it a cidrsubnet() of that block
 * (it was indexed from the first block: a wrong address). A /64 in no block of its VPC is left out, named.
 */
class TerraformIpv6BlocksTest {
  @TempDir Path tmp;

  static String vpcs() {
    return """
        {"Vpcs": [{"VpcId": "vpc-0123456789abcdef0", "OwnerId": "777777777777", "CidrBlock": "10.50.0.0/16",
          "CidrBlockAssociationSet": [{"CidrBlock": "10.50.0.0/16", "CidrBlockState": {"State": "associated"}}],
          "Ipv6CidrBlockAssociationSet": [
            {"Ipv6CidrBlock": "2600:1f18:aa00:1000::/56", "Ipv6CidrBlockState": {"State": "associated"}},
            {"Ipv6CidrBlock": "2600:1f18:aa00:2000::/56", "Ipv6CidrBlockState": {"State": "associated"}}],
          "Tags": [{"Key": "Name", "Value": "two-blocks"}]}]}
        """;
  }

  static String subnet(String id, String v4, String v6) {
    return "{\"SubnetId\": \"" + id + "\", \"VpcId\": \"vpc-0123456789abcdef0\", \"AvailabilityZone\": \"us-east-1a\""
        + (v4 == null ? ", \"Ipv6Native\": true" : ", \"CidrBlock\": \"" + v4 + "\"")
        + ", \"Ipv6CidrBlockAssociationSet\": [{\"Ipv6CidrBlock\": \"" + v6
        + "\", \"Ipv6CidrBlockState\": {\"State\": \"associated\"}}], \"Tags\": [{\"Key\": \"Name\", \"Value\": \"" + id + "\"}]}";
  }

  Map<String, String> generate(String... subnets) throws IOException {
    Path dir = tmp.resolve("aws_configs/777777777777/us-east-1");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("vpcs.json"), vpcs());
    Files.writeString(dir.resolve("subnets.json"), "{\"Subnets\": [" + String.join(",", subnets) + "]}");
    Network n = SourcePipeline.load(SourceRequest.of(List.of(tmp.resolve("aws_configs")))).network();
    return new TerraformGenerator().generate(n, new GenerateOptions("two-blocks", false)).files();
  }

  @Test
  void aSubnetInTheSecondBlockIsIndexedInIt() throws IOException {
    Map<String, String> files = generate(subnet("subnet-first", "10.50.0.0/24", "2600:1f18:aa00:1003::/64"),
        subnet("subnet-second", "10.50.1.0/24", "2600:1f18:aa00:2005::/64"),
        subnet("subnet-v6only", null, "2600:1f18:aa00:20ff::/64"));
    String vpc = files.get("r_777777777777/vpc_us_east_1_two_blocks.tf");
    String assoc = "aws_vpc_ipv6_cidr_block_association.vpc_0123456789abcdef0_2600_1f18_aa00_2000_56";
    assertThat(vpc)
        .contains("resource \"aws_vpc_ipv6_cidr_block_association\" \"vpc_0123456789abcdef0_2600_1f18_aa00_2000_56\"")
        .contains("cidrsubnet(aws_vpc.vpc_0123456789abcdef0.ipv6_cidr_block, 8, 3)")
        .contains("cidrsubnet(" + assoc + ".ipv6_cidr_block, 8, 5)")
        .contains("cidrsubnet(" + assoc + ".ipv6_cidr_block, 8, 255)");
    Path module = tmp.resolve("out");
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = module.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    List<String> problems = TfChecker.check(module.resolve("r_777777777777"));
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void aSlash64InNoBlockOfItsVpcIsLeftOutAndNamed() throws IOException {
    Map<String, String> files = generate(subnet("subnet-astray", "10.50.2.0/24", "2600:1f18:bb00:1::/64"));
    assertThat(files.get("r_777777777777/vpc_us_east_1_two_blocks.tf"))
        .contains("# IPv6 block 2600:1f18:bb00:1::/64 lies in no IPv6 block of the VPC: not written")
        .doesNotContain("2600_1f18_bb00").doesNotContain("assign_ipv6_address_on_creation");
    assertThat(files.get("r_777777777777/README.md")).contains("IPv6 block 2600:1f18:bb00:1::/64 of subnet subnet-astray");
  }
}
