package io.vpcplan.cost;

import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.topology.Flow;
import io.vpcplan.topology.FullMeshDesigner;
import io.vpcplan.topology.HubDesigner;
import io.vpcplan.topology.HybridDesigner;
import io.vpcplan.topology.IntentMeshDesigner;
import io.vpcplan.topology.TopologyDesign;
import io.vpcplan.topology.TopologyDesigner;
import java.util.ArrayList;
import java.util.List;

/** Runs the four designers on one network and compares counts, quotas, cost; recommends one. */
public final class Comparison {
  private Comparison() {}

  public record Report(List<DesignSummary> designs, Recommendation recommendation, List<PrivateLinkAdvice> privateLink,
      Crossover.Table crossover, Facts facts, List<Flow> flows) {}

  public static List<TopologyDesigner> designers(Facts f, List<Flow> flows) {
    HubDesigner hub = new HubDesigner();
    HybridDesigner.Rule rule = new HybridDesigner.Rule(f.get("prices.tgwPerGb"), f.get("prices.crossAzPerGb"),
        f.get("prices.interRegionPerGb"), f.get("prices.hybridMinSavingsMonth"), (long) f.get("quotas.peeringsPerVpc"),
        (long) f.get("quotas.routesPerRouteTable"));
    return List.of(new FullMeshDesigner(), new IntentMeshDesigner(), hub, new HybridDesigner(rule, flows, hub));
  }

  public static Report compare(Network network, Design.Connectivity options, Facts facts, List<Flow> flows) {
    List<DesignSummary> out = new ArrayList<>();
    TopologyDesign intentMesh = null;
    List<TopologyDesign> designs = new ArrayList<>();
    for (TopologyDesigner d : designers(facts, flows)) {
      TopologyDesign td = d.design(network, options);
      designs.add(td);
      if (td.name().equals("intent-mesh")) intentMesh = td;
    }
    for (TopologyDesign td : designs) {
      long unintended = 0;
      if (td.name().equals("full-mesh") && intentMesh != null) {
        unintended = Math.max(0, td.counts().peerings() - intentMesh.counts().peerings());
      }
      List<String> unmet = new ArrayList<>();
      if (options.inspection() && !td.hasHub()) {
        unmet.add("the design asks for centralized inspection (connectivity.inspection), which only the hub designs provide");
      }
      Carriage.Result carriage = Carriage.check(td, flows);
      unmet.addAll(carriage.unmet());
      out.add(new DesignSummary(td.name(), td, td.counts(), CostModel.monthly(td, carriage.carried(), facts),
          QuotaCheck.check(td.counts(), facts), unintended, unmet, td.notes()));
    }
    Recommendation rec = Recommender.recommend(out, network.vpcs().size());
    return new Report(out, rec, PrivateLinkAdvisor.advise(network, facts), Crossover.table(facts, 2, 200), facts, flows);
  }
}
