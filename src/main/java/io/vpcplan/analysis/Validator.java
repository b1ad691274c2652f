package io.vpcplan.analysis;

import io.vpcplan.finding.Finding;
import io.vpcplan.model.Network;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Runs every check over a network and returns the findings in report order. Pure. */
public final class Validator {
  private Validator() {}

  public static List<Finding> validate(Network net) {
    return validate(net, Quotas.DEFAULT, Limits.DEFAULT);
  }

  public static List<Finding> validate(Network net, Quotas quotas, Limits limits) {
    return validate(net, quotas, limits, PARALLEL_FROM);
  }

  /** {@code parallelFrom}: from this many VPCs the per-VPC checks run beside the overlap sweep. */
  static List<Finding> validate(Network net, Quotas quotas, Limits limits, int parallelFrom) {
    List<Finding> out = new ArrayList<>();
    Map<String, Vpc> byId = new HashMap<>(net.vpcs().size() * 2);
    for (Vpc v : net.vpcs()) byId.putIfAbsent(v.id(), v);
    Connectivity conn = new Connectivity(net);
    List<Vpc> vpcs = net.vpcs();
    if (vpcs.size() < parallelFrom) {
      new OverlapCheck(vpcs, conn, limits).run(out);
      perVpc(vpcs, quotas, out);
    } else {
      // the per-VPC checks of a large estate run on the other cores while this thread sweeps the
      // overlaps; their findings are added after the overlaps' in VPC order, as one by one
      List<List<Vpc>> chunks = chunks(vpcs);
      CompletableFuture<List<List<Finding>>> each = CompletableFuture.supplyAsync(
          () -> chunks.parallelStream().map(c -> {
            List<Finding> found = new ArrayList<>();
            perVpc(c, quotas, found);
            return found;
          }).toList());
      new OverlapCheck(vpcs, conn, limits).run(out);
      try {
        each.join().forEach(out::addAll);
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        if (e.getCause() instanceof Error err) throw err;
        throw e;
      }
    }
    PeeringChecks.check(net.peerings(), byId, quotas, out);
    for (TransitGateway t : net.transitGateways()) TgwChecks.check(t, byId, out);
    ReferenceChecks.check(net, out);
    HybridChecks.check(net, out);
    out.sort(Finding.ORDER);
    return out;
  }

  /** Below this many VPCs the checks run on one thread (a thread hand-off costs more than they take). */
  static final int PARALLEL_FROM = 2_000;

  private static void perVpc(List<Vpc> vpcs, Quotas quotas, List<Finding> out) {
    for (Vpc v : vpcs) {
      VpcRules.check(v, quotas, out);
      SubnetChecks.check(v, out);
      RouteChecks.check(v, quotas, out);
    }
  }

  private static List<List<Vpc>> chunks(List<Vpc> vpcs) {
    List<List<Vpc>> out = new ArrayList<>();
    int size = Math.max(500, vpcs.size() / 32);
    for (int i = 0; i < vpcs.size(); i += size) out.add(vpcs.subList(i, Math.min(vpcs.size(), i + size)));
    return out;
  }
}
