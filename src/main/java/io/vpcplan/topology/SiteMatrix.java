package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The on-premises rows and columns of the reachability matrix. VPC → site is judged per source
 * class (one trace per class and site range); site → VPC enters over those of the site's
 * attachments that advertise the VPC's block to on-premises (on the TGW of the VPC's region, or
 * any when the site has none there), as on-premises routers would send it. A pair is intended when the VPC's segment is among those the site
 * reaches. Linear in VPCs × sites × the site's attachments.
 */
final class SiteMatrix {
  private record Entry(String tgwId, String region, String attachmentId) {}

  private final Forwarder f;
  private final List<OnPremSite> sites;
  private final List<String> ids = new ArrayList<>();
  private final Map<String, Integer> siteIndex = new HashMap<>();
  private final List<List<Entry>> entries = new ArrayList<>();
  private final ReachReport.Status[][] out;
  private final ReachReport.Status[][] in;
  private final List<Vpc> subjects;
  private final Map<String, Integer> index;
  private final int[] groupOf;

  SiteMatrix(Network n, Forwarder f, List<Vpc> subjects, Map<String, Integer> index, int[] groupOf,
      List<List<Integer>> members, List<List<RouteTable>> tables) {
    this.f = f;
    this.sites = n.hybrid().sites();
    this.subjects = subjects;
    this.index = index;
    this.groupOf = groupOf;
    OnPremReach reach = new OnPremReach(n);
    for (OnPremSite s : sites) {
      siteIndex.put(OnPremReach.siteId(s.name()), ids.size());
      ids.add(OnPremReach.siteId(s.name()));
      List<Entry> es = new ArrayList<>();
      for (TransitGateway g : n.transitGateways()) {
        for (TgwAttachment a : g.attachments()) {
          boolean edge = a.type() == AttachmentType.VPN || a.type() == AttachmentType.DIRECT_CONNECT;
          if (edge && reach.sitesBehind(a).contains(s.name())) es.add(new Entry(g.id(), g.region(), a.id()));
        }
      }
      entries.add(es);
    }
    out = new ReachReport.Status[members.size()][sites.size()];
    for (int gi = 0; gi < members.size(); gi++) {
      Vpc rep = subjects.get(members.get(gi).get(0));
      for (int s = 0; s < sites.size(); s++) {
        out[gi][s] = Reachability.evaluate(f, rep, tables.get(gi), ids.get(s), sites.get(s).ranges(), true);
      }
    }
    in = new ReachReport.Status[sites.size()][subjects.size()];
    for (int s = 0; s < sites.size(); s++) {
      for (int b = 0; b < subjects.size(); b++) in[s][b] = inbound(s, subjects.get(b));
    }
  }

  List<String> ids() {
    return ids;
  }

  private List<Entry> entriesFor(int s, Vpc dst) {
    List<Entry> local = entries.get(s).stream().filter(e -> e.region().equals(dst.region())).toList();
    return local.isEmpty() ? entries.get(s) : local;
  }

  private ReachReport.Status inbound(int s, Vpc dst) {
    List<Entry> es = entriesFor(s, dst);
    int total = 0;
    int ok = 0;
    for (Entry e : es) {
      for (Cidr c : Reachability.blocks(dst)) {
        if (!f.advertises(e.tgwId(), e.attachmentId(), c)) continue;
        total++;
        if (f.fromSite(ids.get(s), e.tgwId(), e.attachmentId(), c, false).deliveredTo(dst.id())) ok++;
      }
    }
    if (total > 0 && total < es.size() * Reachability.blocks(dst).size() && ok == total) {
      // on-premises learns only some blocks of the VPC, over any attachment: the rest is not reached
      boolean[] seen = new boolean[Reachability.blocks(dst).size()];
      for (Entry e : es) for (int i = 0; i < seen.length; i++) seen[i] |= f.advertises(e.tgwId(), e.attachmentId(), Reachability.blocks(dst).get(i));
      for (boolean b : seen) if (!b) return ReachReport.Status.PARTIAL;
    }
    return ok == 0 ? ReachReport.Status.NONE : ok == total ? ReachReport.Status.FULL : ReachReport.Status.PARTIAL;
  }

  boolean intended(int s, Vpc v) {
    return !v.segment().isEmpty() && sites.get(s).segments().contains(v.segment());
  }

  /** Adds the site pairs to the counts (pairs, reachable, intended, leaks, gaps) and lists findings. */
  void judge(long[] totals, List<ReachFinding> leaks, List<ReachFinding> gaps) {
    for (int s = 0; s < sites.size(); s++) {
      for (int b = 0; b < subjects.size(); b++) {
        Vpc v = subjects.get(b);
        boolean want = intended(s, v);
        judgePair(totals, leaks, gaps, want, out[groupOf[b]][s], v.id(), ids.get(s), s, v, true);
        judgePair(totals, leaks, gaps, want, in[s][b], ids.get(s), v.id(), s, v, false);
      }
    }
  }

  private void judgePair(long[] t, List<ReachFinding> leaks, List<ReachFinding> gaps, boolean want,
      ReachReport.Status st, String from, String to, int s, Vpc v, boolean outbound) {
    t[0]++;
    if (st != ReachReport.Status.NONE) t[1]++;
    if (want) t[2]++;
    if (want ? st == ReachReport.Status.FULL : st == ReachReport.Status.NONE) return;
    OnPremSite site = sites.get(s);
    String seg = v.segment().isEmpty() ? "(none)" : v.segment();
    String reaches = "site " + site.name() + " reaches " + (site.segments().isEmpty() ? "no segment" : String.join(", ", site.segments()));
    if (!want) {
      t[3]++;
      if (leaks.size() < Reachability.MAX_LISTED) {
        leaks.add(new ReachFinding(ReachFinding.Kind.LEAK, from, to, "segment " + seg + " is not allowed on-premises ("
            + reaches + ")", witness(s, v, outbound, true)));
      }
      return;
    }
    t[4]++;
    if (gaps.size() < Reachability.MAX_LISTED) {
      gaps.add(new ReachFinding(ReachFinding.Kind.GAP, from, to, reaches + ", segment " + seg + " among them"
          + (st == ReachReport.Status.PARTIAL ? ", but only part of the traffic is delivered" : ", but nothing is delivered"),
          witness(s, v, outbound, false)));
    }
  }

  private Path witness(int s, Vpc v, boolean outbound, boolean delivered) {
    String site = ids.get(s);
    Path last = null;
    if (outbound) {
      for (RouteTable t : VpcTables.workload(v)) {
        for (Cidr c : sites.get(s).ranges()) {
          last = f.trace(v, t, c, false, true);
          if (last.deliveredTo(site) == delivered) return last;
        }
      }
      return last != null ? last : new Path(v.id(), site, List.of(), "", v.id() + " has no route table");
    }
    for (Entry e : entriesFor(s, v)) {
      for (Cidr c : Reachability.blocks(v)) {
        last = f.fromSite(site, e.tgwId(), e.attachmentId(), c, true);
        if (last.deliveredTo(v.id()) == delivered) return last;
      }
    }
    return last != null ? last : new Path(site, v.id(), List.of(), "", "site " + sites.get(s).name() + " has no VPN or DX attachment on a transit gateway");
  }

  /** Status for a pair of which one side is a site; null when neither is. */
  ReachReport.Status status(String from, String to) {
    Integer s = siteIndex.get(from);
    if (s != null) {
      Integer b = index.get(to);
      return b == null ? ReachReport.Status.NONE : in[s][b];
    }
    s = siteIndex.get(to);
    if (s == null) return null;
    Integer a = index.get(from);
    return a == null ? ReachReport.Status.NONE : out[groupOf[a]][s];
  }

  /** Intent for a pair of which one side is a site; null when neither is. */
  Boolean intended(String from, String to) {
    Integer s = siteIndex.get(from);
    String vpc = to;
    if (s == null) {
      s = siteIndex.get(to);
      vpc = from;
    }
    if (s == null) return null;
    Integer b = index.get(vpc);
    return b != null && intended(s, subjects.get(b));
  }
}
