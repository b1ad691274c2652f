package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.cost.AwsFacts;
import io.vpcplan.cost.Comparison;
import io.vpcplan.io.JsonText;
import io.vpcplan.model.Design;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.render.ReportData;
import io.vpcplan.testutil.Golden;
import io.vpcplan.topology.Fixtures;
import io.vpcplan.topology.Flow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** compare's text, JSON and report rows when the hairpin and split-TGW apply (a site, two environments, traffic). */
class HybridCompareOutputTest {
  static Comparison.Report report(boolean site) {
    Network n = Fixtures.network().segment("prod", "shared").segment("nonprod", "shared").segment("shared")
        .vpc("prod", "us-east-1", "p1", "prod", "10.0.0.0/20").vpc("prod", "eu-west-1", "p2", "prod", "10.0.16.0/20")
        .vpc("nonprod", "us-east-1", "n1", "nonprod", "10.1.0.0/20").vpc("shared", "us-east-1", "s1", "shared", "10.2.0.0/20")
        .build();
    if (site) {
      n = n.withHybrid(new Hybrid(List.of(new OnPremSite("dc1", List.of(Cidr.parse("192.168.0.0/16")), 65010,
          List.of("prod", "shared"), null)), List.of(), List.of(), List.of(), List.of(), List.of()));
    }
    List<Flow> flows = List.of(new Flow("prod/us-east-1/p1", "shared/us-east-1/s1", 2000),
        new Flow("prod/eu-west-1/p2", "shared/us-east-1/s1", 500));
    return Comparison.compare(n, Design.Connectivity.DEFAULT, AwsFacts.defaults(), flows);
  }

  @Test
  void hairpinAndSplitRowsInTextAndJson() throws Exception {
    Comparison.Report r = report(true);
    String text = CompareOutput.table(4, r, false);
    Golden.check("connectivity/hybrid-site.compare.txt", text);
    Golden.check("connectivity/hybrid-site.compare.json", JsonText.json(CompareOutput.tree(4, r)));
    // split: p1, p2 on the prod TGWs, n1 on nonprod, s1 on both, plus the prod TGWs' peering = 6 attachments
    assertThat(text).containsPattern("split-tgw +0 +6 ").containsPattern("hairpin +0 +0 +0 +3 +0 +488.00 ");
    // hairpin by hand: us-east-1 link 2 x 2000 + 500 = 4500 GB, eu-west-1 500 GB, a 1 Gbps port each (2 x $219.00);
    // data out 2500 GB x $0.02 = $50.00
    assertThat(text).contains("Recommendation: intent-mesh").contains("  - hairpin: $488.00/month (more than intent-mesh)");
    assertThat(JsonText.json(CompareOutput.tree(4, r))).contains("\"dxLinks\"").contains("\"dxTransfer\" : 50.0");
  }

  @Test
  void theReportLeavesNotApplicableDesignsOutOfItsTableAndNamesThem() {
    ReportData.Comparison c = ReportComparison.of(4, report(false));
    assertThat(c.options()).containsExactly("full-mesh", "intent-mesh", "tgw-hub", "hybrid", "split-tgw");
    assertThat(c.title()).contains("Not applicable: hairpin (the design has no on-premises site");
    ReportData.Comparison withSite = ReportComparison.of(4, report(true));
    assertThat(withSite.options()).endsWith("hairpin");
    assertThat(withSite.rows()).extracting(ReportData.Row::metric).contains("busiest Direct Connect link at peak");
  }
}
