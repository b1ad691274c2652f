package io.vpcplan.cli;

import io.vpcplan.cost.Comparison;
import io.vpcplan.cost.Crossover;
import io.vpcplan.cost.DesignSummary;
import io.vpcplan.render.ReportData;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The `compare` result as the report's plain comparison rows and growth curves. */
final class ReportComparison {
  private ReportComparison() {}

  static ReportData.Comparison of(int vpcs, Comparison.Report all) {
    // a design that does not apply has no numbers to compare (zeros would look best): it is named in the title instead
    List<DesignSummary> shown = all.designs().stream().filter(d -> !d.notApplicable()).toList();
    List<String> notApplicable = all.designs().stream().filter(DesignSummary::notApplicable)
        .map(d -> d.name() + " (" + d.excluded().substring(DesignSummary.NOT_APPLICABLE.length()) + ")").toList();
    Comparison.Report r = new Comparison.Report(shown, all.recommendation(), all.privateLink(), all.crossover(), all.facts(),
        all.flows());
    List<String> options = r.designs().stream().map(DesignSummary::name).toList();
    List<ReportData.Row> rows = new ArrayList<>();
    rows.add(row(r, "VPC peerings", "", d -> d.counts().peerings()));
    rows.add(row(r, "TGW attachments", "", d -> d.counts().attachments()));
    rows.add(row(r, "transit gateways", "", d -> d.counts().transitGateways()));
    rows.add(row(r, "TGW route tables", "", d -> d.counts().tgwRouteTables()));
    rows.add(row(r, "most peerings on one VPC", "", d -> d.counts().maxPeeringsPerVpc()));
    rows.add(row(r, "most static routes in one VPC route table", "", d -> d.counts().maxVpcRouteTableRoutes()));
    rows.add(row(r, "quota violations", "", d -> d.violations().size()));
    rows.add(row(r, "unintended peered pairs", "", d -> d.unintendedPeerings()));
    rows.add(row(r, "monthly cost", "USD", d -> d.cost().total()));
    if (shown.stream().anyMatch(d -> !d.dxLinks().isEmpty())) {
      rows.add(row(r, "busiest Direct Connect link at peak", "Gbps",
          d -> d.dxLinks().stream().mapToDouble(l -> l.peakGbps()).max().orElse(0)));
    }
    List<double[]> mesh = new ArrayList<>();
    List<double[]> hub = new ArrayList<>();
    for (Crossover.Row c : r.crossover().rows()) {
      mesh.add(new double[] {c.n(), c.peerings()});
      hub.add(new double[] {c.n(), c.hubAttachments()});
    }
    List<ReportData.Curve> curves = List.of(
        new ReportData.Curve("full mesh: peerings", "VPCs", "objects to build", mesh),
        new ReportData.Curve("TGW hub: attachments", "VPCs", "objects to build", hub));
    String rec = r.recommendation().design() + (r.recommendation().reasons().isEmpty() ? ""
        : ": " + String.join("; ", r.recommendation().reasons()));
    String summary = r.crossover().summary();
    summary = summary.isEmpty() ? "" : " " + Character.toUpperCase(summary.charAt(0)) + summary.substring(1) + ".";
    String na = notApplicable.isEmpty() ? "" : " Not applicable: " + String.join("; ", notApplicable) + ".";
    return new ReportData.Comparison(vpcs + " VPCs." + summary + na, options, rows, curves, rec);
  }

  private static ReportData.Row row(Comparison.Report r, String metric, String unit, ToDoubleFunction<DesignSummary> f) {
    return new ReportData.Row(metric, unit, r.designs().stream().map(d -> f.applyAsDouble(d)).toList(), true);
  }
}
