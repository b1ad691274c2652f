package io.vpcplan.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DotWriterTest {
  @Test
  void sameNetworkInAnyOrderGivesTheSameBytes() {
    Network hub = Fixtures.hub();
    List<Vpc> shuffled = new ArrayList<>(hub.vpcs());
    Collections.shuffle(shuffled, new Random(7));
    List<io.vpcplan.model.TransitGateway> tgws = new ArrayList<>(hub.transitGateways());
    Collections.reverse(tgws);
    Network reordered = new Network(hub.accounts(), shuffled, tgws, hub.peerings(), hub.endpointServices(),
        hub.endpoints(), hub.ramShares(), hub.segments(), hub.intents());
    for (DiagramView v : List.of(DiagramView.OVERVIEW, DiagramView.SEGMENTS, DiagramView.CONFLICTS,
        DiagramView.account("legacy"))) {
      assertThat(DotWriter.write(reordered, DiagramOptions.of(v))).isEqualTo(DotWriter.write(hub, DiagramOptions.of(v)));
    }
  }

  @Test
  void overlapsAreRedAndPrivateLinkIsDashedFromConsumerToService() {
    String dot = DotWriter.write(Fixtures.hub(), DiagramOptions.of(DiagramView.OVERVIEW));
    assertThat(dot).contains("\"v:vpc-oldcrm\" -> \"v:vpc-payapi\" [color=\"" + Style.CONFLICT + "\"")
        .contains("xlabel=\"10.1.0.0/16 contains 10.1.128.0/17\"")
        .contains("\"v:vpc-payapi\" -> \"v:vpc-lake\" [color=\"" + Style.PRIVATELINK + "\", style=\"dashed\"");
    // the AWS service endpoint (s3) has no endpoint service in the network and is not drawn
    assertThat(dot).doesNotContain("s3");
  }

  @Test
  void attachmentsEndAtTheRouteTableTheyAreAssociatedWith() {
    String dot = DotWriter.write(Fixtures.hub(), DiagramOptions.of(DiagramView.OVERVIEW));
    // route tables sorted by name: nonprod=rt0, prod=rt1, shared=rt2
    assertThat(dot).contains("\"t:tgw-use1\":\"rt1\" -> \"v:vpc-payapi\"")
        .contains("\"t:tgw-use1\":\"rt0\" -> \"v:vpc-dev1\"");
  }

  @Test
  void aggregatedOverviewCountsVpcsPerAccount() {
    String dot = DotWriter.write(Fixtures.hub(), new DiagramOptions(DiagramView.OVERVIEW, 3, ""));
    assertThat(dot).contains("\"a:us-east-1/legacy\"").contains("1 VPC\\n").contains("1 in conflict")
        .doesNotContain("\"v:vpc-payapi\"");
    // two overlapping pairs between legacy and payments, each in its own region
    assertThat(dot).contains("\"a:eu-west-1/legacy\" -> \"a:eu-west-1/payments\"");
  }

  @Test
  void conflictsViewShowsOnlyCollidingVpcs() {
    String dot = DotWriter.write(Fixtures.hub(), DiagramOptions.of(DiagramView.CONFLICTS));
    assertThat(dot).contains("v:vpc-oldcrm").contains("v:vpc-payeu").doesNotContain("v:vpc-lake")
        .doesNotContain("t:tgw-use1");
  }

  @Test
  void unknownAccountNamesTheAccountsThatExist() {
    assertThatThrownBy(() -> DotWriter.write(Fixtures.hub(), DiagramOptions.of(DiagramView.account("payment"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no VPCs in account 'payment'")
        .hasMessageContaining("payments");
  }

  @Test
  void accountViewMatchesAccountIdToo() {
    String byId = DotWriter.write(Fixtures.hub(), DiagramOptions.of(DiagramView.account("222222222222")));
    assertThat(byId).contains("pay-api").contains("us-east-1a").contains("10.1.240.0/28");
  }

  @Test
  void labelsAreEscaped() {
    assertThat(Dot.quote("a \"b\"\\c\nd")).isEqualTo("\"a \\\"b\\\"\\\\c\\nd\"");
    assertThat(Dot.html("<&>\"")).isEqualTo("&lt;&amp;&gt;&quot;");
  }

  @Test
  void viewsParse() {
    assertThat(DiagramView.parse("account payments-prod")).isEqualTo(DiagramView.account("payments-prod"));
    assertThat(DiagramView.parse("account:x")).isEqualTo(DiagramView.account("x"));
    assertThat(DiagramView.parse("Segments")).isEqualTo(DiagramView.SEGMENTS);
    assertThatThrownBy(() -> DiagramView.parse("account")).hasMessageContaining("needs an account name");
    assertThatThrownBy(() -> DiagramView.parse("map")).hasMessageContaining("use overview, segments");
  }

  @Test
  void veryManyAccountsAreGroupedBySegmentWhenThereIsNoOu() {
    List<Vpc> vpcs = new ArrayList<>();
    for (int i = 0; i < 140; i++) {
      vpcs.add(Fixtures.vpc("vpc-" + i, "v" + i, "acct" + (i / 2), "us-east-1", i % 3 == 0 ? "prod" : "dev",
          io.vpcplan.model.Origin.PLANNED, "10." + (i / 256) + "." + (i % 256) + ".0/24"));
    }
    Network n = Network.ofVpcs(vpcs);
    String dot = DotWriter.write(n, DiagramOptions.of(DiagramView.OVERVIEW));
    assertThat(dot).contains("\"a:us-east-1/segment prod\"").contains("segment dev\\n70 accounts\\n93 VPCs")
        .doesNotContain("a:us-east-1/acct1\"");
    // 70 account nodes would be too many; 59 are still drawn one per account
    String fewer = DotWriter.write(Network.ofVpcs(vpcs.subList(0, 118)), DiagramOptions.of(DiagramView.OVERVIEW).noAggregate());
    assertThat(fewer).contains("\"v:vpc-0\"");
    String perAccount = DotWriter.write(Network.ofVpcs(vpcs.subList(0, 118)), new DiagramOptions(DiagramView.OVERVIEW, 100, ""));
    assertThat(perAccount).contains("\"a:us-east-1/acct1\"");
  }
}
