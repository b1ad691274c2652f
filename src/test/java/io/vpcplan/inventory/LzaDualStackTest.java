package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.analysis.Validator;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LZA subnets' ipv6CidrBlock: read beside ipv4CidrBlock, checked against the VPC's ipv6Cidrs when their address is known. */
class LzaDualStackTest {
  @TempDir Path tmp;

  private static final String CONFIG = """
      homeRegion: us-east-1
      vpcs:
        - name: Dual
          account: Network
          region: us-east-1
          cidrs: [10.20.0.0/16]
          ipv6Cidrs:
            - cidrBlock: 2600:1f18:aa:100::/56
          subnets:
            - name: Dual-A
              availabilityZone: a
              ipv4CidrBlock: 10.20.0.0/24
              ipv6CidrBlock: 2600:1f18:aa:100::/64
            - name: Dual-B
              availabilityZone: b
              ipv4CidrBlock: 10.20.1.0/24
              ipv6CidrBlock: 2600:1f18:aa:200::/64
            - name: Only-6
              availabilityZone: a
              ipv6CidrBlock: 2600:1f18:aa:101::/64
            - name: Swapped
              availabilityZone: a
              ipv4CidrBlock: 2600:1f18:aa:102::/64
            - name: From-Ipam
              availabilityZone: b
              ipamAllocation:
                ipamPoolName: app-pool
                netmaskLength: 28
              ipv6CidrBlock: 2600:1f18:aa:103::/64
          routeTables:
            - name: Dual-Rt
              routes:
                - name: ToA6
                  ipv6Destination: Dual-A
                  type: local
        - name: Amazon
          account: Network
          region: us-east-1
          cidrs: [10.30.0.0/16]
          ipv6Cidrs:
            - amazonProvided: true
          subnets:
            - name: Amazon-A
              availabilityZone: a
              ipv4CidrBlock: 10.30.0.0/24
              ipv6CidrBlock: 2600:1f18:bb:100::/64
            - name: Amazon-6
              availabilityZone: b
              ipv6CidrBlock: 2600:1f18:bb:101::/64
      """;

  @Test
  void dualStackSubnetsKeepTheirIpv6BlockAndAreChecked() throws IOException {
    Path f = Files.writeString(tmp.resolve("network-config.yaml"), CONFIG);
    Inventory inv = LzaImporter.read(f);
    Vpc dual = inv.network().vpc("Network/us-east-1/Dual").orElseThrow();
    assertThat(dual.subnets()).extracting(Subnet::name, s -> s.cidr().toString(), s -> String.valueOf(s.ipv6()))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Dual-A", "10.20.0.0/24", "2600:1f18:aa:100::/64"),
            org.assertj.core.groups.Tuple.tuple("Dual-B", "10.20.1.0/24", "2600:1f18:aa:200::/64"),
            org.assertj.core.groups.Tuple.tuple("Only-6", "2600:1f18:aa:101::/64", "null"));
    assertThat(inv.findings()).filteredOn(x -> x.code() == Code.INVENTORY_ELEMENT).singleElement().satisfies(x ->
        assertThat(x.message()).startsWith("vpcs[0].subnets[3].ipv4CidrBlock: 2600:1f18:aa:102::/64 is IPv6; give an IPv4 prefix")
            .contains("this subnet is skipped"));
    // an IPv4 block from IPAM makes an IPAM subnet (named, left out), not an IPv6-only one
    assertThat(inv.findings()).filteredOn(x -> x.code() == Code.UNRESOLVED_CIDR && x.message().contains("/Dual "))
        .singleElement().satisfies(x -> assertThat(x.message()).contains("From-Ipam (/28 from app-pool)"));
    // a route to a subnet by name takes the block of the destination's family
    assertThat(dual.routeTables()).singleElement().satisfies(t -> assertThat(t.routes())
        .extracting(r -> r.destination().toString()).contains("2600:1f18:aa:100::/64"));
    List<Finding> outside = Validator.validate(inv.network()).stream()
        .filter(x -> x.code() == Code.SUBNET_OUTSIDE_VPC).toList();
    assertThat(outside).singleElement().satisfies(x -> {
      assertThat(x.message()).contains("Dual-B", "2600:1f18:aa:200::/64");
      assertThat(x.location().line()).isEqualTo(14); // the subnet's "- name: Dual-B"
    });
  }

  @Test
  void anAmazonProvidedBlockLeavesItsSubnetsIpv6BlocksToTheLiveEstate() throws IOException {
    Path f = Files.writeString(tmp.resolve("network-config.yaml"), CONFIG);
    Inventory inv = LzaImporter.read(f);
    Vpc amazon = inv.network().vpc("Network/us-east-1/Amazon").orElseThrow();
    // the dual-stack subnet keeps its IPv4 block; the IPv6-only one is left out, as an IPAM subnet is
    assertThat(amazon.subnets()).singleElement().satisfies(s -> assertThat(s.ipv6()).isNull());
    assertThat(inv.findings()).filteredOn(x -> x.code() == Code.UNRESOLVED_CIDR && x.message().contains("/Amazon "))
        .singleElement().satisfies(x ->
        assertThat(x.message()).contains("Network/us-east-1/Amazon", "amazonProvided", "Amazon-A 2600:1f18:bb:100::/64",
            "Amazon-6 2600:1f18:bb:101::/64 (IPv6-only: left out until then)"));
    assertThat(Validator.validate(inv.network())).filteredOn(x -> x.message().contains("Amazon")).isEmpty();
  }
}
