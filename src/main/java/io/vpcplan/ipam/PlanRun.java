package io.vpcplan.ipam;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.FreeSpace;
import io.vpcplan.model.Design;
import io.vpcplan.model.Design.Pool;
import io.vpcplan.model.Design.VpcDef;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.RunFailedException;
import io.vpcplan.ipam.Planner.Blocked;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One planning run: claims what is locked or fixed, then allocates what is new. */
final class PlanRun {
  final Design d;
  final Lock lock;
  final Planner.Options opts;
  final List<Change> changes = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  final Map<String, FreeSpace> pools = new LinkedHashMap<>();
  final Map<String, Blocks> regionBlocks = new TreeMap<>();
  final Map<String, Blocks> segmentBlocks = new TreeMap<>();
  final Map<String, List<Cidr>> vpcCidrs = new HashMap<>();
  final Map<String, VpcDef> designVpcs = new LinkedHashMap<>();
  final Map<String, Integer> vpcPrefix = new HashMap<>();
  /** Each VPC's account/region/name, made once: sorting and growth sums ask for it hundreds of thousands of times. */
  private final Map<VpcDef, String> keys = new java.util.IdentityHashMap<>();
  final Set<String> heldVpcs = new java.util.TreeSet<>();
  /** Conflicts per VPC key: one '!' line per VPC, however many of its ranges collide. */
  final Map<String, List<String>> vpcConflicts = new TreeMap<>();
  RangeIndex<Blocked> blocked;
  RangeIndex<Blocked> blockedV6;
  private final List<Cidr> v6 = new ArrayList<>();
  private final List<Blocked> v6what = new ArrayList<>();
  /** Told the new lock as soon as it is made, before the network is built. */
  java.util.function.Consumer<Lock> lockReady = l -> {};
  int regionGrowth;
  int segmentGrowth;

  PlanRun(Design d, Lock lock, Planner.Options opts) {
    this.d = d;
    this.lock = lock;
    this.opts = opts;
    this.regionGrowth = d.growth().region();
    this.segmentGrowth = d.growth().segment();
    for (VpcDef v : d.vpcs()) designVpcs.put(key(v), v);
  }

  PlanResult run() {
    collectBlocked();
    for (Pool p : d.pools()) {
      if (p.cidr().isV4()) pools.put(p.name(), space(p.cidr()));
    }
    for (VpcDef v : d.vpcs()) vpcPrefix.put(key(v), Demand.vpcPrefix(d, v));
    LockClaims claims = new LockClaims(this);
    claims.blocks();
    claims.vpcs();
    allocateNewVpcs();
    new PinCheck(this).run();
    new PublicRangeCheck(this).run();
    new Ipv6Planner(this).run();
    SubnetPlanner subnets = new SubnetPlanner(this);
    subnets.run();
    return new ResultBuilder(this, subnets).build();
  }

  /** Reserved ranges, brownfield VPCs, inventory ranges and pinned VPCs; pins must not collide. */
  private void collectBlocked() {
    List<Cidr> cidrs = new ArrayList<>();
    List<Blocked> what = new ArrayList<>();
    for (Design.Reserved r : d.reserved()) add(cidrs, what, new Blocked(r.cidr(), "reserved range '" + r.name() + "'", r.location()));
    for (Design.OnPremises o : d.onPremises()) {
      for (Cidr c : o.ranges()) add(cidrs, what, new Blocked(c, "on-premises site '" + o.name() + "'", o.location()));
    }
    for (Design.ExistingVpc e : d.existing()) {
      for (Cidr c : e.cidrs()) add(cidrs, what, new Blocked(c, "existing VPC " + e.account() + "/" + e.region() + "/" + e.name(), e.location()));
    }
    for (Blocked b : opts.against()) add(cidrs, what, b);
    RangeIndex<Blocked> fixed = RangeIndex.of(cidrs, what);
    Map<Cidr, VpcDef> pins = new TreeMap<>();
    for (VpcDef v : d.vpcs()) {
      if (v.pinned() == null) continue;
      for (Map.Entry<Cidr, Blocked> hit : fixed.overlapping(v.pinned())) {
        Blocked b = hit.getValue();
        String msg = "pinned CIDR " + v.pinned() + " of VPC '" + v.name() + "' overlaps " + b.what() + " (" + b.cidr()
            + (b.location().line() > 0 ? ", line " + b.location().line() : b.location().toString().isEmpty() ? "" : ", " + b.location()) + ")";
        if (opts.against().contains(b)) continue; // a collision with the estate: reported by the caller (plan --against)
        throw new InputException(v.location(), "cidr", msg + "; choose a free range");
      }
      for (Map.Entry<Cidr, VpcDef> other : pins.entrySet()) {
        if (other.getKey().overlaps(v.pinned())) {
          throw new InputException(v.location(), "cidr", "pinned CIDR " + v.pinned() + " of VPC '" + v.name()
              + "' overlaps pinned " + other.getKey() + " of VPC '" + other.getValue().name() + "' (line "
              + other.getValue().location().line() + ")");
        }
      }
      pins.put(v.pinned(), v);
      add(cidrs, what, new Blocked(v.pinned(), "pinned VPC " + key(v), v.location()));
    }
    blocked = RangeIndex.of(cidrs, what);
    blockedV6 = RangeIndex.of(v6, v6what);
  }

  private void add(List<Cidr> cidrs, List<Blocked> what, Blocked b) {
    if (!b.cidr().isV4()) {
      v6.add(b.cidr());
      v6what.add(b);
      return;
    }
    cidrs.add(b.cidr());
    what.add(b);
  }

  /** True when an IPv6 block collides with a reserved or existing range. */
  boolean blockedV6(Cidr c) {
    return !blockedV6.overlapping(c).isEmpty();
  }

  /** Free space of a block with every blocked range inside it taken out. */
  FreeSpace space(Cidr block) {
    FreeSpace fs = new FreeSpace(block);
    for (Map.Entry<Cidr, Blocked> b : blocked.overlapping(block)) fs.claim(b.getKey());
    return fs;
  }

  void conflict(String vpcKey, String detail) {
    vpcConflicts.computeIfAbsent(vpcKey, k -> new ArrayList<>()).add(detail);
  }

  /** Takes a locked VPC range out of the innermost block that holds it. */
  void claimAnywhere(Cidr c, String vpcKey) {
    String[] parts = vpcKey.split("/", 3);
    String region = parts[1];
    for (Map.Entry<String, Blocks> e : segmentBlocks.entrySet()) {
      if (!e.getKey().startsWith(region + "/")) continue;
      FreeSpace s = e.getValue().containing(c);
      if (s != null) { s.claim(c); return; }
    }
    Blocks rb = regionBlocks.get(region);
    FreeSpace s = rb == null ? null : rb.containing(c);
    if (s != null) { s.claim(c); return; }
    FreeSpace p = poolContaining(c);
    if (p != null) p.claim(c);
  }

  FreeSpace poolContaining(Cidr c) {
    for (FreeSpace p : pools.values()) if (p.root().contains(c)) return p;
    return null;
  }

  /** New VPCs: regions, then segments, then VPCs, each largest first; blocks are made on demand. */
  private void allocateNewVpcs() {
    Map<String, Map<String, List<VpcDef>>> byRegion = new TreeMap<>();
    for (VpcDef v : d.vpcs()) {
      if (vpcCidrs.containsKey(key(v))) continue;
      if (v.pinned() != null) {
        vpcCidrs.put(key(v), new ArrayList<>(List.of(v.pinned())));
        changes.add(new Change(Change.Kind.ADDED, "vpc " + key(v), v.pinned() + " (pinned)"));
        continue;
      }
      byRegion.computeIfAbsent(v.region(), k -> new TreeMap<>()).computeIfAbsent(v.segment(), k -> new ArrayList<>()).add(v);
    }
    List<String> regionOrder = new ArrayList<>(byRegion.keySet());
    Map<String, Long> demand = new HashMap<>(); // each sum once, not once per comparison
    for (String r : regionOrder) demand.put(r, regionDemand(byRegion.get(r)));
    regionOrder.sort(Comparator.comparingLong((String r) -> -demand.get(r)).thenComparing(r -> r));
    new GrowthChooser(this).choose(byRegion, regionOrder);
    for (String region : regionOrder) {
      Map<String, List<VpcDef>> segs = byRegion.get(region);
      List<String> segOrder = new ArrayList<>(segs.keySet());
      Map<String, Long> segDemand = new HashMap<>();
      for (String s : segOrder) segDemand.put(s, sum(segs.get(s)));
      segOrder.sort(Comparator.comparingLong((String s) -> -segDemand.get(s)).thenComparing(s -> s));
      for (String seg : segOrder) {
        List<VpcDef> vpcs = segs.get(seg);
        vpcs.sort(Comparator.comparingInt((VpcDef v) -> vpcPrefix.get(key(v))).thenComparing(this::key));
        BlockGrower grower = new BlockGrower(this, region, seg);
        for (int i = 0; i < vpcs.size(); i++) {
          VpcDef v = vpcs.get(i);
          Cidr c = grower.allocateVpc(v, vpcs.subList(i, vpcs.size()), segs, segOrder);
          String key = key(v);
          vpcCidrs.put(key, new ArrayList<>(List.of(c)));
          changes.add(new Change(Change.Kind.ADDED, "vpc " + key, c.toString()));
        }
      }
    }
  }

  String key(VpcDef v) {
    String k = keys.get(v);
    if (k == null) keys.put(v, k = v.key());
    return k;
  }

  long size(VpcDef v) {
    return 1L << (32 - vpcPrefix.get(key(v)));
  }

  long sum(List<VpcDef> vpcs) {
    long s = 0;
    for (VpcDef v : vpcs) s += size(v);
    return s;
  }

  long regionDemand(Map<String, List<VpcDef>> segs) {
    long s = 0;
    for (List<VpcDef> l : segs.values()) s += sum(l);
    return s;
  }

  static String join(List<Cidr> cidrs) {
    return String.join(", ", cidrs.stream().map(Cidr::toString).toList());
  }

  Location designLocation() {
    return new Location(d.file(), 1, 1);
  }
}
