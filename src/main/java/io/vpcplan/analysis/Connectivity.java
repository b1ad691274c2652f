package io.vpcplan.analysis;

import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Intent;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which VPC pairs are connected or meant to be: peered, or attached to one TGW whose route
 * tables mix them (one is associated with a table the other propagates into or is a static
 * route target of), or joined by an intent. Answers "why are A and B connected?" in O(1)-ish.
 */
public final class Connectivity {
  private final Map<String, String> peered = new HashMap<>();
  private final Map<String, String> intended = new HashMap<>();
  /** VPC id → route tables (tgwId/tableId) its attachments are associated with. */
  private final Map<String, List<String>> associated = new HashMap<>();
  /** VPC id → route tables that route to it (propagation or static route). */
  private final Map<String, TreeSet<String>> reachedFrom = new HashMap<>();
  private final List<Peering> peerings;

  public Connectivity(Network net) {
    this.peerings = net.peerings();
    for (Peering p : net.peerings()) peered.putIfAbsent(key(p.requesterVpcId(), p.accepterVpcId()), p.id());
    Map<String, Vpc> index = net.vpcIndex();
    for (Intent i : net.intents()) {
      Vpc a = index.get(i.from());
      Vpc b = index.get(i.to());
      if (a != null && b != null) intended.putIfAbsent(key(a.id(), b.id()), describe(i));
    }
    for (TransitGateway tgw : net.transitGateways()) addTgw(tgw);
  }

  private void addTgw(TransitGateway tgw) {
    Map<String, String> vpcOfAttachment = new HashMap<>();
    for (TgwAttachment a : tgw.attachments()) {
      if (a.type() == AttachmentType.VPC && !a.resourceId().isEmpty()) vpcOfAttachment.put(a.id(), a.resourceId());
    }
    for (TgwRouteTable t : tgw.routeTables()) {
      String table = TgwRef.table(tgw, t); // also the key: it holds both ids
      for (String att : t.associations()) {
        String vpc = vpcOfAttachment.get(att);
        if (vpc != null) associated.computeIfAbsent(vpc, k -> new ArrayList<>()).add(table);
      }
      for (String att : t.propagations()) reach(vpcOfAttachment.get(att), table);
      for (TgwRoute r : t.routes()) if (!r.blackhole()) reach(vpcOfAttachment.get(r.attachmentId()), table);
    }
  }

  private void reach(String vpc, String table) {
    if (vpc != null) reachedFrom.computeIfAbsent(vpc, k -> new TreeSet<>()).add(table);
  }

  /** Why a and b are connected or meant to be, or empty when they are not. */
  public Optional<String> why(String a, String b) {
    // most estates have no peerings or intents: no pair key is built for them
    String p = peered.isEmpty() ? null : peered.get(key(a, b));
    if (p != null) return Optional.of("they are peered (" + p + ")");
    String i = intended.isEmpty() ? null : intended.get(key(a, b));
    if (i != null) return Optional.of("an intent connects them (" + i + ")");
    String t = sharedTable(a, b);
    if (t == null) t = sharedTable(b, a);
    if (t != null) return Optional.of("TGW route table " + t + " routes between them");
    return Optional.empty();
  }

  public boolean connected(String a, String b) {
    return why(a, b).isPresent();
  }

  private String sharedTable(String from, String to) {
    List<String> tables = associated.get(from);
    TreeSet<String> reached = reachedFrom.get(to);
    if (tables == null || reached == null) return null;
    String best = null;
    for (String t : tables) if (reached.contains(t) && (best == null || t.compareTo(best) < 0)) best = t;
    return best;
  }

  /** VPC ids associated with, and reached from, each TGW route table: for candidate pairs in large groups. */
  public Map<String, List<List<String>>> tableMembers() {
    Map<String, List<List<String>>> out = new java.util.TreeMap<>();
    associated.forEach((vpc, tables) -> {
      for (String t : tables) out.computeIfAbsent(t, k -> List.of(new ArrayList<>(), new ArrayList<>())).get(0).add(vpc);
    });
    reachedFrom.forEach((vpc, tables) -> {
      for (String t : tables) out.computeIfAbsent(t, k -> List.of(new ArrayList<>(), new ArrayList<>())).get(1).add(vpc);
    });
    return out;
  }

  public List<Peering> peerings() {
    return peerings;
  }

  public Map<String, String> intendedPairs() {
    return intended;
  }

  static String key(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }

  private static String describe(Intent i) {
    String at = i.location().toString();
    return i.from() + " → " + i.to() + (at.isEmpty() ? "" : ", " + at);
  }
}
