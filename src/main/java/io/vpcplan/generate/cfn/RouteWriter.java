package io.vpcplan.generate.cfn;

import static io.vpcplan.generate.cfn.Template.getAtt;
import static io.vpcplan.generate.cfn.Template.props;
import static io.vpcplan.generate.cfn.Template.ref;

import io.vpcplan.generate.Names;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpcGateways;
import java.util.Map;

/**
 * A VPC's gateways and route tables: internet gateway, NAT gateways with their Elastic IPs, the
 * egress-only gateway, one route table per deployed table (see {@link VpcGateways}), explicit subnet
 * associations, and the routes this stack can create (TGW, IGW, NAT, egress-only). Peering routes go
 * to the peering stacks; local routes are implicit.
 */
final class RouteWriter {
  private final Ctx ctx;
  private final Template t;
  private final Vpc v;
  private final String p;
  private final Map<String, String> tags;
  private final Map<String, String> subnetIds;

  RouteWriter(Ctx ctx, Template t, Vpc v, String p, Map<String, String> tags, Map<String, String> subnetIds) {
    this.ctx = ctx;
    this.t = t;
    this.v = v;
    this.p = p;
    this.tags = tags;
    this.subnetIds = subnetIds;
  }

  static String tableId(Vpc v, RouteTable rt) {
    String own = "rtb/" + v.id() + "/";
    String rest = rt.id().startsWith(own) ? rt.id().substring(own.length()) : rt.name().isEmpty() ? rt.id() : rt.name();
    return Ctx.vpcPrefix(v) + Names.logicalId(rest) + "RouteTable";
  }

  private java.util.Set<String> nats = java.util.Set.of();

  void write(VpcGateways gw) {
    nats = new java.util.HashSet<>();
    for (VpcGateways.NatGateway n : gw.natGateways()) nats.add(n.id());
    if (gw.hasInternetGateway()) {
      t.resource(p + "InternetGateway", "AWS::EC2::InternetGateway",
          props("Tags", ctx.tags(gw.internetGateway(), v.name() + "-igw", tags)));
      t.resource(p + "InternetGatewayAttachment", "AWS::EC2::VPCGatewayAttachment",
          props("VpcId", ref(p + "Vpc"), "InternetGatewayId", ref(p + "InternetGateway")));
    }
    if (gw.hasEgressOnlyGateway()) {
      t.resource(p + "EgressOnlyInternetGateway", "AWS::EC2::EgressOnlyInternetGateway",
          props("VpcId", ref(p + "Vpc"), "Tags", ctx.tags(gw.egressOnlyGateway(), v.name() + "-eigw", tags)));
    }
    for (VpcGateways.NatGateway n : gw.natGateways()) {
      String az = Names.logicalId(n.az());
      Map<String, Object> eip = t.resource(p + "NatEip" + az, "AWS::EC2::EIP",
          props("Domain", "vpc", "Tags", ctx.tags(n.id() + "/eip", v.name() + "-nat-" + n.az(), tags)));
      eip.put("DependsOn", p + "InternetGatewayAttachment");
      t.resource(p + "NatGateway" + az, "AWS::EC2::NatGateway", props("AllocationId", getAtt(p + "NatEip" + az, "AllocationId"),
          "SubnetId", ref(subnetIds.get(n.subnetId())), "ConnectivityType", "public",
          "Tags", ctx.tags(n.id(), v.name() + "-nat-" + n.az(), tags)));
    }
    for (RouteTable rt : gw.routeTables()) table(rt);
  }

  private void table(RouteTable rt) {
    String id = tableId(v, rt);
    t.resource(id, "AWS::EC2::RouteTable", props("VpcId", ref(p + "Vpc"),
        "Tags", ctx.tags(rt.id(), rt.name().isEmpty() ? v.name() : rt.name(), tags)));
    t.output(id + "Id", "route table " + rt.id(), ref(id));
    for (String s : rt.subnetIds()) {
      String subnet = subnetIds.get(s);
      if (subnet == null) continue;
      t.resource(subnet.replaceFirst("Subnet$", "") + "RouteTableAssociation", "AWS::EC2::SubnetRouteTableAssociation",
          props("SubnetId", ref(subnet), "RouteTableId", ref(id)));
    }
    for (Route r : rt.routes()) route(id, r);
  }

  private void route(String table, Route r) {
    String dest = r.destination().toString();
    Map<String, Object> props = props("RouteTableId", ref(table),
        r.destination().isV4() ? "DestinationCidrBlock" : "DestinationIpv6CidrBlock", dest);
    Object dependsOn = null;
    switch (r.targetType()) {
      case TRANSIT_GATEWAY -> {
        TgwAttachment a = ctx.attachmentByVpc.get(v.id());
        String tgw = a != null ? a.tgwId() : r.target();
        if (!ctx.tgwsById.containsKey(tgw)) {
          t.note("route " + dest + " in " + table + " to " + r.target() + ": that transit gateway is not in the plan; not generated");
          return;
        }
        props.put("TransitGatewayId", ref(VpcStacks.tgwParam(ctx, tgw)));
        if (a != null) dependsOn = p + "TgwAttachment";
      }
      case INTERNET_GATEWAY -> {
        props.put("GatewayId", ref(p + "InternetGateway"));
        dependsOn = p + "InternetGatewayAttachment";
      }
      case EGRESS_ONLY_INTERNET_GATEWAY -> props.put("EgressOnlyInternetGatewayId", ref(p + "EgressOnlyInternetGateway"));
      case NAT_GATEWAY -> {
        if (!nats.contains(r.target())) {
          t.note("route " + dest + " in " + table + " to NAT gateway '" + r.target() + "': the VPC has no public subnet"
              + " to hold it; not generated (give the VPC a public tier, or route to a central egress VPC)");
          return;
        }
        props.put("NatGatewayId", ref(p + "NatGateway" + Names.logicalId(natAz(r.target()))));
      }
      case FIREWALL_ENDPOINT -> {
        io.vpcplan.model.Subnet fw = v.subnets().stream().filter(s -> s.key().equals(r.target())).findFirst().orElse(null);
        if (fw == null || !t.hasResource(p + "Firewall")) {
          t.note("route " + dest + " in " + table + " to firewall endpoint " + r.target() + ": no firewall in that subnet; not generated");
          return;
        }
        props.put("VpcEndpointId", FirewallWriter.endpoint(p, fw.az()));
      }
      case LOCAL, PEERING -> {
        return; // local routes are implicit; peering routes are written by the peering stacks
      }
      default -> {
        t.note("route " + dest + " in " + table + " to " + r.targetType() + " " + r.target() + " is not generated");
        return;
      }
    }
    Map<String, Object> res = t.resource(table + "To" + Ctx.cidrWord(dest), "AWS::EC2::Route", props);
    if (dependsOn != null) res.put("DependsOn", dependsOn);
  }

  private static String natAz(String natId) {
    return natId.substring(natId.lastIndexOf('/') + 1);
  }
}
