package io.vpcplan.analysis;

import static io.vpcplan.analysis.Nets.net;
import static io.vpcplan.analysis.Nets.of;
import static io.vpcplan.analysis.Nets.vpc;
import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Resource;
import io.vpcplan.model.Location;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dual-stack subnet's IPv6 block: each check once firing, once clean. */
class Ipv6SubnetChecksTest {
  private static final String V4 = "10.0.0.0/16";
  private static final String V6 = "2600:1f18:1:100::/56";

  /** Subnets given as "ipv4 ipv6" (dual-stack), "ipv4" or "ipv6" (one block). */
  static Vpc withSubnets(Vpc v, String... subnets) {
    List<Subnet> subs = new ArrayList<>();
    for (int i = 0; i < subnets.length; i++) {
      String[] b = subnets[i].split(" ");
      subs.add(new Subnet("subnet-" + i, "", "", "us-east-1a", Cidr.parse(b[0]), null, false,
          new Location("subnets.json", 3 + i, 5), b.length > 1 ? Cidr.parse(b[1]) : null));
    }
    return new Vpc(v.id(), v.name(), v.account(), v.region(), "", v.cidrs(), subs, v.routeTables(), v.origin(), v.location());
  }

  @Test
  void dualStackSubnetsInsideTheVpcsIpv6BlockAreClean() {
    var v = withSubnets(vpc("a", V4, V6), "10.0.0.0/24 2600:1f18:1:100::/64", "10.0.1.0/24 2600:1f18:1:101::/64",
        "10.0.2.0/24 2600:1f18:1:1f0::/60", "2600:1f18:1:102::/64");
    assertThat(Validator.validate(net(v))).isEmpty();
  }

  @Test
  void anIpv6BlockOutsideTheVpcsIpv6BlocksIsFound() {
    var v = withSubnets(vpc("a", V4, V6), "10.0.0.0/24 2600:1f18:1:100::/64", "10.0.1.0/24 2600:1f18:1:200::/64");
    assertThat(of(Validator.validate(net(v)), Code.SUBNET_OUTSIDE_VPC)).singleElement().satisfies(f -> {
      assertThat(f.range()).isEqualTo(Cidr.parse("2600:1f18:1:200::/64"));
      assertThat(f.resources()).extracting(Resource::id).containsExactly("subnet-1", "a");
      assertThat(f.location().line()).isEqualTo(4);
      assertThat(f.message()).contains("subnet-1", "IPv6 block 2600:1f18:1:200::/64", "(" + V6 + ")", "/64 of a VPC IPv6 block");
    });
  }

  @Test
  void anIpv6BlockInAVpcWithNoIpv6BlockIsFound() {
    var v = withSubnets(vpc("a", V4), "10.0.0.0/24 2600:1f18:1:100::/64", "10.0.1.0/24");
    assertThat(of(Validator.validate(net(v)), Code.SUBNET_OUTSIDE_VPC)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("has no IPv6 block (10.0.0.0/16)", "take the IPv6 block off the subnet"));
    var ipv6Only = withSubnets(vpc("b", V4), "2600:1f18:1:100::/64");
    assertThat(of(Validator.validate(net(ipv6Only)), Code.SUBNET_OUTSIDE_VPC)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("has no IPv6 block", "move the subnet to a VPC with one"));
  }

  @Test
  void aVpcWhoseBlocksIpamAllocatesIsNotCheckedForContainment() {
    var v = withSubnets(vpc("a"), "10.0.0.0/24 2600:1f18:1:100::/64");
    assertThat(Validator.validate(net(v))).isEmpty();
  }

  @Test
  void ipv6SubnetSizes() {
    var bad = withSubnets(vpc("a", V4, V6), "10.0.0.0/24 2600:1f18:1:100::/62", "10.0.1.0/24 2600:1f18:1:110::/65");
    assertThat(of(Validator.validate(net(bad)), Code.SUBNET_SIZE)).extracting(Finding::range)
        .containsExactlyInAnyOrder(Cidr.parse("2600:1f18:1:100::/62"), Cidr.parse("2600:1f18:1:110::/65"));
    var ok = withSubnets(vpc("b", V4, V6), "10.0.0.0/24 2600:1f18:1:100::/64", "10.0.1.0/24 2600:1f18:1:140::/60",
        "10.0.2.0/24 2600:1f18:1:180::/60");
    assertThat(of(Validator.validate(net(ok)), Code.SUBNET_SIZE)).isEmpty();
  }

  @Test
  void overlappingIpv6BlocksAreFound() {
    var v = withSubnets(vpc("a", V4, V6), "10.0.0.0/24 2600:1f18:1:100::/64", "10.0.1.0/24 2600:1f18:1:100::/64",
        "10.0.2.0/24 2600:1f18:1:110::/60", "2600:1f18:1:111::/64");
    List<Finding> o = of(Validator.validate(net(v)), Code.SUBNET_OVERLAP);
    assertThat(o).extracting(Finding::message).containsExactlyInAnyOrder(
        "subnet subnet-0 of a (111111111111/us-east-1) and subnet subnet-1 overlap in IPv6 (both use "
            + "2600:1f18:1:100::/64); subnets of one VPC must be disjoint",
        "subnet subnet-2 of a (111111111111/us-east-1) and subnet subnet-3 overlap in IPv6 (2600:1f18:1:110::/60 "
            + "contains 2600:1f18:1:111::/64); subnets of one VPC must be disjoint");
    assertThat(o).extracting(Finding::range).containsExactlyInAnyOrder(Cidr.parse("2600:1f18:1:100::/64"),
        Cidr.parse("2600:1f18:1:111::/64"));
  }

  @Test
  void disjointIpv6BlocksDoNotOverlap() {
    var v = withSubnets(vpc("a", V4, V6), "10.0.0.0/24 2600:1f18:1:100::/64", "10.0.1.0/24 2600:1f18:1:101::/64",
        "2600:1f18:1:102::/64");
    assertThat(of(Validator.validate(net(v)), Code.SUBNET_OVERLAP)).isEmpty();
  }

  @Test
  void ipv4MessagesAreAsBefore() {
    var v = Nets.withSubnets(vpc("a", V4, V6), "10.1.0.0/24");
    assertThat(of(Validator.validate(net(v)), Code.SUBNET_OUTSIDE_VPC)).singleElement().extracting(Finding::message)
        .isEqualTo("subnet subnet-0 of a (111111111111/us-east-1) 10.1.0.0/24 is not inside any block of its VPC "
            + "(10.0.0.0/16, 2600:1f18:1:100::/56); move it into a VPC block or add a block that holds it");
  }
}
