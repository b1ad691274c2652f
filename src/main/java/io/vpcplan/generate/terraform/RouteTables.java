package io.vpcplan.generate.terraform;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.Names;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpcGateways;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The route tables of a VPC as {@link VpcGateways} deploys them (every subnet associated
 * explicitly; public, per-AZ private and attachment tables; the added default routes), written as
 * Terraform: a table, its routes, its associations. The main table's public split keeps its
 * earlier address ("rtb/VPC/public") so existing state does not move.
 */
final class RouteTables {
  /** A route as written: destination, the argument naming its target, the target, what it waits for. */
  record TfRoute(Cidr destination, String argument, Ref target, List<String> dependsOn) {}

  private RouteTables() {}

  static void write(Context ctx, Module m, Vpc v, Gateways gw, VpcGateways g, String file) {
    String mainId = v.routeTables().stream().filter(RouteTable::main).map(RouteTable::id).findFirst().orElse("rtb/" + v.id());
    // the layout of earlier releases: other tables first, then the main table's public, own and per-AZ tables
    java.util.function.ToIntFunction<RouteTable> place = rt -> rt.id().equals(mainId + "/public") ? 1
        : rt.id().equals(mainId) ? 2 : rt.id().startsWith(mainId + "/") ? 3 : 0;
    for (RouteTable rt : g.routeTables().stream().sorted(java.util.Comparator.comparingInt(place)).toList()) {
      String address = rt.id().equals(mainId + "/public") ? "rtb/" + v.id() + "/public" : rt.id();
      Set<String> keys = new HashSet<>(rt.subnetIds());
      List<Subnet> subnets = v.subnets().stream().filter(s -> keys.contains(s.key())).toList();
      table(m, v, file, address, rt.id(), rt.name(), routes(ctx, m, v, gw, rt.routes()), subnets);
    }
  }

  private static void table(Module m, Vpc v, String file, String address, String id, String name, List<TfRoute> routes,
      List<Subnet> subnets) {
    Res rt = new Res("aws_route_table", Names.snake(address), Set.of());
    m.add(file, m.resource(rt, v.region()).raw("vpc_id", Context.vpcRes(v).ref("id").expr())
        .tags(Tags.of(m.planName, id, name.isEmpty() ? id : name)).build());
    for (TfRoute r : routes) {
      String dest = Gateways.isDefault(r.destination()) ? (r.destination().isV4() ? "default" : "default-ipv6")
          : r.destination().toString();
      Res res = new Res("aws_route", Names.snake(address + "/" + dest), r.target().gates());
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

  /** The deployed table's routes that Terraform can write here; the others become README notes. */
  private static List<TfRoute> routes(Context ctx, Module m, Vpc v, Gateways gw, List<Route> routes) {
    List<TfRoute> out = new ArrayList<>();
    for (Route r : routes) {
      if (r.targetType() == RouteTarget.LOCAL || r.propagated()) continue;
      TfRoute own = gw.own(v, r);
      if (r.targetType() == RouteTarget.TRANSIT_GATEWAY) {
        out.add(new TfRoute(r.destination(), "transit_gateway_id", ctx.tgwId(m, r.target()), attachmentOf(ctx, v, r.target())));
      } else if (r.targetType() == RouteTarget.PEERING && Peerings.routeTarget(ctx, m, v, r.target()) != null) {
        out.add(new TfRoute(r.destination(), "vpc_peering_connection_id", Peerings.routeTarget(ctx, m, v, r.target()), List.of()));
      } else if (own != null) {
        out.add(own);
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
