package io.vpcplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import io.vpcplan.testutil.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** On-premises sites as their own cluster with their DX (solid) and VPN (dashed) links, and the report's section. */
class OnPremDiagramTest {
  /** The hub fixture plus a data centre over a 10 Gbps transit VIF and a DX gateway on tgw-use1, with the VPN as backup. */
  static Network hybrid() {
    Network hub = Fixtures.hub();
    List<TransitGateway> tgws = new ArrayList<>();
    for (TransitGateway t : hub.transitGateways()) {
      if (!t.id().equals("tgw-use1")) {
        tgws.add(t);
        continue;
      }
      List<TgwAttachment> atts = new ArrayList<>(t.attachments());
      atts.add(new TgwAttachment("tgw-attach-dx", "tgw-use1", AttachmentType.DIRECT_CONNECT, "dxgw-1", "network", List.of(), false));
      List<TgwRouteTable> tables = new ArrayList<>(t.routeTables());
      tables.add(new TgwRouteTable("tgw-rtb-onprem", "onprem", List.of("tgw-attach-dx"), List.of("tgw-attach-payapi"), List.of()));
      tgws.add(new TransitGateway(t.id(), t.name(), t.account(), t.region(), t.asn(), false, false, false, atts, tables, null));
    }
    OnPremSite dc = new OnPremSite("dc-frankfurt", List.of(Cidr.parse("192.168.0.0/16"), Cidr.parse("172.20.0.0/14")), 65010,
        List.of("prod", "shared"), null);
    Hybrid h = new Hybrid(List.of(dc), List.of(),
        List.of(new VpnConnection("vpn-0dc1", "backup", "network", "us-east-1", "cgw-1", "tgw-use1", "", false, List.of(), 2,
            "dc-frankfurt", null)),
        List.of(),
        List.of(new DxGateway("dxgw-1", "dc-dx", "network", 64900,
            List.of(new DxGateway.Association("tgw-use1", "us-east-1", List.of(Cidr.parse("10.0.0.0/14")))), null)),
        List.of(new VirtualInterface("dxvif-1", "dc-transit", "network", "us-east-1", "transit", "dxgw-1", "", 65010, 100,
            "dxcon-1", 10_000, "dc-frankfurt", null)));
    return hub.withTopology(tgws, hub.peerings(), hub.ramShares()).withHybrid(h);
  }

  @Test
  void sitesAreAClusterWithSolidDxAndDashedVpnLinks() throws Exception {
    String dot = DotWriter.write(hybrid(), DiagramOptions.of(DiagramView.OVERVIEW).withTitle("hybrid · overview"));
    Golden.check("render/hybrid-onprem-overview.dot", dot);
    assertThat(dot).contains("subgraph \"cluster_p:on-premises\"")
        .contains("\"s:dc-frankfurt\" [shape=\"house\"")
        .contains("dc-frankfurt\\nASN 65010\\n192.168.0.0/16\\n172.20.0.0/14")
        .contains("\"dx:dxgw-1\" -> \"s:dc-frankfurt\" [color=\"#8c564b\", style=\"solid\"")
        .contains("label=\"DX transit VIF 10 Gbps\"")
        .contains("label=\"10.0.0.0/14\"")
        .contains("style=\"dashed\"").contains("label=\"VPN 2 × 1.25 Gbps, BGP\"");
    // the DX gateway association lands on the port of the table the DX attachment is associated with
    assertThat(dot).containsPattern("\"dx:dxgw-1\" -> \"t:tgw-use1\":\"rt\\d\"");
    // the VPN and DX attachments are drawn as the site's links, not as anonymous attachment nodes
    assertThat(dot).doesNotContain("o:tgw-attach-vpn").doesNotContain("o:tgw-attach-dx");
  }

  @Test
  void withoutSitesTheAttachmentsStayAsTheyWere() {
    String dot = DotWriter.write(Fixtures.hub(), DiagramOptions.of(DiagramView.OVERVIEW));
    assertThat(dot).contains("o:tgw-attach-vpn").doesNotContain("on-premises");
  }

  @Test
  void theReportListsSitesLinksAndAdvertisedPrefixes() {
    Network n = hybrid();
    String html = HtmlReport.write(new ReportData("hybrid", "fixture", n, List.of(), AddressUse.of(n), Optional.empty(),
        OverlapFindings.of(n), "vpcplan test"));
    assertThat(html).contains("<a href=\"#onprem\">On-premises</a>").contains("<section id=\"onprem\">")
        .contains("<td>dc-frankfurt</td><td class=\"num\">65010</td><td>192.168.0.0/16, 172.20.0.0/14</td><td>prod, shared</td>")
        .contains("<td>dxvif-1</td><td>Direct Connect transit VIF</td><td>dc-frankfurt</td><td>DX gateway dxgw-1</td><td>10 Gbps</td>")
        .contains("<td>vpn-0dc1</td><td>Site-to-Site VPN</td><td>dc-frankfurt</td><td>TGW tgw-use1</td><td>2 tunnels × 1.25 Gbps</td><td>BGP</td>")
        .contains("<td>AWS → on-premises</td><td>dxgw-1 ↔ tgw-use1</td><td class=\"num\">1</td><td>10.0.0.0/14</td>");
    String plain = HtmlReport.write(new ReportData("hub", "fixture", Fixtures.hub(), List.of(), AddressUse.of(Fixtures.hub()),
        Optional.empty(), OverlapFindings.of(Fixtures.hub()), "vpcplan test"));
    assertThat(plain).doesNotContain("id=\"onprem\"");
  }
}
