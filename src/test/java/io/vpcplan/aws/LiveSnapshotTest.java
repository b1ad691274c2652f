package io.vpcplan.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vpcplan.aws.RegionOutcome.Status;
import io.vpcplan.model.RunFailedException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real SDK clients against the fake EC2/STS endpoint: paging, throttling, denials, roles. */
class LiveSnapshotTest {
  private static final String HUB = FakeAws.CALLER;
  private static final String APP = "222222222222";
  private static final String E1 = "us-east-1";
  private static final String W1 = "eu-west-1";

  @TempDir Path out;

  private static RegionOutcome outcome(SnapshotResult r, String account, String region) {
    return r.outcomes().stream().filter(o -> o.where().equals(new AccountRegion(account, region))).findFirst()
        .orElseThrow();
  }

  private Path regionDir(String account, String region) {
    return out.resolve("aws_configs").resolve(account).resolve(region);
  }

  @Test
  void followsNextTokenAcrossPagesWithTheLargestPageSize() throws IOException {
    try (FakeAws fake = Scenarios.CALLER.fake()) {
      SnapshotResult r = new LiveSnapshot(Scenarios.CALLER.config(fake), null).run(out);
      assertThat(outcome(r, HUB, E1).counts()).containsEntry("Vpcs", 3).containsEntry("Subnets", 4)
          .containsEntry("TransitGatewayRouteTableAssociations", 2);

      var vpcCalls = fake.requests(HUB, E1, "DescribeVpcs");
      assertThat(vpcCalls).hasSize(2);
      assertThat(vpcCalls.get(0).params()).containsEntry("MaxResults", "1000").doesNotContainKey("NextToken");
      assertThat(vpcCalls.get(1).params()).containsEntry("NextToken", "vpcs-page-2").containsEntry("MaxResults", "1000");
      assertThat(fake.requests(HUB, E1, "DescribeSubnets")).extracting(q -> q.params().get("NextToken"))
          .containsExactly(null, "subnets-2", "subnets-3");
      assertThat(fake.requests(HUB, E1, "DescribeRouteTables").get(0).params()).containsEntry("MaxResults", "100");
      assertThat(fake.requests(HUB, E1, "GetTransitGatewayRouteTableAssociations"))
          .extracting(q -> q.params().get("TransitGatewayRouteTableId") + "@" + q.params().get("NextToken"))
          .containsExactly("tgw-rtb-0001@null", "tgw-rtb-0001@assoc-2", "tgw-rtb-0002@null");
    }
  }

  @Test
  void searchesRoutesOfLiveTgwRouteTablesOnlyWithAStateFilter() throws IOException {
    try (FakeAws fake = Scenarios.CALLER.fake()) {
      new LiveSnapshot(Scenarios.CALLER.config(fake), null).run(out);
      var searches = fake.requests(HUB, E1, "SearchTransitGatewayRoutes");
      assertThat(searches).extracting(q -> q.params().get("TransitGatewayRouteTableId"))
          .containsExactly("tgw-rtb-0001", "tgw-rtb-0002"); // tgw-rtb-0009 is deleted
      assertThat(searches.get(0).params()).containsEntry("Filter.1.Name", "state")
          .containsEntry("Filter.1.Value.1", "active").containsEntry("Filter.1.Value.2", "blackhole");
    }
  }

  @Test
  void throttledCallsAreRetriedUntilTheyPass() throws IOException {
    try (FakeAws fake = Scenarios.ESTATE.fake()) {
      SnapshotResult r = new LiveSnapshot(Scenarios.ESTATE.config(fake), null).run(out);
      assertThat(fake.requests(APP, E1, "DescribeSubnets")).hasSize(3); // 503, 503, 200
      RegionOutcome app = outcome(r, APP, E1);
      assertThat(app.status()).isEqualTo(Status.OK);
      assertThat(app.counts()).containsEntry("Subnets", 1);
      assertThat(Files.readString(regionDir(APP, E1).resolve("subnets.json"))).contains("subnet-2201");
    }
  }

  @Test
  void throttlingThatOutlastsTheRetriesFailsOnlyThatAccountRegion() throws IOException {
    try (FakeAws fake = Scenarios.ESTATE.fake().throttle(APP, E1, "DescribeVpcs", 50)) {
      LiveConfig config = Scenarios.ESTATE.config(fake).withRetry(RetrySettings.fast(3));
      SnapshotResult r = new LiveSnapshot(config, null).run(out);
      RegionOutcome app = outcome(r, APP, E1);
      assertThat(app.status()).isEqualTo(Status.FAILED);
      assertThat(app.detail()).contains("ec2:DescribeVpcs failed, region abandoned")
          .contains("RequestLimitExceeded (still throttled after 3 attempts)");
      assertThat(fake.requests(APP, E1, "DescribeVpcs")).hasSize(3);
      assertThat(fake.requests(APP, E1, "DescribeSubnets")).isEmpty(); // the region stopped there
      assertThat(regionDir(APP, E1)).doesNotExist();
      assertThat(outcome(r, HUB, E1).status()).isEqualTo(Status.OK);
      assertThat(outcome(r, APP, W1).status()).isEqualTo(Status.PARTIAL);
    }
  }

  @Test
  void deniedActionsAreReportedPerAccountRegionWhileOthersGoOn() throws IOException {
    try (FakeAws fake = Scenarios.ESTATE.fake()) {
      SnapshotResult r = new LiveSnapshot(Scenarios.ESTATE.config(fake), null).run(out);
      RegionOutcome denied = outcome(r, APP, W1);
      assertThat(denied.status()).isEqualTo(Status.PARTIAL);
      assertThat(denied.missingActions()).containsExactly("ec2:DescribeTransitGateways", "ec2:DescribeVpcs");
      assertThat(denied.problems()).first().asString()
          .isEqualTo("ec2:DescribeVpcs denied (UnauthorizedOperation: You are not authorized to perform this operation.)");
      assertThat(regionDir(APP, W1).resolve("vpcs.json")).doesNotExist();
      assertThat(regionDir(APP, W1).resolve("subnets.json")).exists();
      assertThat(outcome(r, APP, E1).status()).isEqualTo(Status.OK);
      assertThat(r.missingActions()).containsEntry("ec2:DescribeVpcs", List.of(new AccountRegion(APP, W1)))
          .containsEntry("sts:AssumeRole",
              List.of(new AccountRegion("333333333333", W1), new AccountRegion("333333333333", E1)));
    }
  }

  @Test
  void aRegionWhereEveryCallIsDeniedFailsAndWritesNothing() throws IOException {
    try (FakeAws fake = Scenarios.CALLER.fake()) {
      for (Ec2Call c : Ec2Calls.ALL) {
        if (!c.perParent()) fake.deny(HUB, E1, c.action().substring(4), "UnauthorizedOperation");
      }
      SnapshotResult r = new LiveSnapshot(Scenarios.CALLER.config(fake), null).run(out);
      RegionOutcome o = outcome(r, HUB, E1);
      assertThat(o.status()).isEqualTo(Status.FAILED);
      assertThat(o.missingActions()).hasSize(14).contains("ec2:DescribeVpcs", "ec2:DescribeVpcEndpoints",
          "ec2:DescribeManagedPrefixLists");
      assertThat(o.detail()).contains("ec2:SearchTransitGatewayRoutes skipped: the TGW route tables could not be read")
          .contains("ec2:GetManagedPrefixListEntries skipped: the prefix lists could not be read");
      assertThat(out.resolve("aws_configs")).doesNotExist();
    }
  }

  @Test
  void assumesTheNamedRoleInEveryAccountButTheCallersOwn() throws IOException {
    try (FakeAws fake = Scenarios.ESTATE.fake()) {
      LiveConfig config = Scenarios.ESTATE.config(fake);
      config = new LiveConfig(config.profile(), config.regions(), false, config.accounts(), "team/NetworkAudit",
          "ext-42", config.endpoint(), null, 2, config.retry(), config.credentials());
      SnapshotResult r = new LiveSnapshot(config, null).run(out);
      var assumed = fake.requests().stream().filter(q -> q.action().equals("AssumeRole")).toList();
      assertThat(assumed).extracting(q -> q.params().get("RoleArn")).containsExactlyInAnyOrder(
          "arn:aws:iam::222222222222:role/team/NetworkAudit", "arn:aws:iam::333333333333:role/team/NetworkAudit");
      assertThat(assumed).allSatisfy(q -> {
        assertThat(q.params()).containsEntry("RoleSessionName", "vpcplan-snapshot").containsEntry("ExternalId", "ext-42");
        assertThat(q.account()).isEqualTo(HUB); // called with the base credentials
      });
      // EC2 calls for 222 were signed with the assumed role's keys, so the fake served 222's data.
      assertThat(fake.requests(APP, E1, "DescribeVpcs")).hasSize(1);
      assertThat(Files.readString(regionDir(APP, E1).resolve("vpcs.json"))).contains("vpc-0220000000000000a");
      assertThat(outcome(r, "333333333333", E1).detail())
          .startsWith("sts:AssumeRole on arn:aws:iam::333333333333:role/team/NetworkAudit denied (AccessDenied");
    }
  }

  @Test
  void withoutAccountsTheCallersAccountComesFromGetCallerIdentity() throws IOException {
    try (FakeAws fake = Scenarios.CALLER.fake()) {
      SnapshotResult r = new LiveSnapshot(Scenarios.CALLER.config(fake), null).run(out);
      assertThat(r.outcomes()).extracting(o -> o.where().toString()).containsExactly("111111111111/us-east-1");
      assertThat(fake.requests()).filteredOn(q -> q.service().equals("sts")).extracting(FakeAws.Request::action)
          .containsExactly("GetCallerIdentity");
    }
  }

  @Test
  void oneNamedAccountWithoutARoleNeedsNoSts() throws IOException {
    try (FakeAws fake = Scenarios.CALLER.fake()) {
      LiveConfig config = Scenarios.CALLER.config(fake).withAccounts(List.of("999999999999"), "");
      SnapshotResult r = new LiveSnapshot(config, null).run(out);
      assertThat(fake.requests()).noneMatch(q -> q.service().equals("sts"));
      assertThat(r.outcomes()).extracting(o -> o.where().toString()).containsExactly("999999999999/us-east-1");
      assertThat(regionDir("999999999999", E1).resolve("vpcs.json")).exists();
    }
  }

  @Test
  void allRegionsAreListedPerAccountWithDescribeRegions() throws IOException {
    try (FakeAws fake = Scenarios.CALLER.fake()) {
      LiveConfig config = Scenarios.base(fake, List.of(E1)).withAllRegions();
      SnapshotResult r = new LiveSnapshot(config, null).run(out);
      assertThat(r.outcomes()).extracting(o -> o.where().toString())
          .containsExactly("111111111111/eu-west-1", "111111111111/us-east-1");
      assertThat(fake.requests(HUB, E1, "DescribeRegions")).hasSize(1);
    }
  }

  @Test
  void deniedDescribeRegionsFailsTheWholeAccount() throws IOException {
    try (FakeAws fake = Scenarios.CALLER.fake().deny(HUB, E1, "DescribeRegions", "UnauthorizedOperation")) {
      LiveConfig config = Scenarios.base(fake, List.of(E1)).withAllRegions();
      SnapshotResult r = new LiveSnapshot(config, null).run(out);
      RegionOutcome o = outcome(r, HUB, AccountRegion.ALL_REGIONS);
      assertThat(o.status()).isEqualTo(Status.FAILED);
      assertThat(o.missingActions()).containsExactly("ec2:DescribeRegions");
    }
  }

  @Test
  void truncatedRouteSearchIsWrittenButReportedPartial() throws IOException {
    try (FakeAws fake = new FakeAws("truncated")) {
      SnapshotResult r = new LiveSnapshot(Scenarios.base(fake, List.of(E1)), null).run(out);
      RegionOutcome o = outcome(r, HUB, E1);
      assertThat(o.status()).isEqualTo(Status.PARTIAL);
      assertThat(o.detail()).contains("tgw-rtb-0big returned only the first 1 routes (AdditionalRoutesAvailable)");
      assertThat(o.counts()).containsEntry("TransitGatewayRouteTableRoutes", 1);
    }
  }

  @Test
  void actionsTheEndpointDoesNotImplementAreSkipped() throws IOException {
    try (FakeAws fake = Scenarios.CALLER.fake().deny(HUB, E1, "DescribeVpcEndpointServiceConfigurations", "InvalidAction")) {
      SnapshotResult r = new LiveSnapshot(Scenarios.CALLER.config(fake), null).run(out);
      RegionOutcome o = outcome(r, HUB, E1);
      assertThat(o.status()).isEqualTo(Status.PARTIAL);
      assertThat(o.missingActions()).isEmpty();
      assertThat(o.detail()).startsWith("ec2:DescribeVpcEndpointServiceConfigurations not supported by the endpoint");
    }
  }

  @Test
  void staleFilesOfAnEarlierSnapshotAreRemovedOthersKept() throws IOException {
    Path dir = regionDir(APP, W1);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("vpcs.json"), "{\"Vpcs\": [{\"VpcId\": \"vpc-old\"}]}");
    Files.writeString(dir.resolve("notes.txt"), "mine");
    try (FakeAws fake = Scenarios.ESTATE.fake()) {
      new LiveSnapshot(Scenarios.ESTATE.config(fake), null).run(out);
    }
    assertThat(dir.resolve("vpcs.json")).doesNotExist(); // DescribeVpcs was denied this time
    assertThat(dir.resolve("notes.txt")).hasContent("mine");
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void outputIsTheSameWhateverTheParallelism() throws IOException {
    Path one = out.resolve("one");
    Path many = out.resolve("many");
    try (FakeAws fake = Scenarios.ESTATE.fake()) {
      new LiveSnapshot(Scenarios.ESTATE.config(fake).withParallelism(1), null).run(one);
    }
    try (FakeAws fake = Scenarios.ESTATE.fake()) {
      new LiveSnapshot(Scenarios.ESTATE.config(fake).withParallelism(16), null).run(many);
    }
    List<String> files = SnapshotGoldenTest.files(one);
    assertThat(SnapshotGoldenTest.files(many)).isEqualTo(files);
    for (String f : files) assertThat(Files.readString(many.resolve(f))).isEqualTo(Files.readString(one.resolve(f)));
  }

  @Test
  void progressSeesBothPhases() throws IOException {
    var seen = new java.util.concurrent.CopyOnWriteArrayList<String>();
    ProgressListener p = new ProgressListener() {
      @Override
      public void phase(String name, int total) {
        seen.add(name + "=" + total);
      }

      @Override
      public void step(boolean ok) {
        seen.add(ok ? "+" : "-");
      }
    };
    try (FakeAws fake = Scenarios.ESTATE.fake()) {
      new LiveSnapshot(Scenarios.ESTATE.config(fake), p).run(out);
    }
    assertThat(seen).startsWith("accounts=3").contains("account-regions=4");
    assertThat(seen.stream().filter(s -> s.equals("+") || s.equals("-"))).hasSize(7);
  }

  @Test
  void anUnreachableEndpointFailsTheRegionNotTheRun() throws IOException {
    URI dead;
    try (ServerSocket s = new ServerSocket(0)) {
      dead = URI.create("http://127.0.0.1:" + s.getLocalPort());
    }
    LiveConfig config = Scenarios.base(null, List.of(E1)).withEndpoints(dead, null).withAccounts(List.of(HUB), "")
        .withRetry(RetrySettings.fast(2));
    SnapshotResult r = new LiveSnapshot(config, null).run(out);
    RegionOutcome o = outcome(r, HUB, E1);
    assertThat(o.status()).isEqualTo(Status.FAILED);
    assertThat(o.detail()).startsWith("ec2:DescribeVpcs failed, region abandoned (Unable to execute HTTP request");
  }

  @Test
  void withoutStsTheCallersAccountCannotBeNamed() throws IOException {
    URI dead;
    try (ServerSocket s = new ServerSocket(0)) {
      dead = URI.create("http://127.0.0.1:" + s.getLocalPort());
    }
    LiveConfig config = Scenarios.base(null, List.of(E1)).withEndpoints(dead, null).withRetry(RetrySettings.fast(1));
    assertThatThrownBy(() -> new LiveSnapshot(config, null).run(out)).isInstanceOf(RunFailedException.class)
        .hasMessageContaining("cannot tell which account the credentials belong to")
        .hasMessageContaining("--accounts ACCOUNT");
  }

  @Test
  void countsAreSortedByKey() throws IOException {
    try (FakeAws fake = Scenarios.CALLER.fake()) {
      SnapshotResult r = new LiveSnapshot(Scenarios.CALLER.config(fake), null).run(out);
      Map<String, Integer> counts = outcome(r, HUB, E1).counts();
      assertThat(List.copyOf(counts.keySet())).isSorted().hasSize(Ec2Calls.ALL.size() + DxCalls.ALL.size());
    }
  }
}
