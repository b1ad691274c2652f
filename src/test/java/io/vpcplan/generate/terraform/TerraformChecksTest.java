package io.vpcplan.generate.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.generate.Names;
import io.vpcplan.model.Network;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** References resolve and the security properties hold on every design; each check can fail. */
class TerraformChecksTest {
  static Stream<String> designs() throws IOException {
    return TfDesigns.names();
  }

  static Set<String> publicSubnets(Network n) {
    return n.vpcs().stream().flatMap(v -> v.subnets().stream()).filter(Subnet::isPublic)
        .map(s -> Names.snake(s.key())).collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void everyReferenceResolvesAndSecurityHolds(String design) {
    Network n = TfDesigns.network(design);
    Map<String, String> files = TfDesigns.files(n, design);
    assertThat(TfCheck.unresolved(files)).isEmpty();
    assertThat(TfCheck.security(files, publicSubnets(n))).isEmpty();
    assertThat(TfCheck.resources(files)).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void inputOrderDoesNotChangeOutput(String design) {
    Network n = TfDesigns.network(design);
    List<Vpc> vpcs = new ArrayList<>(n.vpcs());
    Collections.reverse(vpcs);
    List<io.vpcplan.model.Peering> peerings = new ArrayList<>(n.peerings());
    Collections.reverse(peerings);
    List<io.vpcplan.model.TransitGateway> tgws = new ArrayList<>(n.transitGateways());
    Collections.reverse(tgws);
    Network shuffled = n.withVpcs(vpcs).withTopology(tgws, peerings, n.ramShares());
    assertThat(TfDesigns.files(shuffled, design)).isEqualTo(TfDesigns.files(n, design));
  }

  private static Map<String, String> hub() {
    return TfDesigns.files("conn-segmented-hub");
  }

  private static Map<String, String> edit(Map<String, String> files, String path, String from, String to) {
    Map<String, String> m = new TreeMap<>(files);
    String text = m.get(path);
    assertThat(text).as(path).contains(from);
    m.put(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    return m;
  }

  @Test
  void aDanglingReferenceIsFound() {
    Map<String, String> bad = edit(hub(), "prod/vpc_us_east_1_web.tf", "vpc_id = aws_vpc.prod_us_east_1_web.id",
        "vpc_id = aws_vpc.prod_us_east_1_nowhere.id");
    assertThat(TfCheck.unresolved(bad)).containsExactly("prod: aws_vpc.prod_us_east_1_nowhere");
    Map<String, String> var = edit(hub(), "prod/vpc_us_east_1_web.tf", "var.transit_gateway_id_tgw_us_east_1",
        "var.undeclared");
    assertThat(TfCheck.unresolved(var)).containsExactly("prod: var.undeclared");
  }

  /** The DX attachment is read through a data source: a reference to one not declared is found too. */
  @Test
  void aDanglingDataSourceReferenceIsFound() {
    Map<String, String> files = TfDesigns.files("hybrid-dc");
    assertThat(TfCheck.unresolved(files)).isEmpty();
    Map<String, String> bad = edit(files, "network/transit_gateway_us_east_1.tf",
        "data.aws_ec2_transit_gateway_dx_gateway_attachment.tgw_attach_dxgw_dc1_us_east_1.id",
        "data.aws_ec2_transit_gateway_dx_gateway_attachment.nowhere.id");
    assertThat(TfCheck.unresolved(bad)).containsExactly("network: data.aws_ec2_transit_gateway_dx_gateway_attachment.nowhere");
  }

  @Test
  void tgwDefaultAssociationIsFound() {
    Network n = TfDesigns.network("conn-segmented-hub");
    Map<String, String> bad = edit(hub(), "network/transit_gateway_us_east_1.tf",
        "default_route_table_association = \"disable\"", "default_route_table_association = \"enable\"");
    assertThat(TfCheck.security(bad, publicSubnets(n))).singleElement().asString().contains("default_route_table_association");
  }

  @Test
  void ramShareOpenToExternalPrincipalsIsFound() {
    Network n = TfDesigns.network("conn-segmented-hub");
    Map<String, String> bad = edit(hub(), "network/ram.tf", "allow_external_principals = false",
        "allow_external_principals = true");
    assertThat(TfCheck.security(bad, publicSubnets(n))).singleElement().asString().contains("allow_external_principals");
  }

  @Test
  void internetRouteFromAPrivateSubnetIsFound() {
    Network n = TfDesigns.network("startup");
    String path = "dev/vpc_us_east_1_app.tf";
    Map<String, String> bad = edit(TfDesigns.files(n, "startup"), path,
        "subnet_id      = aws_subnet.dev_us_east_1_app_public_a.id", "subnet_id      = aws_subnet.dev_us_east_1_app_app_a.id");
    assertThat(TfCheck.security(bad, publicSubnets(n))).singleElement().asString().contains("non-public subnet dev_us_east_1_app_app_a");
  }
}
