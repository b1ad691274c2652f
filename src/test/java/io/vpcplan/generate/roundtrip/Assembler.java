package io.vpcplan.generate.roundtrip;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.roundtrip.Res.Kind;
import io.vpcplan.generate.roundtrip.Res.Ref;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a {@link Network} from the resources read back from an artifact, as AWS would hold it after
 * deployment: every VPC table gets its local routes, a VPC whose subnets are not all associated gets
 * AWS's main table (local routes only), subnets an attachment uses are attachment subnets.
 * Ids are the plan's (vpcplan:id tags), so the result compares with the plan directly.
 */
final class Assembler {
  private final Map<String, Res> byKey = new LinkedHashMap<>();
  private final List<Vpc> existing;
  private final Map<String, String> existingByName = new java.util.HashMap<>();

  private Assembler(List<Res> resources, List<Vpc> existing) {
    for (Res r : resources) byKey.put(r.key(), r);
    this.existing = existing;
    for (Vpc v : existing) existingByName.put(v.displayName(), v.id());
  }

  /**
   * {@code existing}: the VPCs that exist already, which the artifacts take as inputs ("VPC
   * account/region/name" in a parameter's or variable's description): the operator fills in their ids.
   */
  static Network assemble(List<Res> resources, List<Vpc> existing) {
    return new Assembler(resources, existing).network();
  }

  private static final java.util.regex.Pattern EXISTING_VPC = java.util.regex.Pattern.compile("VPC (\\S+/\\S+/[^\\s)]+)");

  /** The resource a reference means, through accepters; null when it names no resource read. */
  private Res deref(Ref ref) {
    Res r = ref == null ? null : byKey.get(ref.key());
    for (int i = 0; r != null && r.kind() == Kind.ALIAS && i < 8; i++) r = byKey.get(r.ref("of") == null ? "" : r.ref("of").key());
    return r;
  }

  private String idOf(Ref ref) {
    Res r = deref(ref);
    if (r != null) return r.id();
    if (ref == null) return "";
    java.util.regex.Matcher m = EXISTING_VPC.matcher(ref.key());
    return ref.external() && m.find() && existingByName.containsKey(m.group(1)) ? existingByName.get(m.group(1)) : ref.key();
  }

  private List<Res> all(Kind k) {
    return byKey.values().stream().filter(r -> r.kind() == k).toList();
  }

  private final Map<String, Map<String, List<Res>>> index = new java.util.HashMap<>();

  /** The resources of kind {@code k} whose {@code field} refers to {@code owner} (indexed once per kind and field). */
  private List<Res> of(Kind k, String field, Res owner) {
    Map<String, List<Res>> m = index.computeIfAbsent(k + "." + field, x -> {
      Map<String, List<Res>> out = new java.util.HashMap<>();
      for (Res r : all(k)) {
        Res o = deref(r.ref(field));
        if (o != null) out.computeIfAbsent(o.key(), y -> new ArrayList<>()).add(r);
      }
      return out;
    });
    return m.getOrDefault(owner.key(), List.of());
  }

  private Network network() {
    Set<String> attachSubnets = new HashSet<>();
    for (Res a : all(Kind.TGW_VPC_ATTACH)) for (Ref s : a.refs("subnets")) attachSubnets.add(idOf(s));
    List<Vpc> vpcs = new ArrayList<>(existing);
    for (Res v : all(Kind.VPC)) vpcs.add(vpc(v, attachSubnets));
    List<TransitGateway> tgws = new ArrayList<>();
    for (Res t : all(Kind.TGW)) tgws.add(tgw(t));
    List<Peering> peerings = new ArrayList<>();
    for (Res p : all(Kind.PEERING)) peerings.add(new Peering(p.id(), idOf(p.ref("vpc")), idOf(p.ref("peerVpc")), null));
    return Network.ofVpcs(vpcs).withTopology(tgws, peerings, List.of());
  }

  private Vpc vpc(Res v, Set<String> attachSubnets) {
    List<Cidr> cidrs = new ArrayList<>();
    if (!v.str("cidr").isEmpty()) cidrs.add(Cidr.parse(v.str("cidr")));
    if (v.str("ipv6").contains("/")) cidrs.add(Cidr.parse(v.str("ipv6")));
    for (Res b : of(Kind.VPC_CIDR, "vpc", v)) {
      for (String f : List.of("cidr", "ipv6")) if (b.str(f).contains("/")) cidrs.add(Cidr.parse(b.str(f)));
    }
    List<Subnet> subnets = new ArrayList<>();
    for (Res s : of(Kind.SUBNET, "vpc", v)) {
      Purpose p = attachSubnets.contains(s.id()) ? Purpose.TGW_ATTACHMENT : Purpose.WORKLOAD;
      Cidr v6 = s.str("ipv6").contains("/") ? Cidr.parse(s.str("ipv6")) : null;
      subnets.add(new Subnet(s.id(), s.tags().getOrDefault("Name", ""), s.tags().getOrDefault("vpcplan:tier", ""),
          s.str("az"), Cidr.parse(s.str("cidr")), p, false, null, v6));
    }
    List<Route> local = cidrs.stream().map(c -> new Route(c, RouteTarget.LOCAL, "local", false)).toList();
    List<RouteTable> tables = new ArrayList<>();
    Set<String> associated = new TreeSet<>();
    for (Res t : of(Kind.ROUTE_TABLE, "vpc", v)) {
      List<Route> routes = new ArrayList<>(local);
      for (Res r : of(Kind.ROUTE, "table", t)) routes.add(route(r));
      List<String> subs = new ArrayList<>();
      for (Res a : of(Kind.SUBNET_ASSOC, "table", t)) subs.add(idOf(a.ref("subnet")));
      associated.addAll(subs);
      tables.add(new RouteTable(t.id(), t.tags().getOrDefault("Name", ""), routes, subs, false));
    }
    if (subnets.stream().anyMatch(s -> !associated.contains(s.key())) || tables.isEmpty()) {
      tables.add(new RouteTable("main/" + v.id(), "main", local, List.of(), true));
    }
    String name = v.id().substring(v.id().lastIndexOf('/') + 1);
    return new Vpc(v.id(), name, v.account(), v.region(), "", cidrs, subnets, tables, null, null);
  }

  private Route route(Res r) {
    Cidr dst = Cidr.parse(r.str("dest").isEmpty() ? r.str("dest6") : r.str("dest"));
    Res t = deref(r.ref("target"));
    if (t == null) return new Route(dst, RouteTarget.OTHER, idOf(r.ref("target")), false);
    return switch (t.kind()) {
      case IGW -> new Route(dst, RouteTarget.INTERNET_GATEWAY, t.id(), false);
      case NAT -> new Route(dst, RouteTarget.NAT_GATEWAY, t.id(), false);
      case EIGW -> new Route(dst, RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY, t.id(), false);
      case TGW -> new Route(dst, RouteTarget.TRANSIT_GATEWAY, t.id(), false);
      case PEERING -> new Route(dst, RouteTarget.PEERING, t.id(), false);
      case ENDPOINT -> new Route(dst, RouteTarget.VPC_ENDPOINT, t.id(), false);
      // an AZ's endpoint of the firewall; which AZ's is InspectionRoutesTest's proof, not this one's
      case FIREWALL -> new Route(dst, RouteTarget.FIREWALL_ENDPOINT, t.id(), false);
      default -> new Route(dst, RouteTarget.OTHER, t.id(), false);
    };
  }

  private TransitGateway tgw(Res t) {
    Map<String, TgwAttachment> atts = new LinkedHashMap<>();
    for (Res a : of(Kind.TGW_VPC_ATTACH, "tgw", t)) {
      atts.put(a.id(), new TgwAttachment(a.id(), t.id(), AttachmentType.VPC, idOf(a.ref("vpc")), a.account(),
          a.refs("subnets").stream().map(this::idOf).toList(), a.str("appliance").equals("enable")));
    }
    for (Res a : all(Kind.TGW_PEER_ATTACH)) {
      Res mine = deref(a.ref("tgw"));
      Res peer = deref(a.ref("peerTgw"));
      if (mine == null || peer == null) continue;
      if (mine.key().equals(t.key())) atts.put(a.id(), new TgwAttachment(a.id(), t.id(), AttachmentType.PEERING, peer.id(), a.account(), List.of(), false));
      if (peer.key().equals(t.key())) atts.put(a.id(), new TgwAttachment(a.id(), t.id(), AttachmentType.PEERING, mine.id(), a.account(), List.of(), false));
    }
    List<TgwRouteTable> tables = new ArrayList<>();
    for (Res rt : of(Kind.TGW_TABLE, "tgw", t)) {
      List<String> assoc = new ArrayList<>();
      for (Res a : of(Kind.TGW_ASSOC, "table", rt)) assoc.add(attachment(a.ref("attachment"), t, atts));
      List<String> prop = new ArrayList<>();
      for (Res a : of(Kind.TGW_PROP, "table", rt)) prop.add(attachment(a.ref("attachment"), t, atts));
      List<TgwRoute> routes = new ArrayList<>();
      for (Res r : of(Kind.TGW_ROUTE, "table", rt)) {
        boolean bh = r.str("blackhole").equals("true");
        routes.add(new TgwRoute(Cidr.parse(r.str("dest")), bh ? "" : attachment(r.ref("attachment"), t, atts), bh));
      }
      tables.add(new TgwRouteTable(rt.id(), rt.tags().getOrDefault("Name", ""), assoc, prop, routes));
    }
    long asn = t.str("asn").isEmpty() ? 64512 : Long.parseLong(t.str("asn"));
    return new TransitGateway(t.id(), t.tags().getOrDefault("Name", ""), t.account(), t.region(), asn, false, false, false,
        new ArrayList<>(atts.values()), tables, null);
  }

  private static final java.util.regex.Pattern VPN = java.util.regex.Pattern.compile("VPN connection (\\S+)");
  private static final java.util.regex.Pattern DX = java.util.regex.Pattern.compile("Direct Connect gateway (\\S+)");

  /**
   * The attachment a TGW table entry names; a VPN or Direct Connect one is added to the TGW when first
   * met, with the VPN connection or DX gateway it attaches (from the resource read, or from the
   * description of the input that stands for it).
   */
  private String attachment(Ref ref, Res tgw, Map<String, TgwAttachment> atts) {
    Res a = deref(ref);
    String id = idOf(ref);
    if (atts.containsKey(id)) return id;
    AttachmentType type = AttachmentType.OTHER;
    String resource = id;
    if (a != null && a.kind() == Kind.VPN) {
      type = AttachmentType.VPN;
      resource = a.id();
    } else if (a != null && a.kind() == Kind.DX_ATTACH) {
      type = AttachmentType.DIRECT_CONNECT;
      resource = idOf(a.ref("dxgw"));
    } else if (a == null && ref != null) {
      java.util.regex.Matcher vpn = VPN.matcher(ref.key());
      java.util.regex.Matcher dx = DX.matcher(ref.key());
      if (vpn.find()) {
        type = AttachmentType.VPN;
        resource = vpn.group(1);
      } else if (dx.find()) {
        type = AttachmentType.DIRECT_CONNECT;
        resource = dx.group(1);
      }
    }
    atts.put(id, new TgwAttachment(id, tgw.id(), type, resource, tgw.account(), List.of(), false));
    return id;
  }
}
