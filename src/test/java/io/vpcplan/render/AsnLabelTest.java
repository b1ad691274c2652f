package io.vpcplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.Network;
import io.vpcplan.model.TransitGateway;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An unknown ASN (0: an LZA file without asn) is left out of TGW labels, never drawn as "ASN 0". */
class AsnLabelTest {
  @Test
  void anUnknownAsnIsNotDrawn() {
    Network hub = Fixtures.hub();
    List<TransitGateway> unknown = hub.transitGateways().stream().map(t -> new TransitGateway(t.id(), t.name(), t.account(),
        t.region(), 0, t.defaultAssociation(), t.defaultPropagation(), t.autoAccept(), t.attachments(), t.routeTables(),
        t.location())).toList();
    Network n = new Network(hub.accounts(), hub.vpcs(), unknown, hub.peerings(), hub.endpointServices(), hub.endpoints(),
        hub.ramShares(), hub.segments(), hub.intents());
    for (DiagramView v : List.of(DiagramView.OVERVIEW, DiagramView.SEGMENTS)) {
      String dot = DotWriter.write(n, DiagramOptions.of(v));
      assertThat(dot).as(v.toString()).contains("hub-euw1").doesNotContain("ASN 0").doesNotContain("ASN ");
      assertThat(DotWriter.write(hub, DiagramOptions.of(v))).as("known ASN").containsPattern("ASN [1-9]");
    }
  }
}
