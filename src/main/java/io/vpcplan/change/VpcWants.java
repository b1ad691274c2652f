package io.vpcplan.change;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpcGateways;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The wants of one planned VPC: the VPC, its blocks, subnets, gateways, route tables, routes, TGW attachment. */
final class VpcWants {
  private final Desired d;
  private final Vpc v;
  private final String acc;
  private final Map<String, String> tags;

  VpcWants(Desired d, Vpc v) {
    this.d = d;
    this.v = v;
    this.acc = d.accountId(v.account());
    this.tags = v.effectiveTags(d.network());
  }

  void build() {
    List<Cidr> v4 = v.cidrs().stream().filter(Cidr::isV4).toList();
    if (v4.isEmpty()) {
      d.note("VPC " + v.displayName() + " has no IPv4 block; apply needs one (IPv6-only VPCs are not applied)");
      return;
    }
    if (v.cidrs().stream().anyMatch(c -> !c.isV4())) {
      d.note("VPC " + v.displayName() + ": its IPv6 blocks come from an address pool apply does not manage; only IPv4 is applied");
    }
    add(Kind.VPC, v.id(), v.name(), Desired.props("cidr", v4.get(0).toString()), List.of(), tags);
    List<String> blocks = new ArrayList<>();
    for (Cidr c : v4.subList(1, v4.size())) {
      String key = "cidr/" + v.id() + "/" + c;
      blocks.add(key);
      add(Kind.VPC_CIDR, key, c.toString(), Desired.props("vpc", v.id(), "cidr", c.toString()), List.of(v.id()), Map.of());
    }
    for (Subnet s : v.subnets()) {
      List<String> needs = new ArrayList<>(List.of(v.id()));
      if (!v4.get(0).contains(s.cidr())) needs.addAll(blocks);
      Map<String, String> st = new TreeMap<>(tags);
      if (!s.tier().isEmpty()) st.put("vpcplan:tier", s.tier());
      add(Kind.SUBNET, s.key(), Desired.subnetName(v, s), Desired.props("vpc", v.id(), "cidr", s.cidr().toString(),
          "az", s.az()), needs, d.tags(s.key(), Desired.subnetName(v, s), st));
    }
    VpcGateways gw = VpcGateways.of(v, d.network().natGateways());
    if (gw.hasInternetGateway()) {
      add(Kind.INTERNET_GATEWAY, gw.internetGateway(), v.name() + "-igw", Desired.props("vpc", v.id()), List.of(v.id()),
          tags);
    }
    for (VpcGateways.NatGateway n : gw.natGateways()) nat(n, gw);
    String attachment = attachment();
    Set<String> subnetKeys = v.subnets().stream().map(Subnet::key).collect(Collectors.toSet());
    for (RouteTable rt : gw.routeTables()) {
      String name = rt.name().isEmpty() ? v.name() : rt.name();
      add(Kind.ROUTE_TABLE, rt.id(), name, Desired.props("vpc", v.id()), List.of(v.id()), tags);
      for (String s : rt.subnetIds()) {
        if (!subnetKeys.contains(s)) continue;
        add(Kind.ROUTE_TABLE_ASSOCIATION, "assoc/" + s, s, Desired.props("table", rt.id(), "subnet", s),
            List.of(rt.id(), s), Map.of());
      }
      for (Route r : rt.routes()) route(rt, r, gw, attachment);
    }
  }

  private void route(RouteTable rt, Route r, VpcGateways gw, String attachment) {
    String dest = r.destination().toString();
    String key = "route/" + rt.id() + "/" + dest;
    switch (r.targetType()) {
      case LOCAL -> {
        // implicit
      }
      case TRANSIT_GATEWAY -> {
        TgwAttachment a = attachment == null ? null : d.vpcAttachment(v.id());
        String tgw = a != null ? a.tgwId() : r.target();
        if (d.tgw(tgw) == null || attachment == null) {
          d.note("route " + dest + " in " + rt.id() + " to " + r.target() + ": no attachment of this VPC to a planned"
              + " transit gateway; not applied");
          return;
        }
        add(Kind.ROUTE, key, dest, Desired.props("table", rt.id(), "destination", dest, "transitGateway", tgw),
            List.of(rt.id(), attachment), Map.of());
      }
      case INTERNET_GATEWAY -> {
        if (!r.destination().isV4()) {
          d.note("route " + dest + " in " + rt.id() + ": IPv6 routes are not applied");
          return;
        }
        add(Kind.ROUTE, key, dest, Desired.props("table", rt.id(), "destination", dest, "gateway",
            gw.internetGateway()), List.of(rt.id(), gw.internetGateway()), Map.of());
      }
      case PEERING -> {
        String accept = d.peeringAccept(r.target());
        if (!r.destination().isV4()) {
          d.note("route " + dest + " in " + rt.id() + ": IPv6 routes are not applied");
          return;
        }
        if (accept == null) {
          d.note("route " + dest + " in " + rt.id() + " to peering " + r.target() + ": that peering is not applied;"
              + " not applied");
          return;
        }
        add(Kind.ROUTE, key, dest, Desired.props("table", rt.id(), "destination", dest, "peering", r.target()),
            List.of(rt.id(), r.target(), accept), Map.of());
      }
      case NAT_GATEWAY -> {
        if (!d.has(r.target())) {
          d.note("route " + dest + " in " + rt.id() + " to NAT gateway " + r.target() + ": that NAT gateway is not"
              + " applied; not applied");
          return;
        }
        add(Kind.ROUTE, key, dest, Desired.props("table", rt.id(), "destination", dest, "natGateway", r.target()),
            List.of(rt.id(), r.target()), Map.of());
      }
      default -> d.note("route " + dest + " in " + rt.id() + " to " + r.targetType().name().toLowerCase().replace('_', ' ')
          + " " + r.target() + ": not applied");
    }
  }

  /**
   * A NAT gateway in its AZ's public subnet with its Elastic IP, named and tagged as CloudFormation's
   * (the EIP is "NAT id/eip"): both cost money while they exist, which the change set says.
   */
  private void nat(VpcGateways.NatGateway n, VpcGateways gw) {
    String name = v.name() + "-nat-" + n.az();
    String eip = n.id() + "/eip";
    add(Kind.ELASTIC_IP, eip, name, Desired.props("nat", n.id()), List.of(gw.internetGateway()), d.tags(eip, name, tags));
    add(Kind.NAT_GATEWAY, n.id(), name, Desired.props("vpc", v.id(), "subnet", n.subnetId(), "eip", eip, "az", n.az()),
        List.of(n.subnetId(), eip, gw.internetGateway()), d.tags(n.id(), name, tags));
  }

  /** The VPC's TGW attachment (and its acceptance by the TGW owner when cross-account); its key, or null. */
  private String attachment() {
    TgwAttachment a = d.vpcAttachment(v.id());
    if (a == null) return null;
    TransitGateway g = d.tgw(a.tgwId());
    if (g == null) return null;
    String owner = d.accountId(g.account());
    List<String> subnets = a.subnetIds().stream().filter(s -> v.subnets().stream().anyMatch(x -> x.key().equals(s)))
        .sorted().toList();
    List<String> needs = new ArrayList<>(List.of(g.id(), v.id()));
    needs.addAll(subnets);
    boolean cross = !owner.equals(acc);
    if (cross && d.has(Desired.shareAcceptKey(g.id(), acc))) needs.add(Desired.shareAcceptKey(g.id(), acc));
    String name = v.name() + "-attachment";
    add(Kind.TGW_VPC_ATTACHMENT, a.id(), name, Desired.props("tgw", g.id(), "vpc", v.id(), "subnets",
        String.join(",", subnets), "applianceMode", Boolean.toString(a.applianceMode())), needs, tags);
    String accept = null;
    if (cross) {
      accept = "accept/" + a.id();
      d.add(new Want(Kind.TGW_ATTACHMENT_ACCEPT, accept, owner, g.region(), name, Desired.props("attachment", a.id()),
          List.of(a.id()), Map.of()));
    }
    d.attachmentCreated(a.id(), accept);
    return a.id();
  }

  private void add(Kind kind, String key, String name, Map<String, String> props, List<String> needs,
      Map<String, String> extraTags) {
    Map<String, String> t = kind.taggable() ? (extraTags.containsKey("vpcplan:id") ? extraTags
        : d.tags(key, name, extraTags)) : Map.of();
    d.add(new Want(kind, key, acc, v.region(), name, props, needs, t));
  }
}
