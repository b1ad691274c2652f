package io.vpcplan.generate.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.NatGateways;
import io.vpcplan.model.Network;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * connectivity.natGateways reaches Terraform as it reaches CloudFormation: per-az one NAT gateway
 * per AZ, single one per VPC that every AZ's private table routes to, none no NAT and no default
 * route for private tiers (Terraform made one per AZ whatever the design said).
 */
class TerraformNatModesTest {
  private static final Pattern NAT_ROUTE = Pattern.compile("nat_gateway_id\\s*=\\s*aws_nat_gateway\\.(\\w+)\\.id");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"PER_AZ, 3", "SINGLE, 1", "NONE, 0"})
  void theDesignsNatModeIsWritten(NatGateways mode, int nats) {
    Network n = TfDesigns.network("startup");
    n = n.withSettings(n.tags(), mode);
    String vpc = TfDesigns.files(n, "startup").get("prod/vpc_us_east_1_app.tf");
    assertThat(vpc).as("startup's prod VPC has public and private tiers in 3 AZs").contains("resource \"aws_internet_gateway\"");
    assertThat(count(vpc, "resource \"aws_nat_gateway\"")).isEqualTo(nats);
    java.util.Set<String> targets = new java.util.TreeSet<>();
    Matcher m = NAT_ROUTE.matcher(vpc);
    while (m.find()) targets.add(m.group(1));
    assertThat(targets).hasSize(nats);
    if (nats > 0) assertThat(count(vpc, "nat_gateway_id")).isGreaterThanOrEqualTo(3); // one private table per AZ
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
    return n;
  }
}
