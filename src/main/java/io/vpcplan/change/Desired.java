package io.vpcplan.change;

import io.vpcplan.generate.OwnershipTags;
import io.vpcplan.model.Account;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.RamShare;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a planned Network asks apply to create: every resource as a {@link Want}, with the same
 * planned ids, names and tags the generators write. What apply cannot create (brownfield VPCs,
 * IPv6 blocks from a pool, peerings of brownfield VPCs, PrivateLink without its NLB) is a note; an
 * account without a 12-digit id is a problem that stops apply before any call. Pure.
 */
public final class Desired {
  /** The wants in creation order, what is left out and why, and what makes apply impossible. */
  public record Result(List<Want> wants, List<String> notes, List<String> problems) {}

  private final Network network;
  private final String plan;
  private final List<Want> wants = new ArrayList<>();
  private final TreeSet<String> notes = new TreeSet<>();
  private final TreeSet<String> problems = new TreeSet<>();
  private final Map<String, Vpc> vpcs = new HashMap<>();
  private final Map<String, TransitGateway> tgws = new HashMap<>();
  private final Map<String, TgwAttachment> attachments = new HashMap<>();
  /** VPC id → its VPC attachment, so each VPC finds its own without scanning every gateway. */
  private final Map<String, TgwAttachment> attachmentByVpc = new HashMap<>();
  private final Map<String, Account> accounts = new HashMap<>();
  /** Attachments apply creates: VPC attachments of planned VPCs and peering attachments. */
  private final Map<String, String> createdAttachments = new HashMap<>();
  private final Map<String, String> acceptKeys = new HashMap<>();
  private final java.util.Set<String> keys = new java.util.HashSet<>();
  /** VPC peering key → the key of its acceptance, for peerings apply creates. */
  private Map<String, String> peeringAccepts = Map.of();

  private Desired(Network network, String plan) {
    this.network = network;
    this.plan = plan;
  }

  public static Result of(Network network, String planName) {
    Desired d = new Desired(network, planName);
    d.build();
    List<Want> sorted = d.wants.stream()
        .sorted((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : a.key().compareTo(b.key())).toList();
    return new Result(sorted, List.copyOf(d.notes), List.copyOf(d.problems));
  }

  private void build() {
    network.vpcs().forEach(v -> vpcs.put(v.id(), v));
    for (Account a : network.accounts()) {
      accounts.putIfAbsent(a.key(), a);
      accounts.putIfAbsent(a.name(), a);
      if (!a.id().isEmpty()) accounts.putIfAbsent(a.id(), a);
    }
    for (TransitGateway g : network.transitGateways()) {
      tgws.put(g.id(), g);
      for (TgwAttachment a : g.attachments()) {
        attachments.putIfAbsent(a.id(), a);
        if (a.type() == AttachmentType.VPC) attachmentByVpc.putIfAbsent(a.resourceId(), a);
      }
    }
    for (TransitGateway g : sortedTgws()) transit(g);
    for (RamShare s : network.ramShares()) share(s);
    peeringAccepts = PeeringWants.build(this);
    for (Vpc v : network.vpcs()) {
      if (v.origin() == Origin.EXISTING || v.origin() == Origin.IMPORTED) {
        notes.add("VPC " + v.displayName() + " exists already (brownfield): apply leaves it as it is");
        continue;
      }
      new VpcWants(this, v).build();
    }
    for (TransitGateway g : sortedTgws()) peerings(g);
    for (TransitGateway g : sortedTgws()) routing(g);
    if (!network.endpointServices().isEmpty() || !network.endpoints().isEmpty()) {
      notes.add("PrivateLink endpoint services and endpoints are not applied: each needs its Network Load Balancer,"
          + " which the plan does not have; `generate` writes them with the NLB as a parameter");
    }
  }

  private List<TransitGateway> sortedTgws() {
    return network.transitGateways().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
  }

  // ---- shared helpers for VpcWants

  String plan() {
    return plan;
  }

  Network network() {
    return network;
  }

  void add(Want w) {
    wants.add(w);
    keys.add(w.key());
  }

  boolean has(String key) {
    return keys.contains(key);
  }

  void note(String s) {
    notes.add(s);
  }

  TgwAttachment vpcAttachment(String vpcId) {
    return attachmentByVpc.get(vpcId);
  }

  /** The acceptance key of a VPC peering apply creates; null when it does not create it. */
  String peeringAccept(String peering) {
    return peeringAccepts.get(peering);
  }

  TransitGateway tgw(String id) {
    return tgws.get(id);
  }

  /** The 12-digit id of an account key; a problem (and the key) when the design gives none. */
  String accountId(String key) {
    if (Account.isAccountId(key)) return key;
    Account a = accounts.get(key);
    if (a != null && Account.isAccountId(a.id())) return a.id();
    problems.add("account '" + key + "' has no 12-digit id in the design; apply needs it (add `id:` to the account)");
    return key;
  }

  Map<String, String> tags(String key, String name, Map<String, String> extra) {
    return OwnershipTags.of(plan, key, name, extra);
  }

  Map<String, String> accountTags(String account) {
    Map<String, String> m = new TreeMap<>(network.tags());
    Account a = accounts.get(account);
    if (a != null) m.putAll(a.tags());
    return m;
  }

  /** Registers the VPC attachment a VpcWants created, and its acceptance key when cross-account. */
  void attachmentCreated(String attachment, String acceptKey) {
    createdAttachments.put(attachment, attachment);
    if (acceptKey != null) acceptKeys.put(attachment, acceptKey);
  }

  static Map<String, String> props(String... kv) {
    Map<String, String> m = new TreeMap<>();
    for (int i = 0; i + 1 < kv.length; i += 2) if (kv[i + 1] != null) m.put(kv[i], kv[i + 1]);
    return m;
  }

  // ---- the Network account

  private void transit(TransitGateway g) {
    String acc = accountId(g.account());
    Map<String, String> tags = accountTags(g.account());
    add(new Want(Kind.TRANSIT_GATEWAY, g.id(), acc, g.region(), g.name(), props("asn", g.asn() > 0 ? Long.toString(g.asn())
        : null, "dnsSupport", Boolean.toString(g.dnsSupport()), "vpnEcmpSupport", Boolean.toString(g.vpnEcmpSupport()),
        "description", "vpcplan " + plan + " " + g.id()), List.of(), tags(g.id(), g.name(), tags)));
    for (TgwRouteTable rt : g.routeTables()) {
      String name = rt.name().isEmpty() ? rt.id() : rt.name();
      add(new Want(Kind.TGW_ROUTE_TABLE, rt.id(), acc, g.region(), name, props("tgw", g.id()), List.of(g.id()),
          tags(rt.id(), name, tags)));
    }
  }

  /** One share per region (RAM shares are regional), with the accounts whose VPCs attach. */
  private void share(RamShare s) {
    Map<String, List<String>> byRegion = new TreeMap<>();
    for (String r : s.resourceIds()) {
      TransitGateway g = tgws.get(r);
      if (g == null) {
        notes.add("RAM share " + s.name() + ": resource " + r + " is not a planned transit gateway; not shared");
        continue;
      }
      byRegion.computeIfAbsent(g.region(), k -> new ArrayList<>()).add(g.id());
    }
    String owner = accountId(s.ownerAccount());
    for (Map.Entry<String, List<String>> e : byRegion.entrySet()) {
      String key = byRegion.size() == 1 ? "ram/" + s.name() : "ram/" + s.name() + "/" + e.getKey();
      TreeSet<String> principals = new TreeSet<>();
      for (String p : s.principals()) principals.add(p.startsWith("arn:") ? p : accountId(p));
      principals.remove(owner);
      List<String> needs = new ArrayList<>(e.getValue());
      add(new Want(Kind.RESOURCE_SHARE, key, owner, e.getKey(), s.name(), props("resources",
          String.join(",", e.getValue()), "principals", String.join(",", principals), "allowExternalPrincipals",
          Boolean.toString(s.allowExternalPrincipals())), needs, tags(key, s.name(), accountTags(s.ownerAccount()))));
      for (String p : principals) {
        if (p.startsWith("arn:")) continue; // OUs and the organisation share without invitations
        for (String tgw : e.getValue()) {
          add(new Want(Kind.SHARE_ACCEPT, shareAcceptKey(tgw, p), p, e.getKey(), s.name(), props("share", key, "tgw", tgw),
              List.of(key), Map.of()));
        }
      }
    }
  }

  static String shareAcceptKey(String tgw, String account) {
    return "ram-accept/" + tgw + "/" + account;
  }

  private void peerings(TransitGateway g) {
    for (TgwAttachment a : g.attachments()) {
      TransitGateway peer = tgws.get(a.resourceId());
      if (a.type() != AttachmentType.PEERING || peer == null || g.id().compareTo(peer.id()) > 0) continue;
      String acc = accountId(g.account());
      String peerAcc = accountId(peer.account());
      String name = g.region() + "--" + peer.region();
      add(new Want(Kind.TGW_PEERING, a.id(), acc, g.region(), name, props("tgw", g.id(), "peerTgw", peer.id(),
          "peerAccount", peerAcc, "peerRegion", peer.region()), List.of(g.id(), peer.id()),
          tags(a.id(), name, accountTags(g.account()))));
      String accept = "accept/" + a.id();
      add(new Want(Kind.TGW_PEERING_ACCEPT, accept, peerAcc, peer.region(), name, props("attachment", a.id()),
          List.of(a.id()), Map.of()));
      createdAttachments.put(a.id(), a.id());
      acceptKeys.put(a.id(), accept);
    }
  }

  private void routing(TransitGateway g) {
    String acc = accountId(g.account());
    for (TgwRouteTable rt : g.routeTables()) {
      for (String a : rt.associations()) {
        List<String> needs = attachmentNeeds(rt, a, "association");
        if (needs == null) continue;
        add(new Want(Kind.TGW_ASSOCIATION, "tgw-assoc/" + g.region() + "/" + a, acc, g.region(), a, props("table", rt.id(), "attachment", a),
            needs, Map.of()));
      }
      for (String a : rt.propagations()) {
        TgwAttachment att = attachments.get(a);
        if (att != null && att.type() == AttachmentType.PEERING) continue; // AWS cannot propagate peering routes
        List<String> needs = attachmentNeeds(rt, a, "propagation");
        if (needs == null) continue;
        add(new Want(Kind.TGW_PROPAGATION, "tgw-prop/" + rt.id() + "/" + a, acc, g.region(), a,
            props("table", rt.id(), "attachment", a), needs, Map.of()));
      }
      for (TgwRoute r : rt.routes()) {
        List<String> needs = r.blackhole() ? List.of(rt.id()) : attachmentNeeds(rt, r.attachmentId(), "route " + r.destination());
        if (needs == null) continue;
        add(new Want(Kind.TGW_ROUTE, "tgw-route/" + rt.id() + "/" + r.destination(), acc, g.region(),
            r.destination().toString(), props("table", rt.id(), "destination", r.destination().toString(),
                "attachment", r.blackhole() ? null : r.attachmentId(), "blackhole", r.blackhole() ? "true" : null),
            needs, Map.of()));
      }
    }
  }

  /** What a TGW route-table entry for attachment {@code a} waits for; null (with a note) when apply cannot make it. */
  private List<String> attachmentNeeds(TgwRouteTable rt, String a, String what) {
    if (!createdAttachments.containsKey(a)) {
      notes.add("TGW " + what + " of " + a + " in " + rt.id() + ": that attachment is not created by apply; not applied");
      return null;
    }
    List<String> needs = new ArrayList<>(List.of(rt.id(), a));
    if (acceptKeys.containsKey(a)) needs.add(acceptKeys.get(a));
    return needs;
  }

  static String subnetName(Vpc v, Subnet s) {
    return v.name() + "-" + s.name();
  }
}
