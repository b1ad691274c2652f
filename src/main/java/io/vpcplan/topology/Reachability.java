package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Proves which VPCs reach which, and compares that with the intent. The subjects are the VPCs
 * with a segment or an explicit intent (infrastructure such as the inspection VPC is transit
 * only). Work is done per source class, not per pair: VPCs whose workload route tables hold
 * the same non-local routes, whose attachments are associated with the same TGW route tables
 * and who share a segment behave alike, so one trace per class and destination block serves
 * them all; only pairs with explicit intents or overlapping blocks are traced one by one.
 * A destination counts as reached when every block of it is delivered from every workload table.
 */
public final class Reachability {
  public static final int MAX_LISTED = 1000;

  private Reachability() {}

  public static ReachReport analyze(Network network) {
    return new Run(network).run();
  }

  /**
   * Every path from {@code from} to {@code to}: one per workload route table and destination block.
   * Either side may be an on-premises site ({@code onprem/NAME}): its ranges are the destination
   * blocks, or it enters over each of its VPN / DX attachments.
   */
  public static List<Path> trace(Network network, String from, String to) {
    if (SiteTrace.isSite(network, to) || SiteTrace.isSite(network, from)) return SiteTrace.trace(network, from, to);
    Vpc a = network.vpc(from).orElseThrow(() -> unknown(network, "--from", from));
    Vpc b = network.vpc(to).orElseThrow(() -> unknown(network, "--to", to));
    Forwarder f = new Forwarder(network);
    List<Path> out = new ArrayList<>();
    List<RouteTable> tables = VpcTables.workload(a);
    if (tables.isEmpty()) return List.of(new Path(a.id(), b.id(), List.of(), "", a.id() + " has no route table"));
    for (RouteTable t : tables) for (Cidr c : blocks(b)) out.add(f.trace(a, t, c, false, true));
    return out;
  }

  static InputException unknown(Network n, String option, String name) {
    List<String> ids = n.vpcs().stream().map(Vpc::id).sorted().limit(8).toList();
    return new InputException(Location.NONE, option, "no VPC '" + name + "' in the network; VPC ids look like "
        + String.join(", ", ids));
  }

  static List<Cidr> blocks(Vpc v) {
    List<Cidr> v4 = v.ipv4();
    return v4.isEmpty() ? v.cidrs() : v4;
  }

  static ReachReport.Status evaluate(Forwarder f, Vpc src, List<RouteTable> tables, Vpc dst, boolean skipLocal) {
    return evaluate(f, src, tables, dst, blocks(dst), skipLocal);
  }

  static ReachReport.Status evaluate(Forwarder f, Vpc src, List<RouteTable> tables, Vpc dst, List<Cidr> dstBlocks,
      boolean skipLocal) {
    return evaluate(f, src, tables, dst.id(), dstBlocks, skipLocal);
  }

  /** {@code dstId}: a VPC id or an on-premises site id. */
  static ReachReport.Status evaluate(Forwarder f, Vpc src, List<RouteTable> tables, String dstId, List<Cidr> dstBlocks,
      boolean skipLocal) {
    if (tables.isEmpty()) return ReachReport.Status.NONE;
    int total = 0;
    int ok = 0;
    for (RouteTable t : tables) {
      for (Cidr c : dstBlocks) {
        total++;
        if (f.deliveredTo(src, t, c, skipLocal).equals(dstId)) ok++;
      }
    }
    return ok == 0 ? ReachReport.Status.NONE : ok == total ? ReachReport.Status.FULL : ReachReport.Status.PARTIAL;
  }

  /** The path to show for a finding: the first delivered (leak) or the first not delivered (gap). */
  static Path witness(Forwarder f, Vpc src, Vpc dst, boolean delivered) {
    List<RouteTable> tables = VpcTables.workload(src);
    if (tables.isEmpty()) return new Path(src.id(), dst.id(), List.of(), "", src.id() + " has no route table");
    Path last = null;
    for (RouteTable t : tables) {
      for (Cidr c : blocks(dst)) {
        last = f.trace(src, t, c, false, true);
        if (last.deliveredTo(dst.id()) == delivered) return last;
      }
    }
    return last;
  }

  static String signature(Forwarder f, Vpc v, List<RouteTable> tables) {
    StringBuilder sb = new StringBuilder(v.segment()).append('\u0001');
    for (RouteTable t : tables) {
      sb.append('[');
      for (Route r : t.routes()) {
        if (r.targetType() == RouteTarget.LOCAL) continue;
        sb.append(r.destination()).append(' ').append(r.targetType()).append(' ').append(r.target());
        if (r.targetType() == RouteTarget.TRANSIT_GATEWAY) sb.append('@').append(f.associationOf(v.id(), r.target()));
        sb.append(';');
      }
      sb.append(']');
    }
    return sb.toString();
  }

  /** One analysis: builds the classes, the class × destination cells, then judges every pair. */
  private static final class Run {
    private final TopologyGraph g;
    private final Forwarder f;
    private final List<Vpc> subjects = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<List<Integer>> members = new ArrayList<>();
    private int[] groupOf;
    private ReachReport.Status[][] cell;
    private final Map<Long, ReachReport.Status> special = new HashMap<>();
    private int[][] specialPerCell;
    private SiteMatrix sites;
    private final Network network;

    Run(Network n) {
      network = n;
      g = TopologyGraph.of(n);
      f = new Forwarder(n);
      Set<String> inIntent = new TreeSet<>();
      for (TopologyGraph.Link l : g.links(TopologyGraph.Kind.INTENT)) {
        inIntent.add(l.a());
        inIntent.add(l.b());
      }
      for (Vpc v : g.vpcs()) {
        if (!v.segment().isEmpty() || inIntent.contains(v.id())) {
          index.put(v.id(), subjects.size());
          subjects.add(v);
        }
      }
    }

    ReachReport run() {
      int s = subjects.size();
      groupOf = new int[s];
      Map<String, Integer> groups = new LinkedHashMap<>();
      List<List<RouteTable>> tables = new ArrayList<>();
      for (int i = 0; i < s; i++) {
        List<RouteTable> w = VpcTables.workload(subjects.get(i));
        Integer gi = groups.putIfAbsent(signature(f, subjects.get(i), w), groups.size());
        if (gi == null) {
          gi = groups.size() - 1;
          members.add(new ArrayList<>());
          tables.add(w);
        }
        groupOf[i] = gi;
        members.get(gi).add(i);
      }
      cell = new ReachReport.Status[members.size()][s];
      List<List<Cidr>> blocks = new ArrayList<>(s);
      for (Vpc v : subjects) blocks.add(blocks(v));
      for (int gi = 0; gi < members.size(); gi++) {
        Vpc rep = subjects.get(members.get(gi).get(0));
        for (int b = 0; b < s; b++) cell[gi][b] = evaluate(f, rep, tables.get(gi), subjects.get(b), blocks.get(b), true);
      }
      specialPerCell = new int[members.size()][s];
      sites = new SiteMatrix(network, f, subjects, index, groupOf, members, tables);
      collectSpecial();
      return judge();
    }

    private long key(int a, int b) {
      return ((long) a << 32) | b;
    }

    private void collectSpecial() {
      for (TopologyGraph.Link l : g.links(TopologyGraph.Kind.OVERLAP)) {
        addSpecial(l.a(), l.b(), true);
        addSpecial(l.b(), l.a(), true);
      }
      for (TopologyGraph.Link l : g.links(TopologyGraph.Kind.INTENT)) {
        addSpecial(l.a(), l.b(), false);
        addSpecial(l.b(), l.a(), false);
      }
    }

    private void addSpecial(String from, String to, boolean traceOwn) {
      Integer a = index.get(from);
      Integer b = index.get(to);
      if (a == null || b == null || special.containsKey(key(a, b))) return;
      Vpc va = subjects.get(a);
      ReachReport.Status st = traceOwn ? evaluate(f, va, VpcTables.workload(va), subjects.get(b), false) : cell[groupOf[a]][b];
      special.put(key(a, b), st);
      specialPerCell[groupOf[a]][b]++;
    }

    private ReachReport judge() {
      long pairs = 0;
      long reachable = 0;
      long intended = 0;
      List<ReachFinding> leaks = new ArrayList<>();
      List<ReachFinding> gaps = new ArrayList<>();
      long[] counts = new long[2];
      SegmentRules rules = g.rules();
      for (int gi = 0; gi < members.size(); gi++) {
        List<Integer> mem = members.get(gi);
        int seg = rules.indexOf(subjects.get(mem.get(0)).segment());
        for (int b = 0; b < subjects.size(); b++) {
          ReachReport.Status st = cell[gi][b];
          boolean want = rules.routes(seg, rules.indexOf(subjects.get(b).segment()));
          long general = mem.size() - (groupOf[b] == gi ? 1 : 0) - specialPerCell[gi][b];
          pairs += general;
          if (st != ReachReport.Status.NONE) reachable += general;
          if (want) intended += general;
          boolean mismatch = want ? st != ReachReport.Status.FULL : st != ReachReport.Status.NONE;
          if (!mismatch) continue;
          for (int a : mem) {
            if (a != b && !special.containsKey(key(a, b))) finding(a, b, st, want, false, leaks, gaps, counts);
          }
        }
      }
      for (Map.Entry<Long, ReachReport.Status> e : new java.util.TreeMap<>(special).entrySet()) {
        int a = (int) (e.getKey() >>> 32);
        int b = (int) (long) e.getKey();
        boolean want = g.intended(subjects.get(a), subjects.get(b));
        ReachReport.Status st = e.getValue();
        pairs++;
        if (st != ReachReport.Status.NONE) reachable++;
        if (want) intended++;
        if (want ? st != ReachReport.Status.FULL : st != ReachReport.Status.NONE) {
          finding(a, b, st, want, g.explicit(subjects.get(a).id(), subjects.get(b).id()), leaks, gaps, counts);
        }
      }
      long[] t = new long[5];
      sites.judge(t, leaks, gaps);
      pairs += t[0];
      reachable += t[1];
      intended += t[2];
      counts[0] += t[3];
      counts[1] += t[4];
      java.util.Comparator<ReachFinding> order = java.util.Comparator.comparing(ReachFinding::from).thenComparing(ReachFinding::to);
      leaks.sort(order);
      gaps.sort(order);
      List<String> ids = subjects.stream().map(Vpc::id).toList();
      return new ReachReport(ids, members.size(), pairs, reachable, intended, counts[0], counts[1], leaks, gaps, matrix(),
          sites.ids());
    }

    private void finding(int a, int b, ReachReport.Status st, boolean want, boolean explicit,
        List<ReachFinding> leaks, List<ReachFinding> gaps, long[] counts) {
      Vpc va = subjects.get(a);
      Vpc vb = subjects.get(b);
      if (!want) {
        counts[0]++;
        if (leaks.size() < MAX_LISTED) {
          String why = "segment " + label(va.segment()) + " does not route with segment " + label(vb.segment())
              + " and no intent joins the two VPCs";
          leaks.add(new ReachFinding(ReachFinding.Kind.LEAK, va.id(), vb.id(), why, witness(f, va, vb, true)));
        }
        return;
      }
      counts[1]++;
      if (gaps.size() < MAX_LISTED) {
        String why = (explicit ? "an intent joins them" : "segment " + label(va.segment()) + " routes with segment " + label(vb.segment()))
            + (st == ReachReport.Status.PARTIAL ? ", but only part of the traffic is delivered" : ", but nothing is delivered");
        List<TopologyGraph.Link> ov = g.overlapLinks(va.id(), vb.id());
        if (!ov.isEmpty()) why += "; their blocks overlap (" + ov.get(0).aRange() + " and " + ov.get(0).bRange() + "), so no route can join them";
        gaps.add(new ReachFinding(ReachFinding.Kind.GAP, va.id(), vb.id(), why, witness(f, va, vb, false)));
      }
    }

    private static String label(String seg) {
      return seg.isEmpty() ? "(none)" : seg;
    }

    private ReachReport.Matrix matrix() {
      return new ReachReport.Matrix() {
        @Override
        public ReachReport.Status status(String from, String to) {
          ReachReport.Status site = sites.status(from, to);
          if (site != null) return site;
          Integer a = index.get(from);
          Integer b = index.get(to);
          if (a == null || b == null || a.equals(b)) return ReachReport.Status.NONE;
          ReachReport.Status st = special.get(key(a, b));
          return st != null ? st : cell[groupOf[a]][b];
        }

        @Override
        public boolean intended(String from, String to) {
          Boolean site = sites.intended(from, to);
          if (site != null) return site;
          Vpc a = g.vpc(from);
          Vpc b = g.vpc(to);
          return a != null && b != null && g.intended(a, b);
        }
      };
    }
  }
}
