package io.vpcplan.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.aws.fake.CloudResource;
import io.vpcplan.aws.fake.FakeClients;
import io.vpcplan.aws.fake.FakeCloud;
import io.vpcplan.cli.CliRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * apply of mesh designs (small-2x2 as a full mesh: one peering across accounts in one region, one
 * across accounts and regions, one across regions in one account): requested in the requester's
 * account and region, accepted in the accepter's, routed on both sides; a re-run changes nothing;
 * --prune deletes a peering the design no longer has; a peering carrying the plan's tags between
 * other VPCs is drift and is not touched.
 */
class ApplyPeeringTest {
  static final String NETWORK = "111111111111";
  static final String PROD = "222222222222";
  @TempDir Path tmp;

  static List<CloudResource> peerings(FakeCloud cloud) {
    return Stream.of(NETWORK, PROD).flatMap(a -> Stream.of("us-east-1", "eu-west-1")
        .flatMap(r -> cloud.resources(a, r, "vpc-peering-connection").stream())).toList();
  }

  private static long routesTo(FakeCloud cloud, String pcx) {
    return Stream.of(NETWORK, PROD).flatMap(a -> Stream.of("us-east-1", "eu-west-1")
        .flatMap(r -> cloud.resources(a, r, "route-table").stream()))
        .flatMap(t -> Stream.of(t.attr("routes").split(","))).filter(route -> route.endsWith(">" + pcx)).count();
  }

  private static List<FakeCloud.Request> calls(FakeCloud cloud, String action) {
    return cloud.requests().stream().filter(r -> r.action().equals(action)).toList();
  }

  @Test
  void aFullMeshIsRequestedAcceptedAndRoutedOnBothSidesThenAReRunChangesNothing() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp, "small-2x2")) {
      CliRunner.Result dry = env.applyAs("full-mesh");
      assertThat(dry.code()).as(dry.err()).isZero();
      assertThat(dry.out()).contains("+ vpc-peering-connection       pcx/network/us-east-1/edge|prod/eu-west-1/web"
          + "  to prod/eu-west-1/web in account 222222222222 in eu-west-1")
          .doesNotContain("VPC peering connection(s) are not applied");
      CliRunner.Result run = env.applyAs("full-mesh", "--yes");
      assertThat(run.code()).as(run.out() + run.err()).isZero();
      assertThat(env.cloud.duplicates()).isEmpty();
      List<CloudResource> pcx = peerings(env.cloud);
      assertThat(pcx).hasSize(3).allSatisfy(p -> {
        assertThat(p.attr("state")).isEqualTo("active");
        assertThat(p.tag("vpcplan:plan")).isEqualTo("small-2x2");
        assertThat(routesTo(env.cloud, p.id())).as("a route each way to " + p.id()).isGreaterThanOrEqualTo(2);
      });

      // PeerOwnerId only across accounts, PeerRegion only across regions; each accepted where its accepter is
      Map<String, Map<String, String>> byVpc = new java.util.TreeMap<>();
      for (FakeCloud.Request r : calls(env.cloud, "CreateVpcPeeringConnection")) {
        byVpc.put(r.account() + "/" + r.region() + " " + r.params().get("PeerOwnerId") + " " + r.params().get("PeerRegion"),
            r.params());
      }
      assertThat(byVpc).containsOnlyKeys("111111111111/us-east-1 222222222222 eu-west-1",
          "111111111111/us-east-1 222222222222 null", "222222222222/eu-west-1 null us-east-1");
      assertThat(calls(env.cloud, "AcceptVpcPeeringConnection")).extracting(r -> r.account() + "/" + r.region())
          .containsExactlyInAnyOrder("222222222222/eu-west-1", "222222222222/us-east-1", "222222222222/us-east-1");

      int writes = env.cloud.mutatingCount();
      CliRunner.Result again = env.applyAs("full-mesh", "--yes");
      assertThat(again.code()).as(again.err()).isZero();
      assertThat(again.out()).contains("No changes.");
      assertThat(env.cloud.mutatingCount()).as("a re-run writes nothing").isEqualTo(writes);
    }
  }

  @Test
  void pruneDeletesThePeeringTheDesignNoLongerHasAndItsRoutes() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp, "small-2x2")) {
      assertThat(env.applyAs("full-mesh", "--yes").code()).isZero();
      String web = "pcx/prod/eu-west-1/web|prod/us-east-1/web"; // the two prod VPCs: no segment rule joins them
      CliRunner.Result kept = env.applyAs("intent-mesh");
      assertThat(kept.out()).contains("? vpc-peering-connection       " + web).doesNotContain("- vpc-peering");
      CliRunner.Result prune = env.applyAs("intent-mesh", "--yes", "--prune");
      assertThat(prune.code()).as(prune.out() + prune.err()).isZero();
      assertThat(prune.out()).contains("- vpc-peering-connection       " + web).contains("- route");
      assertThat(peerings(env.cloud)).hasSize(2).noneMatch(p -> web.equals(p.tag("vpcplan:id")));
      CliRunner.Result again = env.applyAs("intent-mesh", "--format", "json", "--prune");
      assertThat(again.out()).contains("\"changes\" : [ ]");
    }
  }

  @Test
  void aPeeringWithThePlansTagsBetweenOtherVpcsIsDriftAndIsNotTouched() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp, "small-2x2"); FakeClients c = new FakeClients(env.cloud, 1)) {
      String id = "pcx/network/us-east-1/edge|prod/us-east-1/web";
      Ec2Client ec2 = c.ec2(NETWORK, "us-east-1");
      String a = ec2.createVpc(r -> r.cidrBlock("10.99.0.0/24")).vpc().vpcId();
      String b = ec2.createVpc(r -> r.cidrBlock("10.98.0.0/24")).vpc().vpcId();
      String stray = ec2.createVpcPeeringConnection(r -> r.vpcId(a).peerVpcId(b).tagSpecifications(t -> t
          .resourceType(ResourceType.VPC_PEERING_CONNECTION).tags(Tag.builder().key("vpcplan:plan").value("small-2x2")
              .build(), Tag.builder().key("vpcplan:id").value(id).build()))).vpcPeeringConnection().vpcPeeringConnectionId();
      CliRunner.Result run = env.applyAs("full-mesh", "--yes");
      assertThat(run.out()).contains("Drift apply will not touch").contains("! vpc-peering-connection       " + id)
          .contains(stray + ": vpc is aws:" + a + ", planned network/us-east-1/edge")
          .contains("x vpc-peering-acceptance       accept/" + id);
      assertThat(calls(env.cloud, "AcceptVpcPeeringConnection")).noneMatch(r -> stray.equals(r.params()
          .get("VpcPeeringConnectionId")));
      assertThat(calls(env.cloud, "DeleteVpcPeeringConnection")).isEmpty();
      assertThat(peerings(env.cloud)).filteredOn(p -> p.id().equals(stray)).singleElement()
          .satisfies(p -> assertThat(p.attr("state")).isEqualTo("pending-acceptance"));
      assertThat(peerings(env.cloud)).hasSize(3); // the stray one and the two planned ones it does not stand for
      assertThat(routesTo(env.cloud, stray)).isZero();
    }
  }
}
