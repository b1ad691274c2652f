package io.vpcplan.cli;

import io.vpcplan.cost.Comparison;
import io.vpcplan.cost.Crossover;
import io.vpcplan.cost.DesignSummary;
import io.vpcplan.cost.Fact;
import io.vpcplan.cost.HairpinCost;
import io.vpcplan.cost.PrivateLinkAdvice;
import io.vpcplan.cost.QuotaViolation;
import io.vpcplan.topology.Counts;
import io.vpcplan.topology.Flow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The `compare` report as a JSON tree (the stable contract) and as text tables. */
final class CompareOutput {
  private CompareOutput() {}

  static Map<String, Object> tree(int vpcs, Comparison.Report r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("vpcs", vpcs);
    List<Object> designs = new ArrayList<>();
    for (DesignSummary d : r.designs()) {
      Counts c = d.counts();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", d.name());
      m.put("peerings", c.peerings());
      m.put("attachments", c.attachments());
      m.put("transitGateways", c.transitGateways());
      m.put("tgwRouteTables", c.tgwRouteTables());
      m.put("associations", c.associations());
      m.put("propagations", c.propagations());
      m.put("tgwStaticRoutes", c.tgwStaticRoutes());
      m.put("vpcStaticRoutes", c.vpcStaticRoutes());
      m.put("maxPeeringsPerVpc", c.maxPeeringsPerVpc());
      m.put("maxVpcRouteTableRoutes", c.maxVpcRouteTableRoutes());
      m.put("maxTgwRoutes", c.maxTgwRoutes());
      m.put("monthlyCostUsd", d.cost().total());
      Map<String, Object> cost = new LinkedHashMap<>();
      cost.put("attachmentHours", d.cost().attachmentHours());
      cost.put("tgwProcessing", d.cost().tgwProcessing());
      cost.put("peeringTransfer", d.cost().peeringTransfer());
      cost.put("interRegion", d.cost().interRegion());
      // hybrid line items only where a design has them, so the other designs' output is unchanged
      if (d.cost().vpnHours() != 0) cost.put("vpnHours", d.cost().vpnHours());
      if (d.cost().dxPorts() != 0) cost.put("dxPorts", d.cost().dxPorts());
      if (d.cost().dxTransfer() != 0) cost.put("dxTransfer", d.cost().dxTransfer());
      m.put("cost", cost);
      if (!d.excluded().isEmpty()) {
        m.put("applicable", !d.notApplicable());
        m.put("excluded", d.excluded());
      }
      if (!d.dxLinks().isEmpty()) m.put("dxLinks", dxLinks(d));
      List<Object> vs = new ArrayList<>();
      for (QuotaViolation v : d.violations()) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("quota", v.quota());
        q.put("subject", v.subject());
        q.put("actual", v.actual());
        q.put("limit", v.limit());
        q.put("subjectsOver", v.subjectsOver());
        q.put("beyondMaximum", v.beyondMaximum());
        q.put("message", v.message());
        vs.add(q);
      }
      m.put("quotaViolations", vs);
      m.put("unintendedPeerings", d.unintendedPeerings());
      m.put("unmetRequirements", d.unmet());
      m.put("built", d.design().materialized());
      List<String> notes = new ArrayList<>(d.notes());
      notes.addAll(d.cost().notes());
      m.put("notes", notes);
      designs.add(m);
    }
    root.put("designs", designs);
    Map<String, Object> rec = new LinkedHashMap<>();
    rec.put("design", r.recommendation().design());
    rec.put("reasons", r.recommendation().reasons());
    root.put("recommendation", rec);
    List<Object> pl = new ArrayList<>();
    for (PrivateLinkAdvice a : r.privateLink()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", a.from());
      m.put("to", a.to());
      m.put("service", a.service());
      m.put("protocol", a.protocol());
      m.put("port", a.port());
      m.put("gbPerMonth", a.gbPerMonth());
      m.put("overlaps", a.overlaps());
      m.put("recommended", a.recommended());
      m.put("action", a.action());
      m.put("reason", a.reason());
      m.put("endpointAzs", a.endpointAzs());
      m.put("monthlyCostUsd", a.monthlyCostUsd());
      pl.add(m);
    }
    root.put("privateLink", pl);
    Map<String, Object> cross = new LinkedHashMap<>();
    cross.put("summary", r.crossover().summary());
    cross.put("firstOverQuota", r.crossover().firstOverQuota());
    cross.put("firstImpossible", r.crossover().firstImpossible());
    List<Object> rows = new ArrayList<>();
    for (Crossover.Row row : r.crossover().rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("n", row.n());
      m.put("peerings", row.peerings());
      m.put("peeringsPerVpc", row.peeringsPerVpc());
      m.put("routesPerTable", row.routesPerTable());
      m.put("meshWithinQuotas", row.meshWithinQuotas());
      m.put("meshPossible", row.meshPossible());
      m.put("hubAttachments", row.hubAttachments());
      m.put("hubMonthlyUsd", row.hubMonthlyUsd());
      rows.add(m);
    }
    cross.put("rows", rows);
    root.put("crossover", cross);
    List<Object> traffic = new ArrayList<>();
    for (Flow f : r.flows()) traffic.add(Map.of("from", f.from(), "to", f.to(), "gbPerMonth", f.gbPerMonth()));
    root.put("traffic", traffic.stream().map(o -> new java.util.TreeMap<>((Map<?, ?>) o)).toList());
    List<Object> facts = new ArrayList<>();
    for (Fact f : r.facts().all()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", f.key());
      m.put("value", f.value());
      m.put("unit", f.unit());
      m.put("source", f.source());
      m.put("validAsOf", f.validAsOf());
      facts.add(m);
    }
    root.put("facts", facts);
    return root;
  }

  private static List<Object> dxLinks(DesignSummary d) {
    List<Object> out = new ArrayList<>();
    for (HairpinCost.Link l : d.dxLinks()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", l.id());
      m.put("region", l.region());
      m.put("site", l.site());
      m.put("gbPerMonth", l.gbPerMonth());
      m.put("peakGbps", l.peakGbps());
      m.put("ports", l.ports());
      m.put("portGbps", l.portGbps());
      m.put("monthlyUsd", l.monthlyUsd());
      out.add(m);
    }
    return out;
  }

  static String table(int vpcs, Comparison.Report r, boolean crossover) {
    StringBuilder sb = new StringBuilder();
    sb.append("Connectivity for ").append(vpcs).append(" VPCs (AWS list prices as of ")
        .append(r.facts().fact("prices.tgwPerGb").validAsOf()).append("; monthly USD)\n\n");
    TextTable t = new TextTable("DESIGN", ">PEERINGS", ">ATTACHMENTS", ">TGW TABLES", ">MAX ROUTES/VPC TABLE",
        ">MAX PEERINGS/VPC", ">$/MONTH", ">QUOTA VIOLATIONS");
    for (DesignSummary d : r.designs()) {
      Counts c = d.counts();
      if (d.notApplicable()) {
        t.row(d.name(), "-", "-", "-", "-", "-", "n/a", "-");
        continue;
      }
      t.row(d.name(), c.peerings(), c.attachments(), c.tgwRouteTables(), c.maxVpcRouteTableRoutes(), c.maxPeeringsPerVpc(),
          String.format(Locale.ROOT, "%.2f", d.cost().total()), d.violations().size());
    }
    sb.append(t.render(""));
    sb.append("\nRecommendation: ").append(r.recommendation().design()).append('\n');
    for (String reason : r.recommendation().reasons()) sb.append("  - ").append(reason).append('\n');
    if (!r.privateLink().isEmpty()) {
      sb.append("\nOverlapping VPCs (PrivateLink advice)\n");
      for (PrivateLinkAdvice a : r.privateLink()) {
        sb.append("  ").append(a.from()).append(" -> ").append(a.to()).append(" (").append(a.service().isEmpty() ? "service" : a.service())
            .append(", ").append(a.protocol()).append(a.port() > 0 ? "/" + a.port() : "").append(")\n");
        if (a.recommended()) {
          sb.append(String.format(Locale.ROOT, "    PrivateLink: %s; $%.2f/month%n", a.action(), a.monthlyCostUsd()));
          sb.append("    why: ").append(a.reason()).append('\n');
        } else {
          sb.append("    not PrivateLink: ").append(a.reason()).append('\n');
          sb.append("    instead: ").append(a.action()).append('\n');
        }
      }
    }
    List<String> notes = new ArrayList<>();
    for (DesignSummary d : r.designs()) {
      for (String n : d.notes()) notes.add(d.name() + ": " + n);
      for (String n : d.cost().notes()) notes.add(d.name() + ": " + n);
    }
    if (!notes.isEmpty()) {
      sb.append("\nNotes\n");
      for (String n : notes) sb.append("  ").append(n).append('\n');
    }
    sb.append("\nCrossover: ").append(r.crossover().summary()).append('\n');
    if (crossover) {
      TextTable x = new TextTable(">VPCS", ">PEERINGS", ">PER VPC", ">ROUTES/TABLE", "MESH IN QUOTA", "MESH POSSIBLE",
          ">HUB ATTACHMENTS", ">HUB $/MONTH");
      for (Crossover.Row row : r.crossover().rows()) {
        x.row(row.n(), row.peerings(), row.peeringsPerVpc(), row.routesPerTable(), row.meshWithinQuotas() ? "yes" : "no",
            row.meshPossible() ? "yes" : "no", row.hubAttachments(), String.format(Locale.ROOT, "%.2f", row.hubMonthlyUsd()));
      }
      sb.append(x.render("  "));
    }
    return sb.toString();
  }
}
