package io.vpcplan.generate.terraform;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.Names;
import io.vpcplan.model.NatGateways;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Internet access of a VPC with public subnets: an internet gateway, and one NAT gateway per AZ
 * (in that AZ's first public subnet) when private subnets route to the internet from this VPC;
 * with the design's natGateways single only the first AZ's, with none no NAT at all.
 * When the plan already sends their default route elsewhere (the TGW: central egress), no NAT is
 * made: it would cost money and carry nothing. Dual-stack private subnets get an egress-only gateway.
 */
record Gateways(Res igw, Map<String, Res> natByAz, Res eigw) {
  static final Gateways NONE = new Gateways(null, Map.of(), null);

  /** The NAT for an AZ, or the first one when that AZ has no public subnet. */
  Res nat(String az) {
    Res r = natByAz.get(az);
    return r != null || natByAz.isEmpty() ? r : natByAz.values().iterator().next();
  }

  static Gateways write(Module m, Vpc v, String file, NatGateways mode) {
    List<Subnet> publics = v.subnets().stream().filter(Subnet::isPublic).toList();
    if (publics.isEmpty()) return NONE;
    String plan = m.planName;
    String label = VpcWriter.label(v);
    Res vpc = Context.vpcRes(v);
    Res igw = new Res("aws_internet_gateway", Names.snake(v.id()), Set.of());
    m.add(file, m.resource(igw, v.region()).raw("vpc_id", vpc.ref("id").expr())
        .tags(Tags.of(plan, v.id() + "/igw", label + "-igw")).build());
    m.creates.add("internet gateway of " + v.displayName());
    // the design's natGateways: none gives private tiers no internet route; single one NAT (the first AZ's)
    if (!needsNat(v) || mode == NatGateways.NONE) return new Gateways(igw, Map.of(), null);
    Map<String, Res> nats = new TreeMap<>();
    for (Subnet s : publics) {
      if (nats.containsKey(s.az())) continue;
      String id = v.id() + "/nat-" + s.az();
      Res eip = new Res("aws_eip", Names.snake(id), Set.of());
      Res nat = new Res("aws_nat_gateway", Names.snake(id), Set.of());
      m.add(file, m.resource(eip, v.region()).str("domain", "vpc")
          .tags(Tags.of(plan, id + "/eip", label + "-nat-" + s.az())).build());
      m.add(file, m.resource(nat, v.region()).raw("allocation_id", eip.ref("id").expr())
          .raw("subnet_id", VpcWriter.subnetRes(s).ref("id").expr())
          .tags(Tags.of(plan, id, label + "-nat-" + s.az())).blank()
          .attr("depends_on", new Hcl.ListOf(List.of(Hcl.raw(igw.address())), false)).build());
      nats.put(s.az(), nat);
      if (mode == NatGateways.SINGLE) break;
    }
    m.creates.add(mode == NatGateways.SINGLE ? "NAT gateway of " + v.displayName() + " in " + nats.keySet()
        + " (one for every AZ: natGateways single)" : "NAT gateways of " + v.displayName() + " in " + nats.keySet() + " (one per AZ)");
    Res eigw = null;
    if (v.cidrs().stream().anyMatch(c -> !c.isV4())) {
      eigw = new Res("aws_egress_only_internet_gateway", Names.snake(v.id()), Set.of());
      m.add(file, m.resource(eigw, v.region()).raw("vpc_id", vpc.ref("id").expr())
          .tags(Tags.of(plan, v.id() + "/eigw", label + "-eigw")).build());
    }
    return new Gateways(igw, nats, eigw);
  }

  /** Private workload subnets on the main table, and that table has no default route of its own. */
  static boolean needsNat(Vpc v) {
    Set<String> explicit = new HashSet<>();
    RouteTable main = null;
    for (RouteTable t : v.routeTables()) {
      if (t.main()) main = t;
      else explicit.addAll(t.subnetIds()); // as in RouteTables: the main table's own subnets count as on it
    }
    boolean privates = v.subnets().stream().anyMatch(s -> !s.isPublic() && s.purpose() == Purpose.WORKLOAD
        && !explicit.contains(s.key()));
    boolean defaulted = main != null && main.routes().stream().map(Route::destination).anyMatch(Gateways::isDefault);
    boolean routedToNat = v.routeTables().stream().flatMap(t -> t.routes().stream())
        .anyMatch(r -> r.targetType() == RouteTarget.NAT_GATEWAY && r.target().startsWith("nat/" + v.id() + "/"));
    return privates && !defaulted || routedToNat;
  }

  /**
   * A plan route to this VPC's own internet gateway, NAT gateway or firewall endpoint (the
   * inspection VPC's explicit tables), as written; null for any other target.
   */
  static RouteTables.TfRoute own(Vpc v, Gateways gw, Route r) {
    String az = r.target().substring(r.target().lastIndexOf('/') + 1);
    if (r.targetType() == RouteTarget.INTERNET_GATEWAY && r.target().equals("igw/" + v.id()) && gw.igw() != null) {
      return new RouteTables.TfRoute(r.destination(), "gateway_id", gw.igw().ref("id"), List.of());
    }
    if (r.targetType() == RouteTarget.NAT_GATEWAY && r.target().equals("nat/" + v.id() + "/" + az) && gw.natByAz().containsKey(az)) {
      return new RouteTables.TfRoute(r.destination(), "nat_gateway_id", gw.nat(az).ref("id"), List.of());
    }
    if (r.targetType() == RouteTarget.FIREWALL_ENDPOINT) {
      Subnet s = io.vpcplan.model.NetworkFirewall.of(v).map(f -> f.endpointSubnet(r)).orElse(null);
      if (s != null) return new RouteTables.TfRoute(r.destination(), "vpc_endpoint_id", Ref.of(FirewallWriter.endpoint(v, s.az())), List.of());
    }
    return null;
  }

  static boolean isDefault(Cidr c) {
    return c.length() == 0;
  }
}
