package io.vpcplan.render;

import io.vpcplan.model.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * Overlaps as report findings, for when no analysis has supplied findings of its own. Code
 * {@code VPC_CIDR_OVERLAP}, as the analysis names it.
 */
public final class OverlapFindings {
  private OverlapFindings() {}

  public static List<ReportData.Finding> of(Network network) {
    List<ReportData.Finding> out = new ArrayList<>();
    for (VpcOverlap o : VpcOverlap.find(network.vpcs())) {
      String what = o.identical() ? o.a().displayName() + " and " + o.b().displayName() + " both use " + o.inner()
          : o.outer() + " of " + o.a().displayName() + " contains " + o.inner() + " of " + o.b().displayName();
      out.add(new ReportData.Finding("error", "VPC_CIDR_OVERLAP", o.a().displayName() + " ↔ " + o.b().displayName(),
          what + ": they cannot be peered or routed to each other through a TGW; re-address one, or reach "
              + "services across the overlap with PrivateLink", o.b().location().toString()));
    }
    return out;
  }
}
