package io.vpcplan.cost;

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
 * transfer inside a TGW path is not charged separately (AWS bills the processing instead).
 */
public final class CostModel {
  private CostModel() {}

  public static Cost monthly(TopologyDesign d, List<Flow> flows, Facts f) {
    double hours = f.get("prices.hoursPerMonth");
    double attach = d.counts().attachments() * f.get("prices.tgwAttachmentHour") * hours;
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
    return new Cost(Cost.round(attach), Cost.round(tgw), Cost.round(peer), Cost.round(inter), notes);
  }
}
