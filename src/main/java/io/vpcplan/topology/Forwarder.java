package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Forwards one destination block hop by hop through a {@link Network}: VPC route table
 * (longest-prefix match) → peering or TGW attachment → the TGW route table the attachment is
 * associated with (static routes beat propagated ones of the same prefix; a block identical to
 * one already propagated is not propagated again, as AWS does; blackholes drop) → the next
 * attachment: a VPC (whose attachment-subnet route table routes it on), or a TGW peering.
 */
public final class Forwarder {
  private static final int MAX_HOPS = 16;

  record TgwEntry(Cidr prefix, String attachmentId, boolean blackhole, boolean propagated) {}

  private record Gateway(TransitGateway tgw, Map<String, TgwAttachment> attachments, Map<String, String> association,
      Map<String, PrefixTable<TgwEntry>> tables, Map<String, TgwAttachment> byVpc, Map<String, TgwAttachment> byPeerTgw) {}

  private final Map<String, Vpc> vpcs = new HashMap<>();
  private final Map<String, Peering> peerings = new HashMap<>();
  private final Map<String, Gateway> gateways = new HashMap<>();
  private final Map<String, PrefixTable<Route>> compiled = new HashMap<>();
  private final Map<String, PrefixTable<Route>> compiledNoLocal = new HashMap<>();
  private final Map<String, Map<String, Map<Cidr, String>>> fromTable = new HashMap<>();
  private final OnPremReach onPrem;

  public Forwarder(Network n) {
    onPrem = new OnPremReach(n);
    for (Vpc v : n.vpcs()) vpcs.put(v.id(), v);
    for (Peering p : n.peerings()) peerings.put(p.id(), p);
    for (TransitGateway g : n.transitGateways()) gateways.put(g.id(), gateway(g));
  }

  private Gateway gateway(TransitGateway g) {
    Map<String, TgwAttachment> atts = new HashMap<>();
    Map<String, TgwAttachment> byVpc = new HashMap<>();
    Map<String, TgwAttachment> byPeer = new HashMap<>();
    for (TgwAttachment a : g.attachments()) {
      atts.put(a.id(), a);
      if (a.type() == AttachmentType.VPC) byVpc.putIfAbsent(a.resourceId(), a);
      if (a.type() == AttachmentType.PEERING) byPeer.putIfAbsent(a.resourceId(), a);
    }
    Map<String, String> assoc = new HashMap<>();
    Map<String, PrefixTable<TgwEntry>> tables = new HashMap<>();
    for (TgwRouteTable t : g.routeTables()) {
      for (String a : t.associations()) assoc.putIfAbsent(a, t.id());
      PrefixTable<TgwEntry> pt = new PrefixTable<>();
      for (TgwRoute r : t.routes()) pt.put(r.destination(), new TgwEntry(r.destination(), r.attachmentId(), r.blackhole(), false));
      for (String p : t.propagations()) {
        TgwAttachment a = atts.get(p);
        Vpc v = a == null || a.type() != AttachmentType.VPC ? null : vpcs.get(a.resourceId());
        if (v == null) continue;
        for (Cidr c : v.cidrs()) pt.putIfAbsent(c, new TgwEntry(c, a.id(), false, true));
      }
      // what VPN and DX attachments learn over BGP; AWS prefers VPC, then DX gateway, then VPN routes
      for (AttachmentType type : List.of(AttachmentType.DIRECT_CONNECT, AttachmentType.VPN)) {
        for (String p : t.propagations()) {
          TgwAttachment a = atts.get(p);
          if (a == null || a.type() != type) continue;
          for (Cidr c : onPrem.learned(a)) pt.putIfAbsent(c, new TgwEntry(c, a.id(), false, true));
        }
      }
      tables.put(t.id(), pt);
    }
    return new Gateway(g, atts, assoc, tables, byVpc, byPeer);
  }

  public Vpc vpc(String id) {
    return vpcs.get(id);
  }

  /** The association table id of a VPC's attachment to a TGW ("-" when not attached or not associated). */
  String associationOf(String vpcId, String tgwId) {
    Gateway g = gateways.get(tgwId);
    if (g == null) return "-";
    TgwAttachment a = g.byVpc().get(vpcId);
    return a == null ? "-" : g.association().getOrDefault(a.id(), "-");
  }

  /**
   * Forwards {@code dst} leaving {@code src} through {@code table}. With {@code skipSourceLocal}
   * the source table's local routes are ignored (used when one trace stands for every VPC with
   * the same routes; the caller handles each VPC's own blocks). Hops are recorded when asked.
   */
  public Path trace(Vpc src, RouteTable table, Cidr dst, boolean skipSourceLocal, boolean withHops) {
    return walk(src, src, table, dst, skipSourceLocal, withHops ? new ArrayList<>() : null, 0);
  }

  /**
   * Where {@code dst} ends up (VPC id, "" when dropped), without recording hops. Everything
   * after the source's first hop into a TGW depends only on the TGW route table the source's
   * attachment is associated with, so it is computed once per (table, destination) and reused.
   */
  public String deliveredTo(Vpc src, RouteTable table, Cidr dst, boolean skipSourceLocal) {
    Route r = lookup(table, dst, skipSourceLocal);
    if (r == null || r.targetType() != RouteTarget.TRANSIT_GATEWAY) return walk(src, src, table, dst, skipSourceLocal, null, 0).deliveredTo();
    Gateway g = gateways.get(r.target());
    TgwAttachment in = g == null ? null : g.byVpc().get(src.id());
    String tableId = in == null ? null : g.association().get(in.id());
    if (tableId == null) return "";
    Map<Cidr, String> memo = fromTable.computeIfAbsent(g.tgw().id(), k -> new HashMap<>())
        .computeIfAbsent(tableId, k -> new HashMap<>());
    String hit = memo.get(dst);
    if (hit != null) return hit;
    Object next = viaTgw(g, in, dst, null, src, 0);
    String out = next instanceof Path p ? p.deliveredTo() : walkFrom(src, (Object[]) next, dst);
    memo.put(dst, out);
    return out;
  }

  private String walkFrom(Vpc src, Object[] arrival, Cidr dst) {
    return walk(src, (Vpc) arrival[0], (RouteTable) arrival[1], dst, false, null, 1).deliveredTo();
  }

  private Path walk(Vpc src, Vpc start, RouteTable table, Cidr dst, boolean skipSourceLocal, List<String> hops, int firstStep) {
    Vpc cur = start;
    RouteTable t = table;
    boolean first = true;
    for (int step = firstStep; step < MAX_HOPS; step++) {
      Route r = lookup(t, dst, first && skipSourceLocal);
      first = false;
      if (r == null) return hops == null ? DROPPED : drop(src, dst, hops, cur.id() + " " + t.id() + " has no route for " + dst);
      if (hops != null) {
        hops.add(cur.id() + " " + t.id() + ": " + r.destination() + " -> " + (r.targetType() == RouteTarget.LOCAL ? "local" : r.target()));
      }
      switch (r.targetType()) {
        case LOCAL:
          return new Path(src.id(), hops == null ? "" : dst.toString(), hops, cur.id(), "");
        case PEERING: {
          Peering p = peerings.get(r.target());
          String other = p == null ? null : p.requesterVpcId().equals(cur.id()) ? p.accepterVpcId()
              : p.accepterVpcId().equals(cur.id()) ? p.requesterVpcId() : null;
          Vpc o = other == null ? null : vpcs.get(other);
          if (o == null) return hops == null ? DROPPED : drop(src, dst, hops, "peering " + r.target() + " does not join " + cur.id() + " to a known VPC");
          if (o.cidrs().stream().noneMatch(c -> c.contains(dst))) {
            return hops == null ? DROPPED : drop(src, dst, hops, dst + " is not in " + o.id() + " and peering is not transitive");
          }
          if (hops != null) hops.add("peering " + p.id() + " -> " + o.id());
          return new Path(src.id(), dst.toString(), hops, o.id(), "");
        }
        case TRANSIT_GATEWAY: {
          Gateway g = gateways.get(r.target());
          if (g == null) return hops == null ? DROPPED : drop(src, dst, hops, "transit gateway " + r.target() + " is not in the network");
          TgwAttachment in = g.byVpc().get(cur.id());
          if (in == null) return hops == null ? DROPPED : drop(src, dst, hops, cur.id() + " has no attachment to " + g.tgw().id());
          Object next = viaTgw(g, in, dst, hops, src, 0);
          if (next instanceof Path p) return p;
          Object[] arrival = (Object[]) next;
          cur = (Vpc) arrival[0];
          t = (RouteTable) arrival[1];
          break;
        }
        case BLACKHOLE:
          return hops == null ? DROPPED : drop(src, dst, hops, cur.id() + " " + t.id() + " blackholes " + r.destination());
        default:
          return hops == null ? DROPPED : drop(src, dst, hops, "leaves through " + r.targetType().name().toLowerCase(java.util.Locale.ROOT) + " " + r.target());
      }
    }
    return hops == null ? DROPPED : drop(src, dst, hops, "routing loop: more than " + MAX_HOPS + " hops");
  }

  /** Returns a final Path, or {Vpc, RouteTable} of the VPC the traffic enters. */
  private Object viaTgw(Gateway g, TgwAttachment in, Cidr dst, List<String> hops, Vpc src, int depth) {
    if (depth > MAX_HOPS) return hops == null ? DROPPED : drop(src, dst, hops, "TGW peering loop");
    String tableId = g.association().get(in.id());
    if (tableId == null) return hops == null ? DROPPED : drop(src, dst, hops, in.id() + " on " + g.tgw().id() + " is associated with no route table");
    TgwEntry e = g.tables().get(tableId).longest(dst);
    if (e == null) return hops == null ? DROPPED : drop(src, dst, hops, tableId + " has no route for " + dst);
    if (hops != null) {
      hops.add(g.tgw().id() + " " + tableId + ": " + e.prefix() + (e.blackhole() ? " blackhole"
          : (e.propagated() ? " (propagated)" : " (static)") + " -> " + e.attachmentId()));
    }
    if (e.blackhole()) return hops == null ? DROPPED : drop(src, dst, hops, tableId + " blackholes " + e.prefix());
    TgwAttachment out = g.attachments().get(e.attachmentId());
    if (out == null) return hops == null ? DROPPED : drop(src, dst, hops, "attachment " + e.attachmentId() + " is not on " + g.tgw().id());
    if (out.type() == AttachmentType.PEERING) {
      Gateway peer = gateways.get(out.resourceId());
      TgwAttachment back = peer == null ? null : peer.byPeerTgw().get(g.tgw().id());
      if (back == null) return hops == null ? DROPPED : drop(src, dst, hops, "TGW peering " + out.id() + " leads to no known TGW");
      return viaTgw(peer, back, dst, hops, src, depth + 1);
    }
    if (out.type() == AttachmentType.VPN || out.type() == AttachmentType.DIRECT_CONNECT) {
      String site = onPrem.siteHolding(out, dst);
      if (site == null) return hops == null ? DROPPED : drop(src, dst, hops, out.id() + " leads to no on-premises site that holds " + dst);
      if (hops != null) hops.add(out.id() + " -> " + site);
      return new Path(src.id(), hops == null ? "" : dst.toString(), hops, site, "");
    }
    if (out.type() != AttachmentType.VPC) return hops == null ? DROPPED : drop(src, dst, hops, "leaves through " + out.type() + " attachment " + out.id());
    Vpc next = vpcs.get(out.resourceId());
    if (next == null) return hops == null ? DROPPED : drop(src, dst, hops, out.id() + " attaches unknown VPC " + out.resourceId());
    RouteTable arrival = VpcTables.arrival(next, out.subnetIds());
    if (arrival == null) {
      arrival = new RouteTable("(implicit)", "", VpcTables.local(next), List.of(), true);
    }
    return new Object[] {next, arrival};
  }

  private Route lookup(RouteTable t, Cidr dst, boolean noLocal) {
    Map<String, PrefixTable<Route>> cache = noLocal ? compiledNoLocal : compiled;
    boolean synthetic = t.id().startsWith("(");
    PrefixTable<Route> pt = synthetic ? null : cache.get(t.id());
    if (pt == null) {
      pt = new PrefixTable<>();
      for (Route r : t.routes()) {
        if (noLocal && r.targetType() == RouteTarget.LOCAL) continue;
        pt.putIfAbsent(r.destination(), r);
      }
      if (!synthetic) cache.put(t.id(), pt);
    }
    return pt.longest(dst);
  }

  /**
   * Whether on-premises learns {@code dst} over this attachment and so would send it there: a DX
   * gateway attachment advertises its association's allowed prefixes, a VPN what the route
   * table it is associated with holds (BGP; a static VPN is configured to match).
   */
  public boolean advertises(String tgwId, String attachmentId, Cidr dst) {
    Gateway g = gateways.get(tgwId);
    TgwAttachment in = g == null ? null : g.attachments().get(attachmentId);
    if (in == null) return false;
    if (in.type() == AttachmentType.DIRECT_CONNECT) return onPrem.advertised(in, dst);
    String tableId = g.association().get(in.id());
    TgwEntry e = tableId == null ? null : g.tables().get(tableId).longest(dst);
    return e != null && !e.blackhole();
  }

  /**
   * Traffic from an on-premises site entering {@code tgwId} over its attachment {@code attachmentId}
   * (a DX gateway attachment only carries what the association advertises to on-premises).
   */
  public Path fromSite(String siteId, String tgwId, String attachmentId, Cidr dst, boolean withHops) {
    List<String> hops = withHops ? new ArrayList<>() : null;
    Vpc origin = new Vpc(siteId, siteId, "onprem", "onprem", "", List.of(), List.of(), List.of(), null, null);
    Gateway g = gateways.get(tgwId);
    TgwAttachment in = g == null ? null : g.attachments().get(attachmentId);
    if (in == null) return drop(origin, dst, hops, "attachment " + attachmentId + " is not on " + tgwId);
    if (hops != null) hops.add(siteId + " -> " + attachmentId);
    if (!onPrem.advertised(in, dst)) {
      return drop(origin, dst, hops, dst + " is not among the prefixes " + in.resourceId() + " advertises to on-premises over " + tgwId);
    }
    String tableId = g.association().get(in.id());
    if (!withHops && tableId != null) {
      Map<Cidr, String> memo = fromTable.computeIfAbsent(tgwId, k -> new HashMap<>()).computeIfAbsent(tableId, k -> new HashMap<>());
      String hit = memo.get(dst);
      if (hit != null) return new Path(siteId, "", null, hit, hit.isEmpty() ? "dropped" : "");
      Path p = fromSite(siteId, tgwId, attachmentId, dst, true);
      memo.put(dst, p.deliveredTo());
      return p;
    }
    Object next = viaTgw(g, in, dst, hops, origin, 0);
    if (next instanceof Path p) return p;
    Object[] arrival = (Object[]) next;
    return walk(origin, (Vpc) arrival[0], (RouteTable) arrival[1], dst, false, hops, 1);
  }

  private static Path drop(Vpc src, Cidr dst, List<String> hops, String reason) {
    return new Path(src.id(), dst.toString(), hops, "", reason);
  }

  /** Drops in bulk mode (no hops recorded) share one result: nobody reads their reason. */
  private static final Path DROPPED = new Path("", "", List.of(), "", "dropped");
}
