package io.vpcplan.cost;

import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.Vpc;
import io.vpcplan.topology.Flow;
import io.vpcplan.topology.HairpinDesigner;
import io.vpcplan.topology.TopologyDesign;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hairpin's bill and the bandwidth its Direct Connect links need. A flow between VPCs in
 * regions A and B leaves AWS over A's link and comes back over B's (the same link twice when
 * A = B). Every byte leaves AWS once, from its source VPC, and pays Direct Connect data out;
 * the way back in is free. A link's load is the sum of the flows crossing it, both directions
 * together; its peak is the monthly average times {@code prices.peakToAverage}. It gets one 1 Gbps
 * dedicated port when the peak fits, else enough 10 Gbps ports. VGWs, the DX gateway and private
 * virtual interfaces have no charge of their own.
 */
public final class HairpinCost {
  private static final double SECONDS_PER_HOUR = 3600;

  private HairpinCost() {}

  /** One Direct Connect link (a region's private virtual interface to the site) and what it must carry. */
  public record Link(String id, String region, String site, double gbPerMonth, double peakGbps, int ports, int portGbps,
      double monthlyUsd) {}

  public record Result(Cost cost, List<Link> links) {}

  public static Result of(TopologyDesign td, List<Flow> flows, Facts f) {
    double hours = f.get("prices.hoursPerMonth");
    Map<String, Vpc> index = td.network().vpcIndex();
    Map<String, Double> load = new TreeMap<>();
    for (VirtualInterface v : td.network().hybrid().virtualInterfaces()) {
      if (v.id().equals(HairpinDesigner.linkId(v.region()))) load.put(v.region(), 0.0);
    }
    double out = 0;
    List<String> notes = new ArrayList<>();
    for (Flow fl : flows) {
      Vpc a = index.get(fl.from());
      Vpc b = index.get(fl.to());
      if (a == null || b == null || !load.containsKey(a.region()) || !load.containsKey(b.region())) continue;
      load.merge(a.region(), fl.gbPerMonth(), Double::sum);
      load.merge(b.region(), fl.gbPerMonth(), Double::sum);
      out += fl.gbPerMonth();
    }
    String site = td.network().hybrid().virtualInterfaces().stream().map(VirtualInterface::site).findFirst().orElse("");
    List<Link> links = new ArrayList<>();
    double ports = 0;
    for (Map.Entry<String, Double> e : load.entrySet()) {
      double peak = e.getValue() * 8 / (hours * SECONDS_PER_HOUR) * f.get("prices.peakToAverage");
      boolean small = peak <= 1;
      int n = small ? 1 : (int) Math.ceil(peak / 10);
      double usd = n * f.get(small ? "prices.dxPort1GHour" : "prices.dxPort10GHour") * hours;
      ports += usd;
      links.add(new Link(HairpinDesigner.linkId(e.getKey()), e.getKey(), site, e.getValue(), round3(peak), n,
          small ? 1 : 10, Cost.round(usd)));
      notes.add(String.format(Locale.ROOT, "Direct Connect link %s to %s carries %.0f GB/month (%.3f Gbps at peak): %d x %d Gbps port%s, $%.2f/month",
          e.getKey(), site, e.getValue(), round3(peak), n, small ? 1 : 10, n == 1 ? "" : "s", usd));
    }
    double transfer = out * f.get("prices.dxTransferOutPerGb");
    Cost cost = new Cost(0, 0, 0, 0, 0, Cost.round(ports), Cost.round(transfer), notes);
    return new Result(cost, links);
  }

  static double round3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
