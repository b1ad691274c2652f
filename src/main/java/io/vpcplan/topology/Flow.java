package io.vpcplan.topology;

import io.vpcplan.model.Intent;
import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Monthly traffic between two VPCs (ids), both directions together. */
public record Flow(String from, String to, double gbPerMonth) {
  public Flow {
    if (from == null || to == null) throw new IllegalArgumentException("flow needs two VPCs");
    if (gbPerMonth < 0 || Double.isNaN(gbPerMonth)) throw new IllegalArgumentException("gbPerMonth must be >= 0");
  }

  /** The flows of the network's intents that carry traffic, resolved to VPC ids. */
  public static List<Flow> fromIntents(Network n) {
    Map<String, Vpc> index = n.vpcIndex();
    List<Flow> out = new ArrayList<>();
    for (Intent i : n.intents()) {
      Vpc a = index.get(i.from());
      Vpc b = index.get(i.to());
      if (a != null && b != null && i.gbPerMonth() > 0) out.add(new Flow(a.id(), b.id(), i.gbPerMonth()));
    }
    return out;
  }

  /**
   * Share of the traffic between two VPCs that stays in one AZ, assuming both ends spread evenly
   * over their AZs: |common AZs| / (|AZs of a| · |AZs of b|). AZs come from the subnets; a VPC
   * without subnets is taken to use three AZs, the same as its peer's where known.
   */
  public static double sameAzShare(Vpc a, Vpc b) {
    if (!a.region().equals(b.region())) return 0;
    Set<String> za = azs(a);
    Set<String> zb = azs(b);
    if (za.isEmpty() && zb.isEmpty()) return 1.0 / 3;
    if (za.isEmpty()) za = zb;
    if (zb.isEmpty()) zb = za;
    Set<String> common = new HashSet<>(za);
    common.retainAll(zb);
    return (double) common.size() / (za.size() * (double) zb.size());
  }

  static Set<String> azs(Vpc v) {
    Set<String> out = new HashSet<>();
    v.subnets().forEach(s -> {
      if (!s.az().isEmpty()) out.add(s.az());
    });
    return out;
  }
}
