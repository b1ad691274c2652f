package io.vpcplan.source;

import io.vpcplan.analysis.Against;
import io.vpcplan.finding.Finding;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.ipam.Lock;
import io.vpcplan.ipam.Planner;
import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The existing estate a plan is made against ({@code plan --against}). VPCs of the estate that
 * are this design's own, already deployed (same account, region and locked block), are not
 * obstacles: planning against a snapshot of what the plan created must change nothing.
 */
public record ExistingEstate(Network network, List<Planner.Blocked> blocked) {
  public static final ExistingEstate NONE = new ExistingEstate(Network.ofVpcs(List.of()), List.of());

  /** The estate read by the source pipeline (estates only: a design is refused); its findings are dropped. */
  public static ExistingEstate load(List<Path> sources, Design design, Lock lock) {
    Loaded inv = SourcePipeline.load(SourceRequest.of(sources).estatesOnly());
    Map<String, String> accountIds = new HashMap<>();
    for (Design.AccountDef a : design.accounts()) accountIds.put(a.name(), a.id());
    List<Vpc> others = new ArrayList<>();
    List<Planner.Blocked> blocked = new ArrayList<>();
    Map<String, List<String>> lockedBlocks = new HashMap<>();
    for (Map.Entry<String, Lock.LockedVpc> e : lock.vpcs().entrySet()) {
      String[] key = e.getKey().split("/", 3);
      String at = key[1] + "|" + e.getValue().cidrs().get(0);
      lockedBlocks.computeIfAbsent(at, k -> new ArrayList<>()).add(key[0]);
    }
    String plan = io.vpcplan.change.Ownership.planName(java.nio.file.Path.of(design.file()));
    for (Vpc v : inv.network().vpcs()) {
      // the plan's own VPCs: made by apply (its tags say so), or matching the lock where they are
      if (io.vpcplan.change.Ownership.plannedId(v.tags(), plan).filter(lock.vpcs()::containsKey).isPresent()) continue;
      if (isDeployedFromLock(v, lockedBlocks, accountIds)) continue;
      others.add(v);
      for (Cidr c : v.cidrs()) {
        blocked.add(new Planner.Blocked(c, "existing VPC " + v.displayName(), v.location()));
      }
    }
    Network n = inv.network();
    Network rest = n.withVpcs(others);
    return new ExistingEstate(rest, blocked);
  }

  private static boolean isDeployedFromLock(Vpc v, Map<String, List<String>> lockedBlocks, Map<String, String> ids) {
    for (Cidr c : v.cidrs()) {
      for (String account : lockedBlocks.getOrDefault(v.region() + "|" + c, List.of())) {
        String id = ids.getOrDefault(account, "");
        if (v.account().equals(account) || (!id.isEmpty() && v.account().equals(id))) return true;
      }
    }
    return false;
  }

  public List<Finding> collisions(Network planned) {
    return network.vpcs().isEmpty() ? List.of() : Against.collisions(planned, network);
  }
}
