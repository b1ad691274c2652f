package io.vpcplan.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.aws.RegionOutcome.Status;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.inventory.AwsConfigs;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VPN and Direct Connect read live through the real SDK clients (EC2 Query and Direct Connect JSON
 * 1.1 against the fake endpoint), written as describe-* files and imported back.
 */
class LiveHybridTest {
  private static final String HUB = FakeAws.CALLER;
  private static final String E1 = "us-east-1";
  private static final String W1 = "eu-west-1";

  @TempDir Path out;

  private SnapshotResult run(FakeAws fake, List<String> regions) {
    return new LiveSnapshot(Scenarios.base(fake, regions), null).run(out);
  }

  private static RegionOutcome outcome(SnapshotResult r, String region) {
    return r.outcomes().stream().filter(o -> o.where().equals(new AccountRegion(HUB, region))).findFirst().orElseThrow();
  }

  private Path dir(String region) {
    return out.resolve("aws_configs").resolve(HUB).resolve(region);
  }

  @Test
  void aSnapshotImportsWithItsVpnAndDirectConnect() throws IOException {
    try (FakeAws fake = new FakeAws("estate")) {
      SnapshotResult r = run(fake, List.of(E1));
      assertThat(outcome(r, E1).status()).as(outcome(r, E1).detail()).isEqualTo(Status.OK);
      assertThat(outcome(r, E1).counts()).containsEntry("VpnConnections", 1).containsEntry("directConnectGateways", 1)
          .containsEntry("directConnectGatewayAssociations", 1).containsEntry("virtualInterfaces", 1);
    }
    Hybrid h = AwsConfigs.readDirectory(out).network().hybrid();
    assertThat(h.vpnConnections()).singleElement().satisfies(v -> {
      assertThat(v.transitGatewayId()).isEqualTo("tgw-0123456789abcdef0");
      assertThat(v.customerGatewayId()).isEqualTo("cgw-0fa1c0ffee0000001");
      assertThat(v.tunnels()).isEqualTo(2);
    });
    assertThat(h.customerGateways()).singleElement().satisfies(c -> assertThat(c.asn()).isEqualTo(65010));
    assertThat(h.vpnGateways()).singleElement().satisfies(g -> assertThat(g.vpcIds()).containsExactly("vpc-0aaa000000000000a"));
    assertThat(h.dxGateways()).singleElement().satisfies(d -> assertThat(d.associations()).containsExactly(
        new DxGateway.Association("tgw-0123456789abcdef0", "us-east-1", List.of(Cidr.parse("10.0.0.0/12")))));
    assertThat(h.virtualInterfaces()).singleElement().satisfies(v -> assertThat(v.bandwidthMbps()).isEqualTo(10_000));
  }

  @Test
  void noSecretReachesTheDisk() throws IOException {
    try (FakeAws fake = new FakeAws("estate")) {
      run(fake, List.of(E1));
    }
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f)).as(f.toString()).doesNotContain("FAKE-").doesNotContain("preSharedKey")
            .doesNotContain("PreSharedKey").doesNotContain("authKey").doesNotContain("CustomerGatewayConfiguration");
      }
    }
  }

  @Test
  void directConnectGatewaysAreReadOncePerAccountAndInterfacesInEveryRegion() {
    try (FakeAws fake = new FakeAws("estate")) {
      run(fake, List.of(E1, W1));
      assertThat(fake.requests(HUB, E1, "DescribeDirectConnectGateways")).hasSize(1);
      assertThat(fake.requests(HUB, W1, "DescribeDirectConnectGateways")).isEmpty();
      assertThat(fake.requests(HUB, E1, "DescribeDirectConnectGatewayAssociations")).singleElement()
          .satisfies(q -> assertThat(q.service()).isEqualTo("directconnect"));
      assertThat(fake.requests(HUB, W1, "DescribeVirtualInterfaces")).hasSize(1);
      assertThat(dir(W1).resolve("direct-connect-gateways.json")).doesNotExist();
      assertThat(dir(W1).resolve("virtual-interfaces.json")).exists();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anEndpointWithoutDirectConnectIsANoteNotAFailure() throws IOException {
    try (FakeAws fake = new FakeAws("estate").withoutDirectConnect()) {
      SnapshotResult r = run(fake, List.of(E1));
      RegionOutcome o = outcome(r, E1);
      assertThat(o.status()).isEqualTo(Status.OK);
      assertThat(r.allOk()).isTrue();
      assertThat(o.detail()).startsWith("Direct Connect not supported by the endpoint (directconnect:DescribeDirectConnectGateways");
      assertThat(fake.requests(HUB, E1, "DescribeVirtualInterfaces")).isEmpty(); // one refusal is enough
    }
    assertThat(dir(E1).resolve("vpn-connections.json")).exists();
    assertThat(dir(E1).resolve("direct-connect-gateways.json")).doesNotExist();
  }

  @Test
  void aDeniedDirectConnectCallMakesTheRegionPartialAndNamesTheAction() throws IOException {
    try (FakeAws fake = new FakeAws("estate").deny(HUB, E1, "DescribeVirtualInterfaces", "AccessDeniedException")) {
      SnapshotResult r = run(fake, List.of(E1));
      RegionOutcome o = outcome(r, E1);
      assertThat(o.status()).isEqualTo(Status.PARTIAL);
      assertThat(o.missingActions()).containsExactly("directconnect:DescribeVirtualInterfaces");
      assertThat(o.detail()).contains("directconnect:DescribeVirtualInterfaces denied (AccessDeniedException");
      assertThat(o.counts()).containsEntry("connections", 1).doesNotContainKey("virtualInterfaces");
    }
    assertThat(dir(E1).resolve("virtual-interfaces.json")).doesNotExist();
    assertThat(dir(E1).resolve("direct-connect-gateways.json")).exists();
  }

  @Test
  void theIamPolicyListsTheNewActions() {
    assertThat(Ec2Calls.requiredActions()).contains("ec2:DescribeVpnConnections", "ec2:DescribeCustomerGateways",
        "ec2:DescribeVpnGateways", "directconnect:DescribeDirectConnectGateways",
        "directconnect:DescribeDirectConnectGatewayAssociations", "directconnect:DescribeVirtualInterfaces",
        "directconnect:DescribeConnections").isSorted();
  }
}
