package io.vpcplan.generate.terraform;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.Names;
import io.vpcplan.model.NatGateways;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpcGateways;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A VPC's internet gateway, NAT gateways with their Elastic IPs, and egress-only gateway, as
 * {@link VpcGateways} decides them (which, where, in which subnet): here only their Terraform
 * addresses and arguments. Addresses stay those of earlier releases (VPC id, "VPC/nat-AZ"), so
 * existing state does not move; the vpcplan:id tags are the model's, as CloudFormation and apply use.
 */
record Gateways(Res igw, Map<String, Res> natById, Res eigw) {
  static Gateways write(Module m, Vpc v, String file, VpcGateways g, NatGateways mode) {
    String plan = m.planName;
    String label = VpcWriter.label(v);
    Res vpc = Context.vpcRes(v);
    Res igw = null;
    if (g.hasInternetGateway()) {
      igw = new Res("aws_internet_gateway", Names.snake(v.id()), Set.of());
      m.add(file, m.resource(igw, v.region()).raw("vpc_id", vpc.ref("id").expr())
          .tags(Tags.of(plan, g.internetGateway(), label + "-igw")).build());
      m.creates.add("internet gateway of " + v.displayName());
    }
    Map<String, Res> nats = new LinkedHashMap<>();
    for (VpcGateways.NatGateway n : g.natGateways()) {
      Subnet in = v.subnets().stream().filter(s -> s.key().equals(n.subnetId())).findFirst().orElseThrow();
      String address = v.id() + "/nat-" + n.az();
      Res eip = new Res("aws_eip", Names.snake(address), Set.of());
      Res nat = new Res("aws_nat_gateway", Names.snake(address), Set.of());
      m.add(file, m.resource(eip, v.region()).str("domain", "vpc")
          .tags(Tags.of(plan, n.id() + "/eip", label + "-nat-" + n.az())).build());
      m.add(file, m.resource(nat, v.region()).raw("allocation_id", eip.ref("id").expr())
          .raw("subnet_id", VpcWriter.subnetRes(in).ref("id").expr())
          .tags(Tags.of(plan, n.id(), label + "-nat-" + n.az())).blank()
          .attr("depends_on", new Hcl.ListOf(List.of(Hcl.raw(igw.address())), false)).build());
      nats.put(n.id(), nat);
    }
    if (!nats.isEmpty()) {
      List<String> azs = g.natGateways().stream().map(VpcGateways.NatGateway::az).toList();
      m.creates.add(mode == NatGateways.SINGLE ? "NAT gateway of " + v.displayName() + " in " + azs
          + " (one for every AZ: natGateways single)" : "NAT gateways of " + v.displayName() + " in " + azs + " (one per AZ)");
    }
    Res eigw = null;
    if (g.hasEgressOnlyGateway()) {
      eigw = new Res("aws_egress_only_internet_gateway", Names.snake(v.id()), Set.of());
      m.add(file, m.resource(eigw, v.region()).raw("vpc_id", vpc.ref("id").expr())
          .tags(Tags.of(plan, g.egressOnlyGateway(), label + "-eigw")).build());
    }
    return new Gateways(igw, nats, eigw);
  }

  /** A route to this VPC's own gateway or firewall endpoint, as written; null when this module has no such target. */
  RouteTables.TfRoute own(Vpc v, Route r) {
    Cidr d = r.destination();
    if (r.targetType() == RouteTarget.INTERNET_GATEWAY && igw != null) {
      return new RouteTables.TfRoute(d, "gateway_id", igw.ref("id"), List.of());
    }
    if (r.targetType() == RouteTarget.NAT_GATEWAY && natById.containsKey(r.target())) {
      return new RouteTables.TfRoute(d, "nat_gateway_id", natById.get(r.target()).ref("id"), List.of());
    }
    if (r.targetType() == RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY && eigw != null) {
      return new RouteTables.TfRoute(d, "egress_only_gateway_id", eigw.ref("id"), List.of());
    }
    if (r.targetType() == RouteTarget.FIREWALL_ENDPOINT) {
      Subnet s = io.vpcplan.model.NetworkFirewall.of(v).map(f -> f.endpointSubnet(r)).orElse(null);
      if (s != null) return new RouteTables.TfRoute(d, "vpc_endpoint_id", Ref.of(FirewallWriter.endpoint(v, s.az())), List.of());
    }
    return null;
  }

  static boolean isDefault(Cidr c) {
    return c.length() == 0;
  }
}
