package io.vpcplan.cost;

import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.topology.Flow;
import io.vpcplan.topology.HairpinDesigner;
import io.vpcplan.topology.SplitTgwDesigner;
import io.vpcplan.topology.TopologyDesign;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One comparison of the designs of a network, worked out only as far as asked: {@link #pick()}
 * (what every command but compare and report needs) judges the routing of the cheapest candidates
 * only, until one fits; {@link #report()} judges them all. Both see the same designs and agree on
 * the recommended one; routing judged for the pick is not judged again for the report.
 */
public final class Comparing {
  private final Network network;
  private final Design.Connectivity options;
  private final Facts facts;
  private final List<Flow> flows;
  private final List<TopologyDesign> designs = new ArrayList<>();
  private final Map<TopologyDesign, List<String>> gaps = new IdentityHashMap<>();
  private Comparison.Report report;
  private TopologyDesign picked;
  private List<PrivateLinkAdvice> privateLink;

  public Comparing(Network network, Design.Connectivity options, Facts facts, List<Flow> flows) {
    this.network = network;
    this.options = options;
    this.facts = facts;
    this.flows = flows;
    // the designers are pure and independent: built side by side (10,000 VPCs: 1.5 s of CPU in all), kept in order
    designs.addAll(Comparison.designers(facts, flows).parallelStream().map(d -> d.design(network, options)).toList());
  }

  /** The recommended design, as {@link Recommender} picks it from the full report. */
  public TopologyDesign pick() {
    if (picked == null) picked = choose();
    return picked;
  }

  private TopologyDesign choose() {
    if (report != null) return named(report.recommendation().design());
    List<Candidate> fit = new ArrayList<>();
    for (TopologyDesign td : designs) {
      if (!Comparison.excluded(td, network).isEmpty() || !inspectionUnmet(td).isEmpty()) continue;
      if (unintended(td) > 0 || !violations(td).isEmpty()) continue;
      Carriage.Result carried = Carriage.flows(td, flows);
      if (!carried.unmet().isEmpty()) continue;
      fit.add(new Candidate(td, CostModel.monthly(td, carried.carried(), facts).total()));
    }
    // the order Recommender sorts eligible designs in (stable: ties keep the designers' order)
    fit.sort(Comparator.comparingDouble(Candidate::cost).thenComparingInt(c -> Recommender.rank(c.design().name())));
    for (Candidate c : fit) if (gaps(c.design()).isEmpty()) return c.design();
    return named(report().recommendation().design()); // nothing fits: the fallback weighs every design's problems
  }

  /** The PrivateLink advice between overlapping VPCs: worked out once, for the report and for the connected network. */
  public List<PrivateLinkAdvice> privateLink() {
    if (privateLink == null) privateLink = PrivateLinkAdvisor.advise(network, facts);
    return privateLink;
  }

  public Comparison.Report report() {
    if (report == null) report = build();
    return report;
  }

  private record Candidate(TopologyDesign design, double cost) {}

  private TopologyDesign named(String name) {
    for (TopologyDesign td : designs) if (td.name().equals(name)) return td;
    throw new IllegalStateException("no design named " + name);
  }

  private List<String> gaps(TopologyDesign td) {
    return gaps.computeIfAbsent(td, Carriage::gaps);
  }

  private List<String> inspectionUnmet(TopologyDesign td) {
    if (options.inspection() && (!td.hasHub() || td.name().equals(SplitTgwDesigner.NAME))) {
      return List.of("the design asks for centralized inspection (connectivity.inspection), which only the hub designs provide");
    }
    return List.of();
  }

  private long unintended(TopologyDesign td) {
    if (!td.name().equals("full-mesh")) return 0;
    Optional<TopologyDesign> intentMesh = designs.stream().filter(d -> d.name().equals("intent-mesh")).findFirst();
    return intentMesh.map(m -> Math.max(0, td.counts().peerings() - m.counts().peerings())).orElse(0L);
  }

  private List<QuotaViolation> violations(TopologyDesign td) {
    List<QuotaViolation> violations = new ArrayList<>(QuotaCheck.check(td.counts(), facts));
    violations.addAll(HybridQuotaCheck.check(td.network(), facts));
    return violations;
  }

  private Comparison.Report build() {
    List<DesignSummary> out = new ArrayList<>();
    for (TopologyDesign td : designs) {
      String excluded = Comparison.excluded(td, network);
      if (excluded.startsWith(DesignSummary.NOT_APPLICABLE)) {
        out.add(new DesignSummary(td.name(), td, td.counts(), new Cost(0, 0, 0, 0, List.of()), List.of(), 0, List.of(),
            List.of(), excluded, List.of()));
        continue;
      }
      List<String> unmet = new ArrayList<>(inspectionUnmet(td));
      Carriage.Result carried = Carriage.flows(td, flows);
      unmet.addAll(gaps(td));
      unmet.addAll(carried.unmet());
      List<QuotaViolation> violations = violations(td);
      if (td.name().equals(HairpinDesigner.NAME)) {
        List<Flow> onPrem = Comparison.hairpinCarried(network, flows, unmet);
        HairpinCost.Result h = HairpinCost.of(td, onPrem, facts);
        out.add(new DesignSummary(td.name(), td, td.counts(), h.cost(), violations, 0, unmet, td.notes(), excluded, h.links()));
        continue;
      }
      out.add(new DesignSummary(td.name(), td, td.counts(), CostModel.monthly(td, carried.carried(), facts),
          violations, unintended(td), unmet, td.notes()));
    }
    Recommendation rec = Recommender.recommend(out, network.vpcs().size());
    return new Comparison.Report(out, rec, privateLink(), Crossover.table(facts, 2, 200), facts,
        flows);
  }
}
