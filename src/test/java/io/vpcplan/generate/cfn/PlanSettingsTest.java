package io.vpcplan.generate.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.model.InputException;
import io.vpcplan.model.NatGateways;
import io.vpcplan.model.Network;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpcGateways;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Design keys tags and connectivity.natGateways reach the planned network and its templates. */
class PlanSettingsTest {
  @TempDir Path dir;

  private Path design(String natLine, String extra) throws IOException {
    String text = Files.readString(Path.of("designs/startup.yaml"))
        .replace("connectivity:\n  networkAccount: network\n", "connectivity:\n  networkAccount: network\n" + natLine)
        .replace("name: startup\n", "name: startup\ntags: {cost-center: \"1234\", owner: netops}\n")
        .replace("    environment: prod\n", "    environment: prod\n    tags: {owner: prod-team}\n" + extra);
    Path p = dir.resolve("startup.yaml");
    Files.writeString(p, text);
    return p;
  }

  private static Network load(Path p) {
    return SourcePipeline.load(SourceRequest.of(List.of(p))).network();
  }

  @Test
  void tagsAndNatLayoutReachTheNetwork() throws IOException {
    Network n = load(design("  natGateways: single\n", ""));
    assertThat(n.tags()).isEqualTo(Map.of("cost-center", "1234", "owner", "netops"));
    assertThat(n.natGateways()).isEqualTo(NatGateways.SINGLE);
    Vpc prod = n.vpc("prod/us-east-1/app").orElseThrow();
    assertThat(prod.effectiveTags(n)).containsEntry("owner", "prod-team").containsEntry("cost-center", "1234");
    String vpcs = new CloudFormationGenerator().generate(n, new GenerateOptions("startup", false)).files()
        .get("prod/us-east-1/vpcs.yaml");
    assertThat(vpcs).contains("Value: prod-team").contains("AppNatGatewayUsEast1a").doesNotContain("AppNatGatewayUsEast1b");
  }

  @Test
  void defaultIsOneNatPerAzAndNoneMeansNoInternetRouteForPrivateTiers() throws IOException {
    Vpc v = load(design("", "")).vpc("dev/us-east-1/app").orElseThrow();
    assertThat(VpcGateways.of(v, NatGateways.PER_AZ).natGateways()).hasSize(3);
    VpcGateways none = VpcGateways.of(v, NatGateways.NONE);
    assertThat(none.natGateways()).isEmpty();
    assertThat(none.hasInternetGateway()).isTrue();
    assertThat(none.routeTables()).flatMap(t -> t.routes()).noneMatch(r -> r.targetType() == RouteTarget.NAT_GATEWAY);
    // every subnet lands in exactly one deployed table
    List<String> associated = none.routeTables().stream().flatMap(t -> t.subnetIds().stream()).sorted().toList();
    assertThat(associated).isEqualTo(v.subnets().stream().map(s -> s.key()).sorted().toList());
  }

  @Test
  void aWrongNatLayoutSaysWhereAndWhatIsAllowed() throws IOException {
    Path p = design("  natGateways: per-vpc\n", "");
    assertThatThrownBy(() -> load(p)).isInstanceOf(InputException.class)
        .hasMessageContaining("startup.yaml:").hasMessageContaining("per-az, single, none");
  }

  @Test
  void reservedTagKeysAreRefused() throws IOException {
    Path p = design("", "").getParent().resolve("bad.yaml");
    Files.writeString(p, Files.readString(dir.resolve("startup.yaml")).replace("owner: netops", "\"vpcplan:id\": x"));
    assertThatThrownBy(() -> load(p)).isInstanceOf(InputException.class).hasMessageContaining("set by vpcplan itself");
  }
}
