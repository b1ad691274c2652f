package io.vpcplan.analysis;

import io.vpcplan.finding.Finding;
import io.vpcplan.model.Network;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs every check over a network and returns the findings in report order. Pure. */
public final class Validator {
  private Validator() {}

  public static List<Finding> validate(Network net) {
    return validate(net, Quotas.DEFAULT, Limits.DEFAULT);
  }

  public static List<Finding> validate(Network net, Quotas quotas, Limits limits) {
    List<Finding> out = new ArrayList<>();
    Map<String, Vpc> byId = new HashMap<>(net.vpcs().size() * 2);
    for (Vpc v : net.vpcs()) byId.putIfAbsent(v.id(), v);
    Connectivity conn = new Connectivity(net);
    new OverlapCheck(net.vpcs(), conn, limits).run(out);
    for (Vpc v : net.vpcs()) {
      VpcRules.check(v, quotas, out);
      SubnetChecks.check(v, out);
      RouteChecks.check(v, quotas, out);
    }
    PeeringChecks.check(net.peerings(), byId, quotas, out);
    for (TransitGateway t : net.transitGateways()) TgwChecks.check(t, byId, out);
    ReferenceChecks.check(net, out);
    HybridChecks.check(net, out);
    out.sort(Finding.ORDER);
    return out;
  }
}
