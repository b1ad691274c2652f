package io.vpcplan.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** One want against what is live: create, update (tags, share principals), no-op, or drift in words. */
final class Compare {
  private static final Set<String> ACCEPTED = Set.of("available", "modifying");

  private Compare() {}

  /** The properties that must match, by kind; anything else that differs is drift. */
  private static List<String> fixed(Kind k) {
    return switch (k) {
      case VPC -> List.of("cidr");
      case SUBNET -> List.of("vpc", "cidr", "az");
      case ROUTE_TABLE, INTERNET_GATEWAY -> List.of("vpc");
      case ROUTE_TABLE_ASSOCIATION -> List.of("table");
      case TGW_ROUTE_TABLE -> List.of("tgw");
      case TGW_VPC_ATTACHMENT -> List.of("tgw", "vpc", "subnets");
      case TGW_PEERING -> List.of("tgw");
      case TGW_ASSOCIATION -> List.of("table");
      case TGW_ROUTE -> List.of("attachment", "blackhole");
      case VPC_PEERING -> List.of("vpc", "peerVpc");
      case NAT_GATEWAY -> List.of("subnet");
      case ROUTE -> List.of("transitGateway", "gateway", "peering", "natGateway", "target");
      default -> List.of();
    };
  }

  static Change one(Want w, Actual actual, Map<String, String> awsIds) {
    switch (w.kind()) {
      case SHARE_ACCEPT -> {
        String tgw = awsIds.get(w.prop("tgw"));
        return tgw != null && actual.sees(w.account(), w.region(), tgw) ? Change.of(Action.NOOP, w, null, "")
            : Change.of(Action.CREATE, w, null, "accept the share of " + w.prop("tgw") + " if the organisation does not");
      }
      case TGW_ATTACHMENT_ACCEPT, TGW_PEERING_ACCEPT -> {
        Kind of = w.kind() == Kind.TGW_ATTACHMENT_ACCEPT ? Kind.TGW_VPC_ATTACHMENT : Kind.TGW_PEERING;
        Optional<Have> att = actual.all(of, w.prop("attachment")).stream().findFirst();
        return att.isPresent() && ACCEPTED.contains(att.get().state()) ? Change.of(Action.NOOP, w, att.get(), "")
            : Change.of(Action.CREATE, w, att.orElse(null), "accept " + w.prop("attachment"));
      }
      case VPC_PEERING_ACCEPT -> {
        Optional<Have> pcx = actual.all(Kind.VPC_PEERING, w.prop("peering")).stream().findFirst();
        return pcx.isPresent() && pcx.get().state().equals("active") ? Change.of(Action.NOOP, w, pcx.get(), "")
            : Change.of(Action.CREATE, w, pcx.orElse(null), "accept " + w.prop("peering") + " in " + w.account());
      }
      default -> {
        // compared below
      }
    }
    Optional<Have> found = actual.find(w.kind(), w.key(), w.account(), w.region());
    if (found.isEmpty()) return Change.of(Action.CREATE, w, null, create(w));
    Have h = found.get();
    if (!h.account().equals(w.account()) || !h.region().equals(w.region())) {
      return Change.of(Action.DRIFT, w, h, "planned in " + w.account() + "/" + w.region() + " but " + h.awsId()
          + " carries its vpcplan:id in " + h.account() + "/" + h.region());
    }
    if (w.kind() == Kind.ROUTE_TABLE_ASSOCIATION && !h.prop("table").startsWith("aws:")
        && !w.prop("table").equals(h.prop("table"))) {
      // both tables are this plan's (a NAT gateway dropped, tables split or merged): the subnet moves
      return Change.of(Action.UPDATE, w, h, "move from " + h.prop("table"));
    }
    List<String> diffs = new ArrayList<>();
    for (String p : fixed(w.kind())) {
      if (!w.prop(p).equals(h.prop(p))) diffs.add(p + " is " + show(h.prop(p)) + ", planned " + show(w.prop(p)));
    }
    if (w.kind() == Kind.TRANSIT_GATEWAY) tgwDiffs(w, h, diffs);
    if (!diffs.isEmpty()) return Change.of(Action.DRIFT, w, h, h.awsId() + ": " + String.join("; ", diffs));
    if (w.kind() == Kind.NAT_GATEWAY && h.state().equals("pending")) {
      // a run stopped while it waited: the step finds it by its tags and waits again, before the routes to it
      return Change.of(Action.CREATE, w, h, "wait until " + h.awsId() + " is available");
    }
    List<String> updates = new ArrayList<>();
    if (w.kind() == Kind.RESOURCE_SHARE) shareUpdates(w, h, awsIds, actual, updates);
    for (Map.Entry<String, String> t : w.tags().entrySet()) {
      String now = h.tags().get(t.getKey());
      if (!t.getValue().equals(now)) updates.add("tag " + t.getKey() + " = " + t.getValue() + (now == null ? "" : " (was " + now + ")"));
    }
    return updates.isEmpty() ? Change.of(Action.NOOP, w, h, "") : Change.of(Action.UPDATE, w, h, String.join("; ", updates));
  }

  private static void tgwDiffs(Want w, Have h, List<String> diffs) {
    if (!w.prop("asn").isEmpty() && !w.prop("asn").equals(h.prop("asn"))) {
      diffs.add("Amazon side ASN is " + show(h.prop("asn")) + ", planned " + w.prop("asn"));
    }
    for (String o : List.of("autoAccept", "defaultAssociation", "defaultPropagation")) {
      if (h.prop(o).equals("enable")) diffs.add(o + " is enabled; the plan keeps it disabled");
    }
  }

  private static void shareUpdates(Want w, Have h, Map<String, String> awsIds, Actual actual, List<String> updates) {
    TreeSet<String> missing = new TreeSet<>(w.list("principals"));
    missing.removeAll(h.list("principals"));
    if (!missing.isEmpty()) updates.add("add principals " + String.join(",", missing));
    for (String tgw : w.list("resources")) {
      Optional<Have> g = actual.all(Kind.TRANSIT_GATEWAY, tgw).stream().findFirst();
      if (g.isEmpty() || !h.list("resourceArns").contains(g.get().prop("arn"))) {
        updates.add("add resource " + tgw);
      }
    }
  }

  private static String show(String v) {
    return v.isEmpty() ? "(none)" : v;
  }

  private static String create(Want w) {
    return switch (w.kind()) {
      case VPC, VPC_CIDR, SUBNET -> w.prop("cidr") + (w.prop("az").isEmpty() ? "" : " in " + w.prop("az"));
      case ROUTE -> "→ " + (!w.prop("transitGateway").isEmpty() ? w.prop("transitGateway")
          : !w.prop("peering").isEmpty() ? w.prop("peering") : !w.prop("natGateway").isEmpty() ? w.prop("natGateway")
          : w.prop("gateway"));
      case NAT_GATEWAY -> "in " + w.prop("subnet") + " (costs money by the hour)";
      case ELASTIC_IP -> "for " + w.prop("nat");
      case VPC_PEERING -> "to " + w.prop("peerVpc") + (w.prop("peerAccount").equals(w.account()) ? ""
          : " in account " + w.prop("peerAccount")) + (w.prop("peerRegion").equals(w.region()) ? "" : " in " + w.prop("peerRegion"));
      case TGW_ROUTE -> "→ " + (w.prop("blackhole").isEmpty() ? w.prop("attachment") : "blackhole");
      case TGW_ASSOCIATION, TGW_PROPAGATION -> w.prop("attachment") + " ↔ " + w.prop("table");
      case TRANSIT_GATEWAY -> w.prop("asn").isEmpty() ? "" : "ASN " + w.prop("asn");
      case RESOURCE_SHARE -> "to " + w.prop("principals");
      case TGW_VPC_ATTACHMENT -> "on " + w.prop("subnets");
      case TGW_PEERING -> "to " + w.prop("peerTgw") + " in " + w.prop("peerRegion");
      default -> "";
    };
  }
}
