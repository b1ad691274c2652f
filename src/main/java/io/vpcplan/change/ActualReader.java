package io.vpcplan.change;

import static io.vpcplan.change.Actual.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Builds an {@link Actual}: owned taggable resources first (to learn their AWS ids), then their children. */
final class ActualReader {
  private static final Set<String> GONE = Set.of("deleted", "deleting", "failed", "rejected", "rejecting",
      "expired");
  private final String plan;
  private final List<RegionDocs> regions;
  private final List<Have> haves = new ArrayList<>();
  private final Map<String, String> keyOf = new HashMap<>();
  private final Map<String, List<String>> visible = new TreeMap<>();

  ActualReader(String plan, List<RegionDocs> regions) {
    this.plan = plan;
    this.regions = regions;
  }

  Actual read() {
    for (RegionDocs r : regions) owned(r);
    for (RegionDocs r : regions) children(r);
    for (RegionDocs r : regions) grandchildren(r);
    return new Actual(haves, keyOf, visible);
  }

  /** The planned id of an item tagged by this plan, else null. */
  private String ownKey(Map<String, String> tags) {
    return Ownership.plannedId(tags, plan).orElse(null);
  }

  private String ref(String awsId) {
    if (awsId == null || awsId.isEmpty()) return "";
    String k = keyOf.get(awsId);
    return k != null ? k : "aws:" + awsId;
  }

  private void taggable(Kind kind, RegionDocs r, JsonNode item, String idField, Map<String, String> props,
      String state) {
    Map<String, String> tags = Actual.tags(item, "Tags", "Key", "Value");
    String key = ownKey(tags);
    String id = text(item, idField);
    if (key == null || id.isEmpty() || GONE.contains(state)) return;
    keyOf.putIfAbsent(id, key);
    haves.add(new Have(kind, key, id, r.account(), r.region(), props, tags, state));
  }

  private static boolean ownedHere(JsonNode item, String field, String account) {
    String owner = text(item, field);
    return owner.isEmpty() || owner.equals(account);
  }

  private void owned(RegionDocs r) {
    for (JsonNode v : r.list("Vpcs")) {
      if (ownedHere(v, "OwnerId", r.account())) {
        taggable(Kind.VPC, r, v, "VpcId", Map.of("cidr", text(v, "CidrBlock")), text(v, "State"));
      }
    }
    for (JsonNode t : r.list("TransitGateways")) {
      String state = text(t, "State");
      if (!ownedHere(t, "OwnerId", r.account())) {
        if (!GONE.contains(state)) {
          visible.computeIfAbsent(r.account() + "/" + r.region(), k -> new ArrayList<>()).add(text(t, "TransitGatewayId"));
        }
        continue;
      }
      JsonNode o = t.path("Options");
      Map<String, String> p = new TreeMap<>();
      if (o.has("AmazonSideAsn")) p.put("asn", text(o, "AmazonSideAsn"));
      p.put("autoAccept", text(o, "AutoAcceptSharedAttachments"));
      p.put("defaultAssociation", text(o, "DefaultRouteTableAssociation"));
      p.put("defaultPropagation", text(o, "DefaultRouteTablePropagation"));
      p.put("arn", text(t, "TransitGatewayArn"));
      taggable(Kind.TRANSIT_GATEWAY, r, t, "TransitGatewayId", p, state);
    }
    for (JsonNode a : r.list("Addresses")) {
      taggable(Kind.ELASTIC_IP, r, a, "AllocationId", Map.of(), "");
    }
    for (JsonNode s : r.list("ResourceShares")) {
      Map<String, String> tags = Actual.tags(s, "tags", "key", "value");
      String key = ownKey(tags);
      String status = text(s, "status").toLowerCase(java.util.Locale.ROOT);
      if (key == null || GONE.contains(status)) continue;
      List<String> principals = new ArrayList<>();
      s.path("principals").forEach(p -> principals.add(p.asText()));
      List<String> resources = new ArrayList<>();
      s.path("resources").forEach(p -> resources.add(p.asText()));
      keyOf.putIfAbsent(text(s, "resourceShareArn"), key);
      haves.add(new Have(Kind.RESOURCE_SHARE, key, text(s, "resourceShareArn"), r.account(), r.region(),
          Map.of("principals", String.join(",", principals.stream().sorted().toList()),
              "resourceArns", String.join(",", resources.stream().sorted().toList())), tags, status));
    }
  }

  private void children(RegionDocs r) {
    // tables and attachments refer to TGWs and VPCs, so they come in this second pass
    for (JsonNode s : r.list("Subnets")) {
      if (!ownedHere(s, "OwnerId", r.account())) continue;
      taggable(Kind.SUBNET, r, s, "SubnetId", Map.of("vpc", ref(text(s, "VpcId")), "cidr", text(s, "CidrBlock"),
          "az", text(s, "AvailabilityZone")), text(s, "State"));
    }
    for (JsonNode n : r.list("NatGateways")) {
      String eip = "";
      for (JsonNode a : n.path("NatGatewayAddresses")) if (eip.isEmpty()) eip = text(a, "AllocationId");
      taggable(Kind.NAT_GATEWAY, r, n, "NatGatewayId", Map.of("vpc", ref(text(n, "VpcId")), "subnet",
          ref(text(n, "SubnetId")), "eip", ref(eip)), text(n, "State"));
    }
    for (JsonNode t : r.list("TransitGatewayRouteTables")) {
      taggable(Kind.TGW_ROUTE_TABLE, r, t, "TransitGatewayRouteTableId",
          Map.of("tgw", ref(text(t, "TransitGatewayId"))), text(t, "State"));
    }
    for (JsonNode g : r.list("InternetGateways")) {
      String vpc = "";
      for (JsonNode a : g.path("Attachments")) vpc = text(a, "VpcId");
      taggable(Kind.INTERNET_GATEWAY, r, g, "InternetGatewayId", Map.of("vpc", ref(vpc)), "");
    }
    for (JsonNode a : r.list("TransitGatewayVpcAttachments")) {
      if (!ownedHere(a, "VpcOwnerId", r.account())) continue;
      List<String> subnets = new ArrayList<>();
      a.path("SubnetIds").forEach(s -> subnets.add(ref(s.asText())));
      taggable(Kind.TGW_VPC_ATTACHMENT, r, a, "TransitGatewayAttachmentId", Map.of("tgw",
          ref(text(a, "TransitGatewayId")), "vpc", ref(text(a, "VpcId")), "subnets",
          String.join(",", subnets.stream().sorted().toList())), text(a, "State"));
    }
    for (JsonNode a : r.list("TransitGatewayAttachments")) {
      if (!"peering".equals(text(a, "ResourceType"))) continue;
      taggable(Kind.TGW_PEERING, r, a, "TransitGatewayAttachmentId", Map.of("tgw", ref(text(a, "TransitGatewayId")),
          "peerTgw", ref(text(a, "ResourceId"))), text(a, "State"));
    }
    for (JsonNode p : r.list("VpcPeeringConnections")) {
      // listed on both sides (and in both regions); the requester's side carries the tags
      JsonNode req = p.path("RequesterVpcInfo");
      JsonNode acc = p.path("AccepterVpcInfo");
      if (!ownedHere(req, "OwnerId", r.account()) || !(text(req, "Region").isEmpty() || text(req, "Region").equals(r.region()))) {
        continue;
      }
      taggable(Kind.VPC_PEERING, r, p, "VpcPeeringConnectionId", Map.of("vpc", ref(text(req, "VpcId")), "peerVpc",
          ref(text(acc, "VpcId")), "peerAccount", text(acc, "OwnerId"), "peerRegion", text(acc, "Region")),
          text(p.path("Status"), "Code"));
    }
    for (JsonNode t : r.list("RouteTables")) {
      if (ownedHere(t, "OwnerId", r.account())) {
        taggable(Kind.ROUTE_TABLE, r, t, "RouteTableId", Map.of("vpc", ref(text(t, "VpcId"))), "");
      }
    }
  }

  /** Untaggable things, found through owned parents of any account (a TGW table lists other accounts' attachments). */
  private void grandchildren(RegionDocs r) {
    for (JsonNode v : r.list("Vpcs")) vpcBlocks(r, v);
    for (JsonNode t : r.list("RouteTables")) new RouteTableHaves(this, r, t).read();
    TgwTableHaves.read(this, r);
  }

  private void vpcBlocks(RegionDocs r, JsonNode v) {
    String vpcKey = keyOf.get(text(v, "VpcId"));
    if (vpcKey == null || !ownedHere(v, "OwnerId", r.account())) return;
    for (JsonNode b : v.path("CidrBlockAssociationSet")) {
      String cidr = text(b, "CidrBlock");
      String state = text(b.path("CidrBlockState"), "State");
      if (cidr.equals(text(v, "CidrBlock")) || GONE.contains(state) || state.equals("disassociated")) continue;
      add(new Have(Kind.VPC_CIDR, "cidr/" + vpcKey + "/" + cidr, text(b, "AssociationId"), r.account(), r.region(),
          Map.of("vpc", vpcKey, "cidr", cidr), Map.of(), state));
    }
  }

  // ---- for the child readers

  String key(String awsId) {
    return keyOf.get(awsId);
  }

  String refOf(String awsId) {
    return ref(awsId);
  }

  void add(Have h) {
    haves.add(h);
  }

  static boolean gone(String state) {
    return GONE.contains(state);
  }
}
