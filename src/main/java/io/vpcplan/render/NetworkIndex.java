package io.vpcplan.render;

import io.vpcplan.model.Account;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Endpoint;
import io.vpcplan.model.EndpointService;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Segment;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Lookups every view needs, built once per drawing; all listings come back sorted. */
final class NetworkIndex {
  static final Comparator<Vpc> VPC_ORDER = Comparator.comparing(Vpc::region).thenComparing(Vpc::account)
      .thenComparing(v -> v.name().isEmpty() ? v.id() : v.name()).thenComparing(Vpc::id);

  final Network network;
  final List<Vpc> vpcs;
  final List<TransitGateway> tgws;
  final Map<String, Vpc> vpcById = new HashMap<>();
  final Map<String, TransitGateway> tgwById = new HashMap<>();
  final Map<String, Account> accounts = new HashMap<>();
  /** "tgw id|attachment id" → the route table of that TGW the attachment is associated with. */
  private final Map<String, TgwRouteTable> associatedTable = new HashMap<>();
  /** "tgw id|attachment id" → attachment: ids need only be unique within one TGW. */
  private final Map<String, TgwAttachment> attachmentById = new HashMap<>();
  final Style style;

  NetworkIndex(Network network) {
    this.network = network;
    this.vpcs = network.vpcs().stream().sorted(VPC_ORDER).toList();
    this.tgws = network.transitGateways().stream()
        .sorted(Comparator.comparing(TransitGateway::region).thenComparing(TransitGateway::id)).toList();
    for (Vpc v : vpcs) vpcById.putIfAbsent(v.id(), v);
    for (Account a : network.accounts()) {
      if (!a.id().isEmpty()) accounts.putIfAbsent(a.id(), a);
      if (!a.name().isEmpty()) accounts.putIfAbsent(a.name(), a);
    }
    SortedSet<String> segments = new TreeSet<>();
    for (Segment s : network.segments()) segments.add(s.name());
    for (Vpc v : vpcs) if (!v.segment().isEmpty()) segments.add(v.segment());
    for (TransitGateway t : tgws) {
      tgwById.put(t.id(), t);
      for (TgwAttachment a : t.attachments()) attachmentById.put(t.id() + "|" + a.id(), a);
      for (TgwRouteTable rt : t.routeTables()) {
        for (String a : rt.associations()) associatedTable.putIfAbsent(t.id() + "|" + a, rt);
      }
    }
    // Estates without segment names: colour by the route table an attachment is associated with.
    if (segments.isEmpty()) {
      for (TransitGateway t : tgws) for (TgwRouteTable rt : t.routeTables()) segments.add(tableName(rt));
    }
    this.style = new Style(segments);
  }

  /** The route table of its own TGW that an attachment is associated with, or null. */
  TgwRouteTable tableOf(TgwAttachment a) {
    return associatedTable.get(a.tgwId() + "|" + a.id());
  }

  TgwAttachment attachment(String tgwId, String attachmentId) {
    return attachmentById.get(tgwId + "|" + attachmentId);
  }

  static String tableName(TgwRouteTable rt) {
    return rt.name().isEmpty() ? rt.id() : rt.name();
  }

  static String vpcName(Vpc v) {
    return v.name().isEmpty() ? v.id() : v.name();
  }

  static String tgwName(TransitGateway t) {
    return t.name().isEmpty() ? t.id() : t.name();
  }

  /** The account's display label: name, and the OU when known. */
  String accountLabel(String key) {
    Account a = accounts.get(key);
    if (a == null) return key;
    String name = a.key();
    return a.ou().isEmpty() ? name : name + " (" + a.ou() + ")";
  }

  String ou(String accountKey) {
    Account a = accounts.get(accountKey);
    return a == null ? "" : a.ou();
  }

  /** Segment of an attachment: the VPC's segment, else the name of its associated route table. */
  String segmentOf(TgwAttachment att) {
    Vpc v = vpcById.get(att.resourceId());
    if (v != null && !v.segment().isEmpty()) return v.segment();
    TgwRouteTable rt = tableOf(att);
    return rt == null ? "" : tableName(rt);
  }

  /** VPC attachments whose VPC is in the network, sorted by TGW then attachment id. */
  List<TgwAttachment> vpcAttachments() {
    List<TgwAttachment> out = new ArrayList<>();
    for (TransitGateway t : tgws) {
      for (TgwAttachment a : sortedAttachments(t)) {
        if (a.type() == AttachmentType.VPC && vpcById.containsKey(a.resourceId())) out.add(a);
      }
    }
    return out;
  }

  static List<TgwAttachment> sortedAttachments(TransitGateway t) {
    return t.attachments().stream().sorted(Comparator.comparing(TgwAttachment::id)).toList();
  }

  /** Pairs of TGWs joined by a peering attachment, each pair once, sorted. */
  SortedSet<List<String>> tgwPeerings() {
    SortedSet<List<String>> out = new TreeSet<>(Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)));
    for (TransitGateway t : tgws) {
      for (TgwAttachment a : t.attachments()) {
        if (a.type() != AttachmentType.PEERING || a.resourceId().isEmpty()) continue;
        String x = t.id();
        String y = a.resourceId();
        if (x.equals(y)) continue;
        out.add(x.compareTo(y) < 0 ? List.of(x, y) : List.of(y, x));
      }
    }
    return out;
  }

  /** Region → account → VPCs, all sorted. */
  SortedMap<String, SortedMap<String, List<Vpc>>> byRegionAndAccount(List<Vpc> subset) {
    SortedMap<String, SortedMap<String, List<Vpc>>> out = new TreeMap<>();
    for (Vpc v : subset) {
      out.computeIfAbsent(v.region(), r -> new TreeMap<>()).computeIfAbsent(v.account(), a -> new ArrayList<>()).add(v);
    }
    return out;
  }

  /** A PrivateLink connection: an endpoint in {@code consumer} to a service in {@code provider}. */
  record PrivateLink(String consumer, String provider, String service) {}

  List<Peering> peerings() {
    return network.peerings().stream().sorted(Comparator.comparing(Peering::id)).toList();
  }

  /** Endpoints resolved to their service's VPC (by service name or id); AWS services are left out. */
  List<PrivateLink> privateLinks() {
    Map<String, EndpointService> services = new HashMap<>();
    for (EndpointService s : network.endpointServices()) {
      services.putIfAbsent(s.id(), s);
      if (!s.name().isEmpty()) services.putIfAbsent(s.name(), s);
    }
    List<PrivateLink> out = new ArrayList<>();
    for (Endpoint e : network.endpoints().stream().sorted(Comparator.comparing(Endpoint::id)).toList()) {
      EndpointService s = services.get(e.serviceName());
      if (s == null || s.vpcId().isEmpty()) continue;
      String label = s.name().isEmpty() ? s.id() : shortService(s.name());
      out.add(new PrivateLink(e.vpcId(), s.vpcId(), label));
    }
    return out;
  }

  /** "com.amazonaws.vpce.us-east-1.vpce-svc-0abc" reads better as its last part. */
  static String shortService(String name) {
    int dot = name.lastIndexOf('.');
    return name.startsWith("com.amazonaws.") && dot >= 0 ? name.substring(dot + 1) : name;
  }
}
