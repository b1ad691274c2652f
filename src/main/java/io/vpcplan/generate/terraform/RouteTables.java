package io.vpcplan.generate.terraform;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.Names;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The route tables of a VPC. Tables other than the main one that the plan associates with subnets
 * (the attachment subnets' table) are written as they are. The main table's subnets, whether the
 * plan associates them with it explicitly or not, are associated explicitly here: public
 * subnets get their own table (the plan's routes plus the default route to the internet
 * gateway), private workload subnets the plan's table, one per AZ when each AZ has its own NAT
 * gateway, and attachment subnets the plan's table without a NAT route.
 */
final class RouteTables {
  /** A route as written: destination, the argument naming its target, the target, what it waits for. */
  record TfRoute(Cidr destination, String argument, Ref target, List<String> dependsOn) {}

  private static final Cidr ANY4 = Cidr.parse("0.0.0.0/0");

  private RouteTables() {}

  static void write(Context ctx, Module m, Vpc v, Gateways gw, String file) {
    Set<String> explicit = new HashSet<>();
    RouteTable main = null;
    for (RouteTable t : v.routeTables()) {
      // the main table is written once, below, with its subnets whether associated explicitly (an
      // imported estate) or not: writing it here too declared the table and its routes twice
      if (t.main()) {
        main = t;
        continue;
      }
      explicit.addAll(t.subnetIds());
      if (!t.subnetIds().isEmpty()) {
        List<Subnet> subnets = v.subnets().stream().filter(s -> t.subnetIds().contains(s.key())).toList();
        table(ctx, m, v, file, t.id(), t.name(), routes(ctx, m, v, gw, t.routes()), subnets);
      }
    }
    List<Subnet> others = v.subnets().stream().filter(s -> !explicit.contains(s.key())).toList();
    List<Subnet> publics = others.stream().filter(Subnet::isPublic).toList();
    List<Subnet> privates = others.stream().filter(s -> !s.isPublic()).toList();
    List<Route> base = main == null ? List.of() : main.routes();
    String baseId = main == null ? "rtb/" + v.id() : main.id();
    String baseName = main == null ? VpcWriter.label(v) : main.name();
    boolean v6 = v.cidrs().stream().anyMatch(c -> !c.isV4());
    if (!publics.isEmpty() && gw.igw() != null) {
      List<TfRoute> rs = routes(ctx, m, v, gw, base.stream().filter(r -> !Gateways.isDefault(r.destination())).toList());
      Ref igw = gw.igw().ref("id");
      rs.add(new TfRoute(ANY4, "gateway_id", igw, List.of()));
      if (v6) rs.add(new TfRoute(Cidr.parse("::/0"), "gateway_id", igw, List.of()));
      table(ctx, m, v, file, "rtb/" + v.id() + "/public", VpcWriter.label(v) + "-public", rs, publics);
    }
    if (privates.isEmpty() || main == null && gw.natByAz().isEmpty()) return;
    if (gw.natByAz().isEmpty()) {
      table(ctx, m, v, file, baseId, baseName, routes(ctx, m, v, gw, base), privates);
      return;
    }
    // as in VpcGateways: attachment (non-workload) subnets never get an internet route, and a table
    // that already has a default route (to a TGW) keeps it instead of a NAT route
    boolean hasDefault = base.stream().anyMatch(r -> r.destination().equals(ANY4));
    List<Subnet> plain = privates.stream().filter(s -> hasDefault || s.purpose() != Purpose.WORKLOAD).toList();
    privates = privates.stream().filter(s -> !hasDefault && s.purpose() == Purpose.WORKLOAD).toList();
    if (!plain.isEmpty()) table(ctx, m, v, file, baseId, baseName, routes(ctx, m, v, gw, base), plain);
    for (String az : new TreeSet<>(privates.stream().map(Subnet::az).toList())) {
      List<TfRoute> rs = routes(ctx, m, v, gw, base);
      rs.add(new TfRoute(ANY4, "nat_gateway_id", gw.nat(az).ref("id"), List.of()));
      if (v6 && gw.eigw() != null) rs.add(new TfRoute(Cidr.parse("::/0"), "egress_only_gateway_id", gw.eigw().ref("id"), List.of()));
      table(ctx, m, v, file, baseId + "/" + az, baseName + "-" + az, rs,
          privates.stream().filter(s -> s.az().equals(az)).toList());
    }
  }

  private static void table(Context ctx, Module m, Vpc v, String file, String id, String name, List<TfRoute> routes,
      List<Subnet> subnets) {
    Res rt = new Res("aws_route_table", Names.snake(id), Set.of());
    m.add(file, m.resource(rt, v.region()).raw("vpc_id", Context.vpcRes(v).ref("id").expr())
        .tags(Tags.of(m.planName, id, name.isEmpty() ? id : name)).build());
    for (TfRoute r : routes) {
      String dest = Gateways.isDefault(r.destination()) ? (r.destination().isV4() ? "default" : "default-ipv6")
          : r.destination().toString();
      Res res = new Res("aws_route", Names.snake(id + "/" + dest), r.target().gates());
      Hcl.Builder b = m.resource(res, v.region()).raw("route_table_id", rt.ref("id").expr())
          .str(r.destination().isV4() ? "destination_cidr_block" : "destination_ipv6_cidr_block",
              r.destination().toString())
          .raw(r.argument(), r.target().expr());
      if (!r.dependsOn().isEmpty()) {
        b.blank().attr("depends_on", new Hcl.ListOf(r.dependsOn().stream().map(x -> (Hcl.Expr) Hcl.raw(x)).toList(), false));
      }
      m.add(file, b.build());
    }
    for (Subnet s : subnets) {
      Res a = new Res("aws_route_table_association", Names.snake(s.key()), Set.of());
      m.add(file, m.resource(a, v.region()).raw("subnet_id", VpcWriter.subnetRes(s).ref("id").expr())
          .raw("route_table_id", rt.ref("id").expr()).build());
    }
  }

  /** The plan's routes that Terraform can write here; the others become README notes. */
  private static List<TfRoute> routes(Context ctx, Module m, Vpc v, Gateways gw, List<Route> routes) {
    List<TfRoute> out = new ArrayList<>();
    for (Route r : routes) {
      if (r.targetType() == RouteTarget.LOCAL || r.propagated()) continue;
      if (r.targetType() == RouteTarget.TRANSIT_GATEWAY) {
        out.add(new TfRoute(r.destination(), "transit_gateway_id", ctx.tgwId(m, r.target()), attachmentOf(ctx, v, r.target())));
      } else if (r.targetType() == RouteTarget.PEERING && Peerings.routeTarget(ctx, m, v, r.target()) != null) {
        out.add(new TfRoute(r.destination(), "vpc_peering_connection_id", Peerings.routeTarget(ctx, m, v, r.target()), List.of()));
      } else if (Gateways.own(v, gw, r) != null) {
        out.add(Gateways.own(v, gw, r));
      } else {
        m.manual.add("VPC " + v.displayName() + ": route " + r.destination() + " → " + r.target() + " ("
            + r.targetType().name().toLowerCase() + ") is not generated; its target is deployed outside these modules");
      }
    }
    return out;
  }

  private static List<String> attachmentOf(Context ctx, Vpc v, String tgwId) {
    for (Context.Attached x : ctx.vpcAttachments(v.id())) {
      if (x.tgw().id().equals(tgwId)) return List.of(VpcWriter.attachmentRes(x.attachment(), Set.of()).address());
    }
    return List.of();
  }
}
