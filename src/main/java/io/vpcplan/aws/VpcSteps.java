package io.vpcplan.aws;

import io.vpcplan.change.Change;
import io.vpcplan.change.Want;
import io.vpcplan.model.RunFailedException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;

/** Creates the member-account side: VPC, blocks, subnets, route tables, associations, internet gateway, routes (to a TGW, a peering, a gateway). */
final class VpcSteps {
  private static final Set<String> LIVE = Set.of("pending", "available");
  private final StepCalls calls;
  private final Waits waits;
  private final Map<String, String> ids;

  VpcSteps(StepCalls calls, Waits waits, Map<String, String> ids) {
    this.calls = calls;
    this.waits = waits;
    this.ids = ids;
  }

  String id(Want w, String prop) {
    return idOf(w.prop(prop), w.describe());
  }

  /** The AWS id of a planned id that an earlier step (or the live read) gave. */
  String idOf(String key, String forWhat) {
    String id = ids.get(key);
    if (id == null) throw new RunFailedException(forWhat + " needs " + key + ", which has no AWS id yet");
    return id;
  }

  String vpc(ApplySession s, Change c) {
    Want w = c.want();
    String id = calls.createOnce("ec2:CreateVpc",
        () -> s.ec2().describeVpcs(r -> r.filters(s.owned(w.key()))).vpcs().stream()
            .filter(v -> LIVE.contains(v.stateAsString())).map(v -> v.vpcId()).sorted().findFirst(),
        () -> s.ec2Once().createVpc(r -> r.cidrBlock(w.prop("cidr"))
            .tagSpecifications(s.tagSpec(ResourceType.VPC, w.tags()))).vpc().vpcId());
    waits.until("VPC " + w.key() + " (" + id + ")", () -> calls.call("ec2:DescribeVpcs",
        () -> s.ec2().describeVpcs(r -> r.vpcIds(id)).vpcs().stream().map(v -> v.stateAsString()).findFirst().orElse("")),
        Set.of("available"), Set.of());
    return id;
  }

  String cidr(ApplySession s, Change c) {
    Want w = c.want();
    String vpc = id(w, "vpc");
    Optional<String> have = calls.call("ec2:DescribeVpcs", () -> s.ec2().describeVpcs(r -> r.vpcIds(vpc)).vpcs().stream()
        .flatMap(v -> v.cidrBlockAssociationSet().stream())
        .filter(b -> b.cidrBlock().equals(w.prop("cidr")) && Set.of("associating", "associated")
            .contains(b.cidrBlockState().stateAsString()))
        .map(b -> b.associationId()).findFirst());
    if (have.isPresent()) return have.get();
    return calls.call("ec2:AssociateVpcCidrBlock", () -> s.ec2().associateVpcCidrBlock(r -> r.vpcId(vpc)
        .cidrBlock(w.prop("cidr"))).cidrBlockAssociation().associationId());
  }

  String subnet(ApplySession s, Change c) {
    Want w = c.want();
    String vpc = id(w, "vpc");
    return calls.createOnce("ec2:CreateSubnet",
        () -> s.ec2().describeSubnets(r -> r.filters(s.owned(w.key()))).subnets().stream()
            .map(x -> x.subnetId()).sorted().findFirst(),
        () -> s.ec2Once().createSubnet(r -> r.vpcId(vpc).cidrBlock(w.prop("cidr"))
            .availabilityZone(w.prop("az").isEmpty() ? null : w.prop("az"))
            .tagSpecifications(s.tagSpec(ResourceType.SUBNET, w.tags()))).subnet().subnetId());
  }

  String routeTable(ApplySession s, Change c) {
    Want w = c.want();
    String vpc = id(w, "vpc");
    // CreateRouteTable takes a client token: the SDK may retry it safely, and so may we
    return calls.createOnce("ec2:CreateRouteTable",
        () -> s.ec2().describeRouteTables(r -> r.filters(s.owned(w.key()))).routeTables().stream()
            .map(x -> x.routeTableId()).sorted().findFirst(),
        () -> s.ec2().createRouteTable(r -> r.vpcId(vpc).clientToken(Tokens.of(s.plan(), w.key()))
            .tagSpecifications(s.tagSpec(ResourceType.ROUTE_TABLE, w.tags()))).routeTable().routeTableId());
  }

  String association(ApplySession s, Change c) {
    Want w = c.want();
    String table = id(w, "table");
    String subnet = id(w, "subnet");
    Optional<RouteTableAssociation> now = current(s, subnet);
    if (now.isPresent()) {
      if (now.get().routeTableId().equals(table)) return now.get().routeTableAssociationId();
      String assoc = now.get().routeTableAssociationId();
      // the subnet is ours and so is the table: move it (ReplaceRouteTableAssociation keeps it routed throughout)
      return calls.call("ec2:ReplaceRouteTableAssociation", () -> s.ec2().replaceRouteTableAssociation(
          r -> r.associationId(assoc).routeTableId(table)).newAssociationId());
    }
    return calls.call("ec2:AssociateRouteTable", () -> s.ec2().associateRouteTable(r -> r.routeTableId(table)
        .subnetId(subnet)).associationId());
  }

  private Optional<RouteTableAssociation> current(ApplySession s, String subnet) {
    return calls.call("ec2:DescribeRouteTables", () -> s.ec2().describeRouteTables(r -> r.filters(
        Filter.builder().name("association.subnet-id").values(subnet).build())).routeTables().stream()
        .flatMap(t -> t.associations().stream())
        .filter(a -> subnet.equals(a.subnetId()) && !Boolean.TRUE.equals(a.main())
            && (a.associationState() == null || Set.of("associated", "associating")
                .contains(a.associationState().stateAsString())))
        .findFirst());
  }

  String internetGateway(ApplySession s, Change c) {
    Want w = c.want();
    String vpc = id(w, "vpc");
    String igw = calls.createOnce("ec2:CreateInternetGateway",
        () -> s.ec2().describeInternetGateways(r -> r.filters(s.owned(w.key()))).internetGateways().stream()
            .map(x -> x.internetGatewayId()).sorted().findFirst(),
        () -> s.ec2Once().createInternetGateway(r -> r.tagSpecifications(
            s.tagSpec(ResourceType.INTERNET_GATEWAY, w.tags()))).internetGateway().internetGatewayId());
    boolean attached = calls.call("ec2:DescribeInternetGateways", () -> s.ec2().describeInternetGateways(
        r -> r.internetGatewayIds(igw)).internetGateways().stream().flatMap(g -> g.attachments().stream())
        .anyMatch(a -> vpc.equals(a.vpcId())));
    if (!attached) calls.run("ec2:AttachInternetGateway", () -> s.ec2().attachInternetGateway(
        r -> r.internetGatewayId(igw).vpcId(vpc)));
    return igw;
  }

  String route(ApplySession s, Change c) {
    Want w = c.want();
    String table = id(w, "table");
    String dest = w.prop("destination");
    String tgw = w.prop("transitGateway").isEmpty() ? null : id(w, "transitGateway");
    String gw = w.prop("gateway").isEmpty() ? null : id(w, "gateway");
    String pcx = w.prop("peering").isEmpty() ? null : id(w, "peering");
    String nat = w.prop("natGateway").isEmpty() ? null : id(w, "natGateway");
    String target = tgw != null ? tgw : pcx != null ? pcx : nat != null ? nat : gw;
    Optional<String> now = calls.call("ec2:DescribeRouteTables", () -> s.ec2().describeRouteTables(
        r -> r.routeTableIds(table)).routeTables().stream().flatMap(t -> t.routes().stream())
        .filter(r -> dest.equals(r.destinationCidrBlock()))
        .map(r -> r.transitGatewayId() != null ? r.transitGatewayId() : r.vpcPeeringConnectionId() != null
            ? r.vpcPeeringConnectionId() : r.natGatewayId() != null ? r.natGatewayId() : String.valueOf(r.gatewayId()))
        .findFirst());
    if (now.isPresent()) {
      if (now.get().equals(target)) return table + "/" + dest;
      throw new RunFailedException("route " + dest + " in " + table + " goes to " + now.get() + ", planned " + target
          + "; apply does not replace routes it did not create: fix it by hand or remove it");
    }
    calls.run("ec2:CreateRoute", () -> s.ec2().createRoute(r -> r.routeTableId(table).destinationCidrBlock(dest)
        .transitGatewayId(tgw).vpcPeeringConnectionId(pcx).natGatewayId(nat).gatewayId(gw)));
    return table + "/" + dest;
  }
}
