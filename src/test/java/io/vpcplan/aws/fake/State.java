package io.vpcplan.aws.fake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Everything the fake holds: resources in creation order, id counters, RAM shares and
 * invitations, idempotency tokens. Not thread-safe: the server serializes requests.
 */
final class State {
  static final String TIME = "2026-01-01T00:00:00.000Z";
  private static final Map<String, String> NOT_FOUND = Map.ofEntries(
      Map.entry("vpc", "InvalidVpcID.NotFound"),
      Map.entry("subnet", "InvalidSubnetID.NotFound"),
      Map.entry("route-table", "InvalidRouteTableID.NotFound"),
      Map.entry("internet-gateway", "InvalidInternetGatewayID.NotFound"),
      Map.entry("transit-gateway", "InvalidTransitGatewayID.NotFound"),
      Map.entry("transit-gateway-route-table", "InvalidRouteTableID.NotFound"),
      Map.entry("transit-gateway-attachment", "InvalidTransitGatewayAttachmentID.NotFound"),
      Map.entry("vpc-peering-connection", "InvalidVpcPeeringConnectionID.NotFound"),
      Map.entry("resource-share", "UnknownResourceException"),
      Map.entry("elastic-ip", "InvalidAllocationID.NotFound"),
      Map.entry("natgateway", "NatGatewayNotFound"));

  final Map<String, Res> byId = new LinkedHashMap<>();
  private final Map<String, Integer> counters = new HashMap<>();
  /** account|region|action|token → the parameters and the answer first given. */
  final Map<String, String[]> tokens = new HashMap<>();
  final List<Invitation> invitations = new ArrayList<>();
  int pendingDescribes = 1;
  boolean orgSharing = true;

  /** A RAM invitation to one account principal of a share. */
  static final class Invitation {
    final String arn;
    final Res share;
    final String receiver;
    String status = "PENDING";

    Invitation(String arn, Res share, String receiver) {
      this.arn = arn;
      this.share = share;
      this.receiver = receiver;
    }
  }

  String nextId(String prefix) {
    int n = counters.merge(prefix, 1, Integer::sum);
    return prefix + String.format("%016x", n);
  }

  int next(String counter) {
    return counters.merge(counter, 1, Integer::sum);
  }

  Res add(String prefix, String type, String account, String region) {
    Res r = new Res(nextId(prefix), type, account, region);
    byId.put(r.id, r);
    return r;
  }

  void remove(Res r) {
    byId.remove(r.id);
  }

  List<Res> all(String type) {
    return byId.values().stream().filter(r -> r.type.equals(type)).toList();
  }

  List<Res> all(String type, Predicate<Res> p) {
    return byId.values().stream().filter(r -> r.type.equals(type) && p.test(r)).toList();
  }

  /** The resource of that type with that id, or the type's NotFound error. */
  Res get(String type, String id) {
    Res r = id == null ? null : byId.get(id);
    if (r == null || !r.type.equals(type)) throw notFound(type, id);
    return r;
  }

  /** As {@link #get} but also only when the account owns it in this region. */
  Res owned(String type, String id, String account, String region) {
    Res r = get(type, id);
    if (!r.account.equals(account) || !r.region.equals(region)) throw notFound(type, id);
    return r;
  }

  static ApiError notFound(String type, String id) {
    String code = NOT_FOUND.getOrDefault(type, "InvalidID");
    return new ApiError(400, code,
        "The " + type + " ID '" + id + "' does not exist");
  }

  /** Whether a RAM share in this region makes the resource ARN visible to the account. */
  boolean sharedTo(String resourceArn, String account, String region) {
    for (Res share : all("resource-share", s -> s.region.equals(region) && s.state().equals("ACTIVE"))) {
      if (!share.ids.contains(resourceArn)) continue;
      for (Map<String, String> p : share.rows) {
        if (!p.get("status").equals("ASSOCIATED")) continue;
        String who = p.get("principal");
        if (who.equals(account) || !who.matches("\\d{12}")) return true;
      }
    }
    return false;
  }

  /** vpcplan:id values carried by more than one live resource of one type. */
  List<String> duplicates() {
    Map<String, List<String>> seen = new LinkedHashMap<>();
    for (Res r : byId.values()) {
      String v = r.tags.get("vpcplan:id");
      if (v == null || !r.live()) continue;
      seen.computeIfAbsent(r.type + " vpcplan:id=" + v, k -> new ArrayList<>()).add(r.id);
    }
    List<String> out = new ArrayList<>();
    seen.forEach((k, ids) -> {
      if (ids.size() > 1) out.add(k + " " + ids);
    });
    return out;
  }
}
