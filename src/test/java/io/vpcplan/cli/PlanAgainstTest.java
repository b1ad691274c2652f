package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vpcplan.cidr.Cidr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan --against: allocate around an estate, report collisions, and recognise the plan's own deployed VPCs. */
class PlanAgainstTest {
  @TempDir Path dir;

  static final String DESIGN = """
      pools: [{name: main, cidr: 10.0.0.0/14}]
      regions: [{name: us-east-1, azs: 2}]
      profiles:
        p:
          tiers: [{name: app, hosts: 200}]
      accounts:
        - name: a
          id: "111111111111"
          vpcs:
            - {name: one, region: us-east-1, profile: p}
            - {name: two, region: us-east-1, profile: p}
      """;

  private Path estate(String... vpcs) throws IOException {
    Path region = dir.resolve("estate/aws_configs/222222222222/us-east-1");
    Files.createDirectories(region);
    StringBuilder sb = new StringBuilder("{\"Vpcs\": [");
    for (int i = 0; i < vpcs.length; i++) {
      String[] p = vpcs[i].split(" ");
      sb.append(i == 0 ? "" : ",").append("{\"VpcId\": \"vpc-").append(i).append("\", \"OwnerId\": \"").append(p[0])
          .append("\", \"CidrBlock\": \"").append(p[1]).append("\", \"State\": \"available\", \"CidrBlockAssociationSet\": [")
          .append("{\"CidrBlock\": \"").append(p[1]).append("\", \"CidrBlockState\": {\"State\": \"associated\"}}]}");
    }
    Files.writeString(region.resolve("vpcs.json"), sb.append("]}").toString());
    return dir.resolve("estate");
  }

  private List<Cidr> plannedBlocks(String json) throws IOException {
    List<Cidr> out = new ArrayList<>();
    for (JsonNode v : new ObjectMapper().readTree(json).get("vpcs")) out.add(Cidr.parse(v.get("cidrs").get(0).asText()));
    return out;
  }

  @Test
  void allocatesAroundTheEstate() throws IOException {
    Path design = dir.resolve("d.yaml");
    Files.writeString(design, DESIGN);
    Path est = estate("222222222222 10.0.0.0/16", "222222222222 10.1.0.0/17", "222222222222 10.2.0.0/24");
    CliRunner.Result r = CliRunner.run("plan", design.toString(), "--against", est.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    for (Cidr c : plannedBlocks(r.out())) {
      for (String taken : List.of("10.0.0.0/16", "10.1.0.0/17", "10.2.0.0/24")) {
        assertThat(c.overlaps(Cidr.parse(taken))).as("%s vs %s", c, taken).isFalse();
      }
    }
    assertThat(r.out()).contains("\"collisions\" : [ ]");
  }

  @Test
  void pinnedCollisionIsReportedAndNothingIsWritten() throws IOException {
    Path design = dir.resolve("d.yaml");
    Files.writeString(design, DESIGN.replace("{name: one, region: us-east-1, profile: p}",
        "{name: one, region: us-east-1, profile: p, cidr: 10.0.16.0/20}"));
    Path est = estate("222222222222 10.0.0.0/16");
    CliRunner.Result r = CliRunner.run("plan", design.toString(), "--against", est.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("Collisions with the existing estate").contains("pinned 10.0.16.0/20").contains("vpc-0");
    assertThat(r.err()).contains("nothing written");
    assertThat(dir.resolve("d.lock.json")).doesNotExist();
  }

  @Test
  void theDesignsOwnDeployedVpcsAreNotCollisions() throws IOException {
    Path design = dir.resolve("d.yaml");
    Files.writeString(design, DESIGN);
    CliRunner.Result first = CliRunner.run("plan", design.toString(), "--format", "json");
    List<Cidr> blocks = plannedBlocks(first.out());
    // the estate is what the plan created, in account 111111111111, plus one foreign VPC
    Path region = dir.resolve("estate/aws_configs/111111111111/us-east-1");
    Files.createDirectories(region);
    Files.writeString(region.resolve("vpcs.json"), "{\"Vpcs\": [" + vpcJson("vpc-a", blocks.get(0)) + ","
        + vpcJson("vpc-b", blocks.get(1)) + "]}");
    CliRunner.Result again = CliRunner.run("plan", design.toString(), "--against", dir.resolve("estate").toString());
    assertThat(again.code()).as(again.err() + again.out()).isZero();
    assertThat(again.out()).contains("0 added, 2 kept").doesNotContain("Collisions");
  }

  private static String vpcJson(String id, Cidr c) {
    return "{\"VpcId\": \"" + id + "\", \"OwnerId\": \"111111111111\", \"CidrBlock\": \"" + c + "\", \"State\": \"available\"}";
  }
}
