package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectivityCliTest {
  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void sixtyVpcsAllToAllRecommendsTheHubForTheQuotas() {
    Result r = run("compare", "designs/conn-60-vpc-all-to-all.yaml", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"design\" : \"tgw-hub\"").contains("\"peerings\" : 1770")
        .contains("\"quota\" : \"quotas.peeringsPerVpc\"").contains("\"quota\" : \"quotas.routesPerRouteTable\"");
  }

  @Test
  void fourVpcsRecommendPeeringForCost() {
    Result r = run("compare", "designs/conn-4-vpc-peering.yaml");
    assertThat(r.out()).contains("Recommendation: intent-mesh").contains("tgw-hub: fits, but costs $166.00/month");
  }

  @Test
  void meshCountsOfTheIssue() {
    assertThat(run("compare", "designs/conn-5-vpc-mesh.yaml", "--format", "json").out()).contains("\"peerings\" : 10,");
    assertThat(run("compare", "designs/conn-10-vpc-mesh.yaml", "--format", "json").out()).contains("\"peerings\" : 45,");
  }

  @Test
  void acquiredOverlapGetsPrivateLinkOneWayAndNotTwoWay() {
    Result r = run("compare", "designs/conn-acquired-overlap.yaml");
    assertThat(r.out()).contains("PrivateLink: endpoint service behind an NLB in 500000000001/us-east-1/acquired-app (TCP 443)")
        .contains("not PrivateLink: traffic is two-way").contains("10.0.0.0/16");
  }

  @Test
  void reachExitsOneOnGapsAndZeroWhenExact() {
    assertThat(run("reach", "designs/conn-acquired-overlap.yaml").code()).isEqualTo(1);
    assertThat(run("reach", "designs/conn-segmented-hub.yaml").code()).isZero();
  }

  @Test
  void reachPrintsThePathOfOnePair() {
    Result r = run("reach", "designs/conn-segmented-hub.yaml", "--topology", "tgw-hub",
        "--from", "nonprod/us-east-1/web", "--to", "nonprod/eu-west-1/web");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("(intended)").contains("tgw-attach/peering/eu-west-1--us-east-1")
        .contains("ends in nonprod/eu-west-1/web");
    Result iso = run("reach", "designs/conn-segmented-hub.yaml", "--topology", "tgw-hub",
        "--from", "prod/us-east-1/web", "--to", "nonprod/us-east-1/web");
    assertThat(iso.code()).isZero();
    assertThat(iso.out()).contains("(not intended)").contains("blackholes");
  }

  @Test
  void unknownOverrideKeyIsALocatedErrorWithASuggestion(@TempDir Path dir) throws IOException {
    String design = Files.readString(Path.of("designs/conn-4-vpc-peering.yaml")) + "quotas:\n  peeringPerVpc: 125\n";
    Path f = dir.resolve("d.yaml");
    Files.writeString(f, design);
    Result r = run("compare", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(f + ":").contains("quotas.peeringPerVpc").contains("did you mean 'peeringsPerVpc'?");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }

  @Test
  void raisedQuotasMakeTheMeshFitAgain(@TempDir Path dir) throws IOException {
    String design = Files.readString(Path.of("designs/conn-60-vpc-all-to-all.yaml"))
        + "quotas:\n  peeringsPerVpc: 125\n  routesPerRouteTable: 100\n";
    Path f = dir.resolve("d.yaml");
    Files.writeString(f, design);
    Result r = run("compare", f.toString(), "--format", "json");
    assertThat(r.out()).contains("\"design\" : \"intent-mesh\"").contains("design override");
  }

  @Test
  void trafficFileReplacesIntentTraffic(@TempDir Path dir) throws IOException {
    Path t = dir.resolve("traffic.yaml");
    Files.writeString(t, "flows:\n  - {from: api, to: db, gbPerMonth: 100000}\n");
    Result r = run("compare", "designs/conn-4-vpc-peering.yaml", "--traffic", t.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"gbPerMonth\" : 100000.0");
    Files.writeString(t, "flows:\n  - {from: apii, to: db, gbPerMonth: 1}\n");
    Result bad = run("compare", "designs/conn-4-vpc-peering.yaml", "--traffic", t.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("traffic.yaml:2:").contains("did you mean 'api'?");
  }

  @Test
  void reachRejectsHalfAPair() {
    Result r = run("reach", "designs/conn-4-vpc-peering.yaml", "--from", "web/us-east-1/api");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--to").contains("give --from and --to together");
  }
}
