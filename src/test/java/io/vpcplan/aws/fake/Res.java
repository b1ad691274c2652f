package io.vpcplan.aws.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One resource in the fake's state (mutable; all access under the cloud's lock). Attributes are
 * keyed by the EC2 filter name that selects on them, so filtering is a map lookup.
 */
final class Res {
  final String id;
  final String type;
  final String account;
  final String region;
  final Map<String, String> tags = new LinkedHashMap<>();
  final Map<String, String> attrs = new TreeMap<>();
  /** Route-table routes, TGW static routes, VPC CIDR associations: one small map per entry. */
  final List<Map<String, String>> rows = new ArrayList<>();
  /** Route-table associations, VPC IPv6 blocks. */
  final List<Map<String, String>> rows2 = new ArrayList<>();
  final List<String> ids = new ArrayList<>();
  /** A state the resource moves to after {@code describesLeft} more describes show it. */
  String nextState;
  int describesLeft;
  Runnable onNextState;

  Res(String id, String type, String account, String region) {
    this.id = id;
    this.type = type;
    this.account = account;
    this.region = region;
  }

  String attr(String k) {
    return attrs.get(k);
  }

  Res set(String k, String v) {
    if (v == null) attrs.remove(k);
    else attrs.put(k, v);
    return this;
  }

  String state() {
    return attrs.getOrDefault("state", "available");
  }

  boolean live() {
    return !state().equalsIgnoreCase("deleted") && !state().equalsIgnoreCase("deleting");
  }

  /** Moves to {@code state} now and to {@code next} after {@code describes} describes (0: at once). */
  void lifecycle(String state, String next, int describes, Runnable then) {
    set("state", state);
    nextState = next;
    describesLeft = describes;
    onNextState = then;
    if (describes <= 0) tick();
  }

  /** Called after a describe has shown this resource. */
  void tick() {
    if (nextState == null) return;
    if (--describesLeft > 0) return;
    set("state", nextState);
    nextState = null;
    Runnable r = onNextState;
    onNextState = null;
    if (r != null) r.run();
  }

  /**
   * The test's view. Besides the attributes: "ids" (an attachment's subnets, a share's resources,
   * a TGW route table's propagating attachments), "cidrs" of a VPC, "routes" as dest>target and
   * "associations" (subnet ids, "main") of route tables.
   */
  CloudResource view() {
    Map<String, String> a = new TreeMap<>(attrs);
    if (!ids.isEmpty()) a.put("ids", String.join(",", ids));
    switch (type) {
      case "vpc" -> {
        List<String> cidrs = new ArrayList<>();
        rows.forEach(r -> cidrs.add(r.get("cidrBlock")));
        rows2.forEach(r -> cidrs.add(r.get("ipv6CidrBlock")));
        a.put("cidrs", String.join(",", cidrs));
      }
      case "route-table", "transit-gateway-route-table" -> {
        a.put("routes", String.join(",", rows.stream().map(Res::route).toList()));
        if (type.equals("route-table")) {
          a.put("associations", String.join(",", rows2.stream().map(r -> r.getOrDefault("subnetId", "main")).toList()));
        }
      }
      default -> { }
    }
    return new CloudResource(id, type, account, region, tags, a);
  }

  private static String route(Map<String, String> r) {
    String dest = r.getOrDefault("destinationCidrBlock", r.get("destinationIpv6CidrBlock"));
    String target = r.getOrDefault("gatewayId", r.getOrDefault("transitGatewayId", r.getOrDefault("vpcPeeringConnectionId",
        r.getOrDefault("natGatewayId", r.getOrDefault("attachmentId", "blackhole")))));
    return dest + ">" + target;
  }
}
