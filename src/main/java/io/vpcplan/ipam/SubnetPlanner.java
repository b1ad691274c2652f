package io.vpcplan.ipam;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.FreeSpace;
import io.vpcplan.cidr.Rfc1918;
import io.vpcplan.model.Design.Profile;
import io.vpcplan.model.Design.Tier;
import io.vpcplan.model.Design.VpcDef;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.RunFailedException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Subnets inside each VPC: tiers × AZs plus one attachment subnet per AZ. Locked subnets keep
 * their place, so raising the AZ count or adding a tier never renumbers anything; new subnets go
 * into free space, largest first, and into a secondary VPC block when the VPC is full.
 */
final class SubnetPlanner {
  static final String ATTACHMENT_TIER = "tgw-attach";

  /** One subnet the design asks for. */
  record Wanted(String name, String tier, String az, int prefix, Purpose purpose, boolean isPublic, int order) {}

  private final PlanRun run;
  final Map<String, List<PlannedSubnet>> subnets = new HashMap<>();
  /** Per VPC key; looked up, never iterated (the lock sorts its VPCs itself). */
  final Map<String, SortedMap<String, Cidr>> lockSubnets = new HashMap<>();
  final Map<String, SortedMap<String, Cidr>> lockSubnets6 = new HashMap<>();
  /** Locked subnets (name and range) that no longer fit their VPC, per VPC key: part of its conflict. */
  final Map<String, List<String>> badSubnets = new TreeMap<>();

  /** A planned subnet; {@code ipv6} is its /64 when the VPC has an IPv6 block. */
  record PlannedSubnet(Wanted wanted, Cidr cidr, Cidr ipv6) {
    PlannedSubnet(Wanted wanted, Cidr cidr) {
      this(wanted, cidr, null);
    }
  }

  SubnetPlanner(PlanRun run) {
    this.run = run;
  }

  void run() {
    for (String held : run.heldVpcs) {
      lockSubnets.put(held, new TreeMap<>(run.lock.vpcs().get(held).subnets()));
      lockSubnets6.put(held, new TreeMap<>(run.lock.vpcs().get(held).subnets6()));
    }
    for (VpcDef v : run.d.vpcs()) planVpc(v);
  }

  /** The subnets a VPC wants depend only on its profile, region and AZ count: made once per such shape, shared. */
  private final Map<String, List<Wanted>> wantedByShape = new HashMap<>();
  /** The same lists sorted largest first (for VPCs with nothing locked), keyed by identity. */
  private final Map<List<Wanted>, List<Wanted>> freshByShape = new java.util.IdentityHashMap<>();
  private static final Comparator<Wanted> LARGEST_FIRST =
      Comparator.comparingInt(Wanted::prefix).thenComparingInt(Wanted::order);
  private static final Comparator<PlannedSubnet> IN_ORDER = Comparator.comparingInt(p -> p.wanted().order());

  static List<Wanted> wanted(Profile p, VpcDef v) {
    List<Wanted> out = new ArrayList<>();
    int order = 0;
    for (Tier t : p.tiers()) {
      for (int az = 0; az < v.azs(); az++) {
        char letter = (char) ('a' + az);
        out.add(new Wanted(t.name() + "-" + letter, t.name(), v.region() + letter, Sizing.tierPrefix(t),
            Purpose.WORKLOAD, t.isPublic(), order++));
      }
    }
    if (p.attachmentSubnets()) {
      for (int az = 0; az < v.azs(); az++) {
        char letter = (char) ('a' + az);
        out.add(new Wanted(ATTACHMENT_TIER + "-" + letter, ATTACHMENT_TIER, v.region() + letter, p.attachmentPrefix(),
            Purpose.TGW_ATTACHMENT, false, order++));
      }
    }
    return out;
  }

  private void planVpc(VpcDef v) {
    String key = run.key(v);
    List<Cidr> cidrs = run.vpcCidrs.get(key);
    if (cidrs == null) return; // conflicting lock entry: reported already
    List<Wanted> wanted = wantedByShape.computeIfAbsent(v.profile() + "/" + v.region() + "/" + v.azs(),
        k -> List.copyOf(wanted(run.d.profiles().get(v.profile()), v)));
    Blocks spaces = new Blocks();
    for (Cidr c : cidrs) if (c.isV4()) spaces.spaces.add(new FreeSpace(c));
    SortedMap<String, Cidr> lockOut = new TreeMap<>();
    List<PlannedSubnet> planned = new ArrayList<>();
    Lock.LockedVpc locked = run.lock.vpcs().get(key);
    if (locked != null) {
      Map<String, Wanted> byName = new HashMap<>();
      for (Wanted w : wanted) byName.put(w.name(), w);
      for (Map.Entry<String, Cidr> e : locked.subnets().entrySet()) {
        Wanted w = byName.get(e.getKey());
        Cidr c = e.getValue();
        FreeSpace s = spaces.containing(c);
        if (s == null || !s.isFree(c)) {
          badSubnets.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getKey() + " " + c);
          continue;
        }
        if (w == null && run.opts.prune()) {
          run.changes.add(new Change(Change.Kind.REMOVED, "subnet " + key + "/" + e.getKey(), "freed " + c));
          continue;
        }
        s.claim(c);
        lockOut.put(e.getKey(), c);
        if (w == null) {
          run.changes.add(new Change(Change.Kind.HELD, "subnet " + key + "/" + e.getKey(),
              "no longer in the design; " + c + " stays reserved (plan --prune frees it)"));
        } else {
          if (c.length() != w.prefix()) {
            run.warnings.add("subnet " + key + "/" + w.name() + " is locked at " + c + " but tier '" + w.tier()
                + "' now asks for /" + w.prefix() + "; kept (renaming the tier allocates new subnets)");
          }
          planned.add(new PlannedSubnet(w, c));
        }
      }
    }
    List<Wanted> fresh;
    if (lockOut.isEmpty()) {
      fresh = freshByShape.computeIfAbsent(wanted, k -> k.stream().sorted(LARGEST_FIRST).toList());
    } else {
      fresh = new ArrayList<>();
      for (Wanted w : wanted) if (!lockOut.containsKey(w.name())) fresh.add(w);
      fresh.sort(LARGEST_FIRST);
    }
    for (int i = 0; i < fresh.size(); i++) {
      Wanted w = fresh.get(i);
      Optional<Cidr> c = spaces.allocate(w.prefix());
      if (c.isEmpty()) {
        addSecondary(v, cidrs, spaces, fresh.subList(i, fresh.size()));
        c = spaces.allocate(w.prefix());
      }
      Cidr got = c.orElseThrow();
      lockOut.put(w.name(), got);
      planned.add(new PlannedSubnet(w, got));
      if (locked != null) run.changes.add(new Change(Change.Kind.ADDED, "subnet " + key + "/" + w.name(), got.toString()));
    }
    planned.sort(IN_ORDER);
    SortedMap<String, Cidr> v6out = new TreeMap<>();
    subnets.put(key, ipv6(cidrs, locked, lockOut, planned, v6out));
    lockSubnets.put(key, lockOut);
    lockSubnets6.put(key, v6out);
  }

  /**
   * Dual-stack: each subnet gets a /64 of the VPC's IPv6 block, lowest free first in tier × AZ
   * order; locked /64s (also of held subnets) stay where they are.
   */
  private static List<PlannedSubnet> ipv6(List<Cidr> cidrs, Lock.LockedVpc locked, SortedMap<String, Cidr> lockOut,
      List<PlannedSubnet> planned, SortedMap<String, Cidr> v6out) {
    Cidr block = cidrs.stream().filter(c -> !c.isV4() && c.length() <= 64).findFirst().orElse(null);
    if (block == null) return planned;
    java.util.Set<Cidr> used = new java.util.HashSet<>();
    if (locked != null) {
      for (Map.Entry<String, Cidr> e : locked.subnets6().entrySet()) {
        if (block.contains(e.getValue()) && lockOut.containsKey(e.getKey()) && used.add(e.getValue())) {
          v6out.put(e.getKey(), e.getValue());
        }
      }
    }
    long count = 1L << Math.min(62, 64 - block.length());
    long next = 0;
    List<PlannedSubnet> out = new ArrayList<>(planned.size());
    for (PlannedSubnet p : planned) {
      Cidr c = v6out.get(p.wanted().name());
      if (c == null) {
        while (next < count && used.contains(block.subnet(64, next))) next++;
        if (next >= count) return planned; // more subnets than /64s: leave IPv4-only (cannot happen below 256)
        c = block.subnet(64, next++);
        used.add(c);
        v6out.put(p.wanted().name(), c);
      }
      out.add(new PlannedSubnet(p.wanted(), p.cidr(), c));
    }
    return out;
  }

  /** A VPC is full: give it another CIDR block (AWS allows 5) from its segment, region or pool. */
  private void addSecondary(VpcDef v, List<Cidr> cidrs, Blocks spaces, List<Wanted> rest) {
    long need = 0;
    for (Wanted w : rest) need += 1L << (32 - w.prefix());
    int len = Math.max(Sizing.MIN_PREFIX, Math.min(Sizing.MAX_PREFIX, Sizing.prefixFor(need)));
    if (cidrs.stream().filter(Cidr::isV4).count() >= Sizing.MAX_CIDR_BLOCKS_PER_VPC) {
      throw new RunFailedException(v.location(), "VPC '" + v.name() + "' is full and already has "
          + cidrs.size() + " CIDR blocks (the AWS default quota is 5); it needs " + need
          + " more addresses. Plan a larger VPC or split the workload");
    }
    Optional<Cidr> c = Optional.empty();
    Blocks seg = run.segmentBlocks.get(v.region() + "/" + v.segment());
    if (seg != null) c = seg.allocate(len);
    if (c.isEmpty() && run.regionBlocks.containsKey(v.region())) c = run.regionBlocks.get(v.region()).allocate(len);
    if (c.isEmpty()) {
      for (FreeSpace p : run.pools.values()) {
        c = p.allocate(len);
        if (c.isPresent()) break;
      }
    }
    if (c.isEmpty()) {
      throw new RunFailedException(v.location(), "VPC '" + v.name() + "' is full and no /" + len
          + " is free for a secondary block in its segment, region or any pool; widen a pool or shrink the profile");
    }
    Optional<String> why = Rfc1918.secondaryRestriction(cidrs.get(0), c.get());
    if (why.isPresent()) {
      throw new RunFailedException(v.location(), "VPC '" + v.name() + "' is full and its secondary block cannot be added: "
          + why.get() + "; plan a larger VPC");
    }
    cidrs.add(c.get());
    spaces.spaces.add(new FreeSpace(c.get()));
    run.warnings.add("VPC " + run.key(v) + " is full; added secondary CIDR block " + c.get() + " for its new subnets");
    run.changes.add(new Change(Change.Kind.ADDED, "vpc " + run.key(v), "secondary block " + c.get()));
  }
}
