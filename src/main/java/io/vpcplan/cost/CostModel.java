package io.vpcplan.cost;

import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import io.vpcplan.topology.Flow;
import io.vpcplan.topology.TopologyDesign;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Monthly cost of a design: every TGW attachment (VPC, inspection and TGW peering) pays its
 * hourly price; traffic between a peered pair pays cross-AZ transfer in each direction for the
 * share that leaves its AZ (same-AZ is free), or the inter-region rate; traffic through the hub
 * pays TGW data processing once, plus the inter-region rate when it crosses regions. Cross-AZ
 * transfer inside a TGW path is not charged separately (AWS bills the processing instead). VPN
 * and Direct Connect attachments pay their own hourly prices, VPN connections theirs.
 */
public final class CostModel {
  private CostModel() {}

  public static Cost monthly(TopologyDesign d, List<Flow> flows, Facts f) {
    double hours = f.get("prices.hoursPerMonth");
    long vpn = 0;
    long dx = 0;
    for (TransitGateway g : d.network().transitGateways()) {
      for (TgwAttachment a : g.attachments()) {
        if (a.type() == AttachmentType.VPN) vpn++;
        else if (a.type() == AttachmentType.DIRECT_CONNECT) dx++;
      }
    }
    // VPN and Direct Connect attachments have prices of their own; the rest are VPC and peering attachments
    double attach = ((d.counts().attachments() - vpn - dx) * f.get("prices.tgwAttachmentHour")
        + vpn * f.get("prices.tgwVpnAttachmentHour") + dx * f.get("prices.tgwDxAttachmentHour")) * hours;
    double vpnHours = d.network().hybrid().vpnConnections().size() * f.get("prices.vpnConnectionHour") * hours;
    double tgw = 0;
    double peer = 0;
    double inter = 0;
    List<String> notes = new ArrayList<>();
    Map<String, Vpc> index = d.network().vpcIndex();
    for (Flow fl : flows) {
      Vpc a = index.get(fl.from());
      Vpc b = index.get(fl.to());
      if (a == null || b == null) continue;
      boolean sameRegion = a.region().equals(b.region());
      double gb = fl.gbPerMonth();
      if (d.peered().test(a.id(), b.id())) {
        if (sameRegion) peer += gb * (1 - Flow.sameAzShare(a, b)) * 2 * f.get("prices.crossAzPerGb");
        else inter += gb * f.get("prices.interRegionPerGb");
      } else if (d.hasHub()) {
        tgw += gb * f.get("prices.tgwPerGb");
        if (!sameRegion) inter += gb * f.get("prices.interRegionPerGb");
      } else {
        notes.add(String.format(Locale.ROOT, "%.0f GB/month from %s to %s has no path in %s and is not priced",
            gb, a.id(), b.id(), d.name()));
      }
    }
    return new Cost(Cost.round(attach), Cost.round(tgw), Cost.round(peer), Cost.round(inter), Cost.round(vpnHours), 0, 0,
        notes);
  }
}
