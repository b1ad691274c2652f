package io.vpcplan.analysis;

import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.OverlapFinder;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * VPC CIDR overlaps across the whole estate, every associated block, IPv4 and IPv6: one
 * VPC_CIDR_OVERLAP per overlapping VPC pair and one VPC_CIDR_OVERLAP_GROUP per range that three
 * or more VPCs share. One sort + sweep (OverlapFinder) over all blocks; pairs are enumerated per
 * group, so a group of thousands of default VPCs costs one summary, not millions of pairs.
 * Default VPCs overlap one another by design (each region's is 172.31.0.0/16): while unconnected,
 * a range only they share is one DEFAULT_VPC_OVERLAP note, and their pairs are not listed.
 */
final class OverlapCheck {
  private final List<Vpc> vpcs;
  private final Connectivity conn;
  private final Limits limits;
  private final List<Cidr> blocks = new ArrayList<>();
  private final List<Integer> owner = new ArrayList<>();
  private final Map<String, Integer> indexOfId = new HashMap<>();
  /** Pair key (lower index, higher index) → overlapping inner blocks, in discovery order. */
  private final Map<Long, List<Cidr>> pairs = new LinkedHashMap<>();
  /** Pairs seen in the group being checked (only whether any is connected matters, not their order). */
  private java.util.Set<Long> groupPairs = new java.util.HashSet<>();

  OverlapCheck(List<Vpc> vpcs, Connectivity conn, Limits limits) {
    this.vpcs = vpcs;
    this.conn = conn;
    this.limits = limits;
    for (int i = 0; i < vpcs.size(); i++) {
      indexOfId.putIfAbsent(vpcs.get(i).id(), i);
      for (Cidr c : vpcs.get(i).cidrs()) {
        blocks.add(c);
        owner.add(i);
      }
    }
  }

  void run(List<Finding> out) {
    for (int[] group : OverlapFinder.groups(blocks)) {
      List<Integer> members = distinctOwners(group);
      if (members.size() < 2) continue;
      boolean enumerate = members.size() <= limits.pairsPerGroup();
      // a fresh set: clear() walks the whole table, which one large group leaves large for every later one
      groupPairs = new java.util.HashSet<>();
      if (enumerate) allPairs(group);
      else connectedPairs(group, members);
      boolean anyConnected = false;
      for (long key : groupPairs) anyConnected |= conn.connected(vpcs.get(first(key)).id(), vpcs.get(second(key)).id());
      int defaults = 0;
      for (int m : members) if (vpcs.get(m).isDefault()) defaults++;
      if (defaults == members.size() && !anyConnected) out.add(defaultsFinding(group, members));
      else if (members.size() >= 3) out.add(groupFinding(group, members, enumerate, anyConnected, defaults));
    }
    for (Map.Entry<Long, List<Cidr>> e : pairs.entrySet()) {
      Vpc a = vpcs.get(first(e.getKey())), b = vpcs.get(second(e.getKey()));
      if (a.isDefault() && b.isDefault() && !conn.connected(a.id(), b.id())) continue; // said once per range above
      out.add(pairFinding(first(e.getKey()), second(e.getKey()), e.getValue()));
    }
  }

  private Finding defaultsFinding(int[] group, List<Integer> members) {
    Cidr outer = blocks.get(group[0]);
    String msg = members.size() + " default VPCs use " + outer + " (AWS makes one in every region of every account, all on "
        + "the same range); they overlap by design and none is connected, so nothing breaks: delete the ones nothing "
        + "uses (LZA: defaultVpc.delete), and never peer or attach one";
    List<Resource> res = new ArrayList<>();
    for (int i = 0; i < Math.min(members.size(), limits.resourcesPerGroup()); i++) res.add(Resource.vpc(vpcs.get(members.get(i))));
    return new Finding(Code.DEFAULT_VPC_OVERLAP, Severity.INFO, msg, res, outer, vpcs.get(members.get(0)).location());
  }

  private void allPairs(int[] group) {
    List<Cidr> sub = new ArrayList<>(group.length);
    for (int b : group) sub.add(blocks.get(b));
    OverlapFinder.find(sub, (outer, inner) -> addPair(owner.get(group[outer]), owner.get(group[inner]), sub.get(inner)));
  }

  /** In a large group only connected pairs are listed: check each candidate's blocks in this group. */
  private void connectedPairs(int[] group, List<Integer> members) {
    Map<Integer, List<Cidr>> blocksOf = new HashMap<>();
    for (int b : group) blocksOf.computeIfAbsent(owner.get(b), k -> new ArrayList<>()).add(blocks.get(b));
    Map<String, Integer> inGroup = new HashMap<>();
    for (int m : members) inGroup.put(vpcs.get(m).id(), m);
    List<int[]> candidates = new ArrayList<>();
    conn.peerings().forEach(p -> candidate(inGroup, p.requesterVpcId(), p.accepterVpcId(), candidates));
    conn.intendedPairs().keySet().forEach(k -> {
      String[] ab = k.split("\u0000");
      candidate(inGroup, ab[0], ab[1], candidates);
    });
    for (List<List<String>> t : conn.tableMembers().values()) {
      for (String a : t.get(0)) {
        if (!inGroup.containsKey(a)) continue;
        for (String b : t.get(1)) {
          if (candidates.size() >= limits.connectedPairsPerGroup()) return;
          candidate(inGroup, a, b, candidates);
        }
      }
    }
    for (int[] c : candidates) {
      for (Cidr x : blocksOf.get(c[0])) {
        for (Cidr y : blocksOf.get(c[1])) if (x.overlaps(y)) addPair(c[0], c[1], x.contains(y) ? y : x);
      }
    }
  }

  private static void candidate(Map<String, Integer> inGroup, String a, String b, List<int[]> out) {
    Integer x = inGroup.get(a);
    Integer y = inGroup.get(b);
    if (x != null && y != null && !x.equals(y)) out.add(new int[] {x, y});
  }

  private void addPair(int a, int b, Cidr inner) {
    if (a == b) return;
    long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    groupPairs.add(key);
    List<Cidr> ranges = pairs.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!ranges.contains(inner)) ranges.add(inner);
  }

  private Finding pairFinding(int a, int b, List<Cidr> ranges) {
    Vpc va = vpcs.get(a);
    Vpc vb = vpcs.get(b);
    var why = conn.why(va.id(), vb.id());
    StringBuilder msg = new StringBuilder();
    msg.append(Resource.vpc(va).label()).append(" and ").append(Resource.vpc(vb).label()).append(" overlap on ");
    for (int i = 0; i < ranges.size(); i++) msg.append(i == 0 ? "" : ", ").append(ranges.get(i));
    if (why.isPresent()) {
      msg.append("; ").append(why.get()).append(", so traffic between them cannot be routed: re-address one,")
          .append(" or reach the service through PrivateLink");
    } else {
      msg.append("; they are not connected, but cannot be peered or routed through one TGW route table until one is re-addressed");
    }
    Severity sev = why.isPresent() ? Severity.ERROR : Severity.WARNING;
    return new Finding(Code.VPC_CIDR_OVERLAP, sev, msg.toString(), List.of(Resource.vpc(va), Resource.vpc(vb)),
        ranges.get(0), va.location());
  }

  private Finding groupFinding(int[] group, List<Integer> members, boolean enumerated, boolean anyConnected, int defaults) {
    Cidr outer = blocks.get(group[0]);
    Map<Cidr, Integer> uses = new TreeMap<>();
    for (int b : group) uses.merge(blocks.get(b), 1, Integer::sum);
    List<Map.Entry<Cidr, Integer>> top = new ArrayList<>(uses.entrySet());
    top.sort((x, y) -> y.getValue() - x.getValue() != 0 ? y.getValue() - x.getValue() : x.getKey().compareTo(y.getKey()));
    StringBuilder msg = new StringBuilder().append(members.size());
    if (top.size() == 1) msg.append(" VPCs use ").append(outer);
    else msg.append(" VPCs overlap within ").append(outer).append(": ");
    for (int i = 0; i < Math.min(3, top.size()) && top.size() > 1; i++) {
      msg.append(i == 0 ? "" : ", ").append(top.get(i).getValue()).append(top.get(i).getValue() == 1 ? " uses " : " use ")
          .append(top.get(i).getKey());
    }
    if (top.size() > 3) msg.append(", and ").append(top.size() - 3).append(" more ranges");
    if (defaults > 0) msg.append(" (").append(defaults).append(defaults == 1 ? " is a default VPC)" : " are default VPCs)");
    if (!enumerated) {
      msg.append("; pairs are not listed one by one in a group of more than ").append(limits.pairsPerGroup())
          .append(" VPCs, except connected pairs (VPC_CIDR_OVERLAP errors)");
    }
    if (members.size() > limits.resourcesPerGroup()) {
      msg.append("; the first ").append(limits.resourcesPerGroup()).append(" VPCs are listed");
    }
    List<Resource> res = new ArrayList<>();
    for (int i = 0; i < Math.min(members.size(), limits.resourcesPerGroup()); i++) res.add(Resource.vpc(vpcs.get(members.get(i))));
    Severity sev = anyConnected ? Severity.ERROR : Severity.WARNING;
    return new Finding(Code.VPC_CIDR_OVERLAP_GROUP, sev, msg.toString(), res, outer, vpcs.get(members.get(0)).location());
  }

  private List<Integer> distinctOwners(int[] group) {
    List<Integer> out = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int b : group) if (seen.add(owner.get(b))) out.add(owner.get(b));
    return out;
  }

  private static int first(long key) {
    return (int) (key >>> 32);
  }

  private static int second(long key) {
    return (int) key;
  }
}
