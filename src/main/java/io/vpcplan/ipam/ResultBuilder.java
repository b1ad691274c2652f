package io.vpcplan.ipam;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.FreeSpace;
import io.vpcplan.model.Account;
import io.vpcplan.model.Design;
import io.vpcplan.model.Design.VpcDef;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Segment;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a finished run into the Network, pool usage, the new lock and the sorted change report. */
final class ResultBuilder {
  private final PlanRun run;
  private final SubnetPlanner subnets;

  ResultBuilder(PlanRun run, SubnetPlanner subnets) {
    this.run = run;
    this.subnets = subnets;
  }

  PlanResult build() {
    Design d = run.d;
    subnets.badSubnets.forEach((key, bad) -> run.conflict(key, (bad.size() == 1 ? "locked subnet " : "locked subnets ")
        + String.join(", ", bad) + (bad.size() == 1 ? " lies" : " lie") + " outside the VPC or overlap another subnet; "
        + "delete " + (bad.size() == 1 ? "its lock entry" : "their lock entries")));
    run.vpcConflicts.forEach((key, details) ->
        run.changes.add(new Change(Change.Kind.CONFLICT, "vpc " + key, String.join("; ", details))));
    for (String key : run.lock.vpcs().keySet()) {
      if (run.designVpcs.containsKey(key) && run.vpcCidrs.containsKey(key) && !run.vpcConflicts.containsKey(key)) {
        run.changes.add(new Change(Change.Kind.KEPT, "vpc " + key, PlanRun.join(run.vpcCidrs.get(key))));
      }
    }
    List<Change> changes = new ArrayList<>(run.changes);
    changes.sort(Comparator.comparing(Change::kind).thenComparing(Change::subject).thenComparing(Change::detail));
    Lock lock = lock();
    run.lockReady.accept(lock); // the caller may start writing it out while the network is built
    return new PlanResult(network(d), usage(d), changes, run.warnings, lock);
  }

  private Network network(Design d) {
    Map<String, Account> accounts = new LinkedHashMap<>();
    for (Design.AccountDef a : d.accounts()) accounts.put(a.name(), new Account(a.id(), a.name(), a.ou(), a.environment(), a.tags()));
    List<Vpc> vpcs = new ArrayList<>();
    for (VpcDef v : d.vpcs()) {
      String key = run.key(v);
      List<Cidr> cidrs = run.vpcCidrs.get(key);
      if (cidrs == null) continue;
      List<SubnetPlanner.PlannedSubnet> planned = subnets.subnets.getOrDefault(key, List.of());
      List<Subnet> subs = new ArrayList<>(planned.size());
      String prefix = key + "/";
      for (SubnetPlanner.PlannedSubnet p : planned) {
        SubnetPlanner.Wanted w = p.wanted();
        subs.add(new Subnet(prefix + w.name(), w.name(), w.tier(), w.az(), p.cidr(), w.purpose(), w.isPublic(),
            v.location(), p.ipv6()));
      }
      vpcs.add(new Vpc(null, v.name(), v.account(), v.region(), v.segment(), List.copyOf(cidrs), subs, List.of(),
          v.pinned() != null ? Origin.PINNED : Origin.PLANNED, v.location(), List.of(), v.tags()));
    }
    for (Design.ExistingVpc e : d.existing()) {
      accounts.computeIfAbsent(e.account(), n -> new Account("", n, "", ""));
      vpcs.add(new Vpc(null, e.name(), e.account(), e.region(), e.segment(), e.cidrs(), List.of(), List.of(),
          Origin.EXISTING, e.location()));
    }
    vpcs.sort(Comparator.comparing(Vpc::account).thenComparing(Vpc::region).thenComparing(Vpc::name));
    List<Segment> segments = d.segments().stream().map(s -> new Segment(s.name(), s.reaches())).toList();
    return new Network(new ArrayList<>(accounts.values()), vpcs, List.of(), List.of(), List.of(), List.of(), List.of(),
        segments, d.intents(), List.of(), d.tags(), d.connectivity().natGateways(),
        HybridPlan.of(d, run.segmentBlocks, vpcs), d.connectivity().networkAccount());
  }

  private List<PoolUsage> usage(Design d) {
    List<PoolUsage> out = new ArrayList<>();
    for (Design.Pool p : d.pools()) {
      FreeSpace fs = run.pools.get(p.name());
      if (fs == null) continue;
      List<PoolUsage.RegionUsage> regions = new ArrayList<>();
      for (Map.Entry<String, Blocks> e : run.regionBlocks.entrySet()) {
        List<FreeSpace> inPool = e.getValue().spaces.stream().filter(s -> p.cidr().contains(s.root())).toList();
        if (inPool.isEmpty()) continue;
        regions.add(regionUsage(e.getKey(), inPool));
      }
      long allocated = 0;
      for (Blocks b : run.regionBlocks.values()) for (Cidr c : b.roots()) if (p.cidr().contains(c)) allocated += c.size4();
      long reserved = fs.usedAddresses() - allocated;
      out.add(new PoolUsage(p.name(), p.cidr(), allocated, reserved, fs.freeAddresses(), fs.largestFree().orElse(null), regions));
    }
    return out;
  }

  private PoolUsage.RegionUsage regionUsage(String region, List<FreeSpace> blocks) {
    Blocks all = new Blocks();
    all.spaces.addAll(blocks);
    for (Map.Entry<String, Blocks> seg : run.segmentBlocks.entrySet()) {
      if (!seg.getKey().startsWith(region + "/")) continue;
      for (FreeSpace s : seg.getValue().spaces) {
        if (blocks.stream().anyMatch(b -> b.root().contains(s.root()))) all.spaces.add(s);
      }
    }
    long total = 0;
    for (FreeSpace b : blocks) total += b.root().size4();
    long free = all.free();
    List<Cidr> roots = blocks.stream().map(FreeSpace::root).sorted().toList();
    return new PoolUsage.RegionUsage(region, roots, total - free, free, all.largestFree());
  }

  private Lock lock() {
    TreeMap<String, List<Cidr>> regions = new TreeMap<>();
    run.regionBlocks.forEach((k, b) -> { if (!b.spaces.isEmpty()) regions.put(k, b.roots().stream().sorted().toList()); });
    TreeMap<String, List<Cidr>> segments = new TreeMap<>();
    run.segmentBlocks.forEach((k, b) -> { if (!b.spaces.isEmpty()) segments.put(k, b.roots().stream().sorted().toList()); });
    TreeMap<String, Lock.LockedVpc> vpcs = new TreeMap<>();
    for (Map.Entry<String, List<Cidr>> e : run.vpcCidrs.entrySet()) {
      vpcs.put(e.getKey(), new Lock.LockedVpc(e.getValue(), subnets.lockSubnets.getOrDefault(e.getKey(), new TreeMap<>()),
          subnets.lockSubnets6.getOrDefault(e.getKey(), new TreeMap<>())));
    }
    return new Lock(regions, segments, vpcs);
  }
}
