package io.vpcplan.ipam;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.FreeSpace;
import io.vpcplan.ipam.Planner.Blocked;
import io.vpcplan.model.Design.VpcDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The first step of a run: takes what the lock file holds (region and segment blocks, VPCs) out of
 * the free space, and reports what no longer fits the design as one conflict per VPC or block.
 */
final class LockClaims {
  private final PlanRun run;

  LockClaims(PlanRun run) {
    this.run = run;
  }

  private Set<String> usedRegions() {
    Set<String> s = new HashSet<>();
    for (VpcDef v : run.d.vpcs()) if (v.pinned() == null) s.add(v.region());
    return s;
  }

  private Set<String> usedSegments() {
    Set<String> s = new HashSet<>();
    for (VpcDef v : run.d.vpcs()) if (v.pinned() == null) s.add(v.region() + "/" + v.segment());
    return s;
  }

  void blocks() {
    Map<Cidr, String> lost = new TreeMap<>(); // region blocks in no pool: their segment blocks are part of that one conflict
    Map<Cidr, List<String>> lostSegments = new TreeMap<>();
    Set<String> regions = usedRegions();
    for (Map.Entry<String, List<Cidr>> e : run.lock.regions().entrySet()) {
      if (run.opts.prune() && !regions.contains(e.getKey())) {
        run.changes.add(new Change(Change.Kind.REMOVED, "region block " + e.getKey(), e.getValue().toString()));
        continue;
      }
      Blocks b = run.regionBlocks.computeIfAbsent(e.getKey(), k -> new Blocks());
      for (Cidr c : e.getValue()) {
        FreeSpace pool = run.poolContaining(c);
        if (pool == null) {
          lost.put(c, e.getKey());
          continue;
        }
        pool.claim(c);
        b.spaces.add(run.space(c));
      }
    }
    Set<String> segments = usedSegments();
    for (Map.Entry<String, List<Cidr>> e : run.lock.segments().entrySet()) {
      if (run.opts.prune() && !segments.contains(e.getKey())) {
        run.changes.add(new Change(Change.Kind.REMOVED, "segment block " + e.getKey(), e.getValue().toString()));
        continue;
      }
      String region = e.getKey().substring(0, e.getKey().indexOf('/'));
      Blocks b = run.segmentBlocks.computeIfAbsent(e.getKey(), k -> new Blocks());
      for (Cidr c : e.getValue()) {
        FreeSpace parent = run.regionBlocks.containsKey(region) ? run.regionBlocks.get(region).containing(c) : null;
        Cidr lostParent = lost.keySet().stream().filter(r -> r.contains(c) && lost.get(r).equals(region)).findFirst().orElse(null);
        if (parent == null && lostParent != null) {
          lostSegments.computeIfAbsent(lostParent, k -> new ArrayList<>()).add(e.getKey() + " " + c);
          continue;
        }
        if (parent == null) {
          run.changes.add(new Change(Change.Kind.CONFLICT, "segment block " + e.getKey(),
              c + " lies in no region block of " + region + "; delete the lock entry to re-plan it"));
          continue;
        }
        parent.claim(c);
        b.spaces.add(run.space(c));
      }
    }
    lostBlocks(lost, lostSegments);
  }

  private void lostBlocks(Map<Cidr, String> lost, Map<Cidr, List<String>> lostSegments) {
    for (Map.Entry<Cidr, String> e : lost.entrySet()) {
      List<String> segs = lostSegments.getOrDefault(e.getKey(), List.of());
      run.changes.add(new Change(Change.Kind.CONFLICT, "region block " + e.getValue(), e.getKey()
          + " is in no pool of the design any more" + (segs.isEmpty() ? "" : ", nor are its segment blocks " + String.join(", ", segs))
          + "; restore the pool or delete the lock " + (segs.isEmpty() ? "entry" : "entries")));
    }
  }

  void vpcs() {
    for (Map.Entry<String, Lock.LockedVpc> e : run.lock.vpcs().entrySet()) {
      String key = e.getKey();
      VpcDef v = run.designVpcs.get(key);
      List<Cidr> cidrs = e.getValue().cidrs();
      if (v == null) {
        if (run.opts.prune()) {
          run.changes.add(new Change(Change.Kind.REMOVED, "vpc " + key, "freed " + PlanRun.join(cidrs)));
          continue;
        }
        run.heldVpcs.add(key);
        run.changes.add(new Change(Change.Kind.HELD, "vpc " + key,
            "removed from the design; " + PlanRun.join(cidrs) + " stays reserved (plan --prune frees it)"));
      } else if (v.pinned() != null && !v.pinned().equals(cidrs.get(0))) {
        // kept at its locked range, so its subnets are not reported again as conflicts of their own
        run.conflict(key, "design pins " + v.pinned() + " but the lock has " + cidrs.get(0)
            + "; an existing VPC cannot be renumbered in place: delete its lock entry to re-plan it");
      } else if (v.pinned() == null && cidrs.get(0).length() != run.vpcPrefix.get(key)) {
        run.warnings.add("VPC " + key + " is locked at " + cidrs.get(0) + " but the design now asks for /"
            + run.vpcPrefix.get(key) + "; kept (a VPC block cannot be resized; new subnets get a secondary block if needed)");
      }
      for (Cidr c : cidrs) {
        for (Map.Entry<Cidr, Blocked> hit : run.blocked.overlapping(c)) {
          if (hit.getValue().what().equals("pinned VPC " + key)) continue; // its own pin
          run.conflict(key, "locked " + c + " overlaps " + hit.getValue().what() + " " + hit.getKey() + "; re-address one of them");
        }
        run.claimAnywhere(c, key);
      }
      run.vpcCidrs.put(key, new ArrayList<>(cidrs));
    }
  }
}
