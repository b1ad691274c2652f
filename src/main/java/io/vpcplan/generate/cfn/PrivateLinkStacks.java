package io.vpcplan.generate.cfn;

import static io.vpcplan.generate.cfn.Template.props;
import static io.vpcplan.generate.cfn.Template.ref;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.Names;
import io.vpcplan.generate.PrivateLinks;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PrivateLink between VPCs whose blocks overlap: in the provider's account and region an endpoint
 * service in front of the application's NLB (its ARN a parameter: the NLB is not ours), acceptance
 * required, open to the consumer account's root principal only; in the consumer's account and region
 * an interface endpoint to it in the advised subnets, behind a security group admitting the service
 * port from the consumer VPC's blocks only. A VPC we do not create (existing) comes in by parameter.
 */
final class PrivateLinkStacks {
  private PrivateLinkStacks() {}

  static String serviceLogical(PrivateLinks.Link l) {
    return Names.logicalId(l.service().name().isEmpty() ? l.service().id() : l.service().name()) + "EndpointService";
  }

  static String endpointLogical(PrivateLinks.Link l) {
    return Names.logicalId(l.service().name().isEmpty() ? l.endpoint().id() : l.service().name()) + "Endpoint";
  }

  /** The consumer's planned subnet that a PrivateLink endpoint uses: its VPC stack outputs its id under this name. */
  static String subnetOutput(Vpc v, String subnetKey) {
    Subnet s = v.subnets().stream().filter(x -> x.key().equals(subnetKey)).findFirst().orElseThrow();
    return VpcWriter.subnetLogical(v, s) + "Id";
  }

  /** Subnet keys of v that a PrivateLink endpoint uses. */
  static java.util.Set<String> endpointSubnets(Ctx ctx, Vpc v) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (PrivateLinks.Link l : ctx.privateLinks()) if (l.consumer() == v) out.addAll(l.endpoint().subnetIds());
    return out;
  }

  static List<Stack> of(Ctx ctx) {
    Map<String, Template> services = new TreeMap<>();
    Map<String, Template> endpoints = new TreeMap<>();
    Map<String, String[]> where = new TreeMap<>();
    for (PrivateLinks.Link l : ctx.privateLinks()) {
      String sk = Stack.Stage.ENDPOINT_SERVICES.kind + "\u0000" + ctx.accountFolder(l.provider().account()) + "\u0000"
          + l.provider().region();
      where.putIfAbsent(sk, new String[] {l.provider().account(), l.provider().region()});
      service(ctx, services.computeIfAbsent(sk, k -> new Template("vpcplan " + ctx.options.planName()
          + ": PrivateLink endpoint services in front of the applications' NLBs")), l);
      String ek = Stack.Stage.ENDPOINTS.kind + "\u0000" + ctx.accountFolder(l.consumer().account()) + "\u0000"
          + l.consumer().region();
      where.putIfAbsent(ek, new String[] {l.consumer().account(), l.consumer().region()});
      endpoint(ctx, endpoints.computeIfAbsent(ek, k -> new Template("vpcplan " + ctx.options.planName()
          + ": PrivateLink interface endpoints to services in VPCs whose blocks overlap ours")), l);
    }
    List<Stack> out = new ArrayList<>();
    services.forEach((k, t) -> out.add(stack(ctx, Stack.Stage.ENDPOINT_SERVICES, where.get(k), t)));
    endpoints.forEach((k, t) -> out.add(stack(ctx, Stack.Stage.ENDPOINTS, where.get(k), t)));
    return out;
  }

  private static Stack stack(Ctx ctx, Stack.Stage stage, String[] at, Template t) {
    return new Stack(stage, ctx.stackName(at[0], at[1], stage.kind), Ctx.path(ctx.accountFolder(at[0]), at[1], stage.kind),
        at[0], at[1], t);
  }

  private static void service(Ctx ctx, Template t, PrivateLinks.Link l) {
    String id = serviceLogical(l);
    Map<String, String> tags = ctx.accountTags(l.provider().account());
    t.operatorInput(id + "NlbArns", "CommaDelimitedList", "ARNs of the Network Load Balancer(s) of " + l.service().name()
        + " in " + l.provider().displayName(), "the application's NLB ARN(s), listening on TCP " + l.portsText());
    t.resource(id, "AWS::EC2::VPCEndpointService", props("AcceptanceRequired", true,
        "NetworkLoadBalancerArns", ref(id + "NlbArns"),
        "Tags", ctx.tags(l.service().id(), l.service().name(), tags)));
    String account = ctx.accountId(l.consumer().account());
    Object principal;
    if (account.matches("\\d{12}")) {
      principal = Map.of("Fn::Sub", "arn:${AWS::Partition}:iam::" + account + ":root");
    } else {
      String param = Names.logicalId(l.consumer().account()) + "AccountId";
      if (!t.hasParameter(param)) t.operatorInput(param, "String", "account " + l.consumer().account(), "its 12-digit id");
      principal = Map.of("Fn::Sub", "arn:${AWS::Partition}:iam::${" + param + "}:root");
    }
    t.resource(id + "Permissions", "AWS::EC2::VPCEndpointServicePermissions", props("ServiceId", ref(id),
        "AllowedPrincipals", List.of(principal)));
    t.output(id + "Name", "service name of " + l.service().name() + " (for the consumer's endpoint)",
        Map.of("Fn::Sub", "com.amazonaws.vpce.${AWS::Region}.${" + id + "}"));
    t.output(id + "Id", "endpoint service " + l.service().name() + ": accept connection requests to it", ref(id));
  }

  private static void endpoint(Ctx ctx, Template t, PrivateLinks.Link l) {
    Vpc v = l.consumer();
    String id = endpointLogical(l);
    String svc = serviceLogical(l);
    t.input(svc + "Name", "service name of " + l.service().name(), ctx.stackName(l.provider().account(),
        l.provider().region(), Stack.Stage.ENDPOINT_SERVICES.kind), svc + "Name");
    String vpcParam = Ctx.vpcPrefix(v) + "VpcId";
    List<Object> subnets = new ArrayList<>();
    if (created(v)) {
      String vpcs = ctx.stackName(v.account(), v.region(), Stack.Stage.VPCS.kind);
      if (!t.hasParameter(vpcParam)) t.input(vpcParam, "VPC " + v.displayName(), vpcs, vpcParam);
      for (String s : l.endpoint().subnetIds()) {
        String param = subnetOutput(v, s);
        if (!t.hasParameter(param)) t.input(param, "subnet " + s, vpcs, param);
        subnets.add(ref(param));
      }
    }
    Object subnetIds;
    if (subnets.isEmpty()) {
      if (!created(v) && !t.hasParameter(vpcParam)) {
        t.operatorInput(vpcParam, "AWS::EC2::VPC::Id", "VPC " + v.displayName() + " (not created by this plan)", "its VPC id");
      }
      t.operatorInput(id + "SubnetIds", "List<AWS::EC2::Subnet::Id>", "subnets of " + v.displayName()
          + " for the endpoint, one per AZ", "one subnet id in each of " + l.service().azs());
      subnetIds = ref(id + "SubnetIds");
    } else {
      subnetIds = subnets;
    }
    Map<String, String> tags = v.effectiveTags(ctx.network);
    List<Object> ingress = new ArrayList<>();
    for (Cidr c : v.ipv4()) {
      for (int port : l.ports()) {
        ingress.add(props("IpProtocol", "tcp", "FromPort", port, "ToPort", port, "CidrIp", c.toString(),
            "Description", l.service().name() + " from " + v.name()));
      }
    }
    t.resource(id + "SecurityGroup", "AWS::EC2::SecurityGroup", props("GroupDescription", "PrivateLink endpoint to "
        + l.service().name() + ": TCP " + l.portsText() + " from the VPC only", "VpcId", ref(vpcParam),
        "SecurityGroupIngress", ingress, "Tags", ctx.tags(l.endpoint().id() + "/sg", v.name() + "-" + l.service().name(), tags)));
    t.resource(id, "AWS::EC2::VPCEndpoint", props("VpcEndpointType", "Interface", "ServiceName", ref(svc + "Name"),
        "VpcId", ref(vpcParam), "SubnetIds", subnetIds, "SecurityGroupIds", List.of(ref(id + "SecurityGroup")),
        "PrivateDnsEnabled", false, "Tags", ctx.tags(l.endpoint().id(), v.name() + "-" + l.service().name(), tags)));
    t.output(id + "Id", "interface endpoint to " + l.service().name() + " (its DNS names: describe-vpc-endpoints)", ref(id));
  }

  static boolean created(Vpc v) {
    return v.origin() != io.vpcplan.model.Origin.EXISTING && !v.cidrs().isEmpty();
  }
}
