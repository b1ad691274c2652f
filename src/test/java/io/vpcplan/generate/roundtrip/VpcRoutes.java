package io.vpcplan.generate.roundtrip;

import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
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
import java.util.function.Function;

/**
 * The VPC routes of the VPCs a plan creates, as facts per subnet: every non-local route of the
 * table the subnet is associated with (table ids and splits differ between writers; what a subnet
 * routes does not). The plan's side is its tables as deployed ({@link VpcGateways}: public and
 * per-AZ tables, internet and NAT routes). With {@code internet} false, routes to internet, NAT and
 * egress-only gateways are left out.
 */
final class VpcRoutes {
  private VpcRoutes() {}

  /** Plan facts split: routes to targets the plan only names may be absent. */
  record Planned(List<String> required, List<String> symbolic) {}

  static Planned ofPlan(Network plan, boolean internet) {
    Set<String> known = new HashSet<>();
    plan.transitGateways().forEach(t -> known.add(t.id()));
    plan.peerings().forEach(p -> known.add(p.id()));
    plan.endpoints().forEach(e -> known.add(e.id()));
    for (Vpc v : plan.vpcs()) {
      VpcGateways g = VpcGateways.of(v, plan.natGateways());
      if (g.hasInternetGateway()) known.add(g.internetGateway());
      g.natGateways().forEach(n -> known.add(n.id()));
      if (g.hasEgressOnlyGateway()) known.add(g.egressOnlyGateway());
    }
    Function<Vpc, List<RouteTable>> deployed = v -> VpcGateways.of(v, plan.natGateways()).routeTables();
    java.util.function.Predicate<Route> made = r -> known.contains(r.target()) || r.targetType() == RouteTarget.FIREWALL_ENDPOINT;
    return new Planned(facts(plan, deployed, internet, made), facts(plan, deployed, internet, made.negate()));
  }

  static List<String> ofReadBack(Network back, boolean internet) {
    return facts(back, Vpc::routeTables, internet, r -> true);
  }

  /** The read-back routes hold every required fact and otherwise only symbolic ones. */
  static void assertAsPlanned(Network back, Network plan, boolean internet) {
    Planned want = ofPlan(plan, internet);
    List<String> got = ofReadBack(back, internet);
    List<String> allowed = new ArrayList<>(want.required());
    allowed.addAll(want.symbolic());
    org.assertj.core.api.Assertions.assertThat(got).as("VPC routes read back").containsAll(want.required());
    org.assertj.core.api.Assertions.assertThat(got).as("VPC routes read back").isSubsetOf(allowed);
  }

  private static List<String> facts(Network n, Function<Vpc, List<RouteTable>> tablesOf, boolean internet,
      java.util.function.Predicate<Route> which) {
    List<String> out = new ArrayList<>();
    for (Vpc v : n.vpcs()) {
      if (v.origin() == Origin.EXISTING) continue;
      List<RouteTable> tables = tablesOf.apply(v);
      for (Subnet s : v.subnets()) {
        RouteTable t = tables.stream().filter(x -> x.subnetIds().contains(s.key())).findFirst()
            .orElse(tables.stream().filter(RouteTable::main).findFirst().orElse(null));
        if (t == null) {
          out.add("subnet " + s.key() + " has no route table");
          continue;
        }
        for (Route r : t.routes()) {
          if (r.targetType() == RouteTarget.LOCAL || !internet && internetBound(r) || !which.test(r)) continue;
          // gateways and firewall endpoints by kind: each writer names them its own way (the plan names
          // an endpoint by its AZ's firewall subnet; InspectionRoutesTest proves each AZ uses its own)
          String target = internetBound(r) || r.targetType() == RouteTarget.FIREWALL_ENDPOINT ? "" : " " + r.target();
          out.add("subnet " + s.key() + " " + r.destination() + " -> " + r.targetType() + target);
        }
      }
    }
    out.sort(null);
    return out;
  }

  private static boolean internetBound(Route r) {
    return r.targetType() == RouteTarget.INTERNET_GATEWAY || r.targetType() == RouteTarget.NAT_GATEWAY
        || r.targetType() == RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY;
  }
}
