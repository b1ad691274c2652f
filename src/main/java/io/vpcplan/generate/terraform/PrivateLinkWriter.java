package io.vpcplan.generate.terraform;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.Names;
import io.vpcplan.generate.PrivateLinks;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PrivateLink between VPCs whose blocks overlap: the provider's module gets an endpoint service in
 * front of the application's NLB (an input: the NLB is not ours), acceptance required, open to the
 * consumer account's root principal only; the consumer's module an interface endpoint to it behind
 * a security group admitting the service port from the consumer VPC's blocks only. Ids made in
 * another module (the service name) or outside Terraform (an existing VPC and its subnets) are inputs.
 */
final class PrivateLinkWriter {
  static final String FILE = "privatelink.tf";

  private PrivateLinkWriter() {}

  static void write(Context ctx) {
    for (PrivateLinks.Link l : PrivateLinks.of(ctx.network)) {
      Res svc = service(ctx, l);
      endpoint(ctx, l, svc);
    }
  }

  private static String word(PrivateLinks.Link l) {
    return Names.snake(l.service().id());
  }

  private static Res service(Context ctx, PrivateLinks.Link l) {
    Vpc p = l.provider();
    Module m = ctx.module(p.account());
    Ref nlb = m.input("nlb_arn_" + word(l), "ARN of the application's Network Load Balancer of " + l.service().name()
        + " in " + p.displayName() + ", listening on TCP " + l.portsText(), null, null);
    String id = ctx.accountId(l.consumer().account());
    Ref principal = id.isEmpty() ? m.input("account_id_" + Names.snake(l.consumer().account()), "account "
        + l.consumer().account() + " (12 digits)", null, null) : null;
    Res svc = new Res("aws_vpc_endpoint_service", word(l), Ref.union(nlb, principal));
    String arn = principal == null ? "\"arn:aws:iam::" + id + ":root\"" : "\"arn:aws:iam::${" + principal.expr() + "}:root\"";
    m.add(FILE, m.resource(svc, p.region()).raw("acceptance_required", "true")
        .raw("network_load_balancer_arns", "[" + nlb.expr() + "]")
        .raw("allowed_principals", "[" + arn + "]")
        .tags(Tags.of(m.planName, l.service().id(), l.service().name())).build());
    m.output("endpoint_service_name_" + word(l), "service name of " + l.service().name() + " (for the consumer's endpoint)",
        svc.outputValue("service_name"));
    m.output("endpoint_service_id_" + word(l), "endpoint service " + l.service().name()
        + ": accept the consumer's connection request to it", svc.outputValue("id"));
    m.creates.add("endpoint service " + l.service().name() + " (PrivateLink, TCP " + l.portsText() + ") for account "
        + l.consumer().account());
    m.manual.add("acceptance is required: accept the connection request of the endpoint from account "
        + l.consumer().account() + " to " + l.service().name() + " (aws ec2 accept-vpc-endpoint-connections "
        + "--service-id ID --vpc-endpoint-ids ID)");
    return svc;
  }

  private static void endpoint(Context ctx, PrivateLinks.Link l, Res svc) {
    Vpc v = l.consumer();
    Module m = ctx.module(v.account());
    Ref name = v.account().equals(l.provider().account()) ? svc.ref("service_name")
        : m.input("endpoint_service_name_" + word(l), "service name of " + l.service().name(), null,
            Names.snake(l.provider().account()));
    Ref vpc = ctx.vpcId(m, v);
    List<Hcl.Expr> subnets = new ArrayList<>();
    if (Context.created(v)) {
      for (String key : l.endpoint().subnetIds()) {
        v.subnets().stream().filter(s -> s.key().equals(key)).findFirst()
            .ifPresent((Subnet s) -> subnets.add(Hcl.raw(VpcWriter.subnetRes(s).ref("id").expr())));
      }
    }
    Ref given = subnets.isEmpty() ? m.listInput("subnet_ids_" + Names.snake(l.endpoint().id()), "subnets of "
        + v.displayName() + " for the endpoint to " + l.service().name() + ", one in each of " + l.service().azs()) : null;
    Res sg = new Res("aws_security_group", Names.snake(l.endpoint().id()), Ref.union(vpc));
    m.add(FILE, m.resource(sg, v.region()).str("description", "PrivateLink endpoint to " + l.service().name()
        + ": TCP " + l.portsText() + " from the VPC only").raw("vpc_id", vpc.expr())
        .tags(Tags.of(m.planName, l.endpoint().id() + "/sg", VpcWriter.label(v) + "-" + l.service().name())).build());
    for (Cidr c : v.ipv4()) {
      for (int port : l.ports()) {
        Res rule = new Res("aws_vpc_security_group_ingress_rule", Names.snake(l.endpoint().id() + "/" + c + "/" + port),
            sg.gates());
        m.add(FILE, m.resource(rule, v.region()).raw("security_group_id", sg.ref("id").expr())
            .str("description", l.service().name() + " from " + VpcWriter.label(v)).str("ip_protocol", "tcp")
            .raw("from_port", Integer.toString(port)).raw("to_port", Integer.toString(port)).str("cidr_ipv4", c.toString())
            .build());
      }
    }
    Set<String> gates = new java.util.TreeSet<>(Ref.union(name, vpc, given));
    Res ep = new Res("aws_vpc_endpoint", Names.snake(l.endpoint().id()), gates);
    m.add(FILE, m.resource(ep, v.region()).raw("vpc_id", vpc.expr()).raw("service_name", name.expr())
        .str("vpc_endpoint_type", "Interface")
        .attr("subnet_ids", given != null ? Hcl.raw(given.expr()) : new Hcl.ListOf(subnets, true))
        .raw("security_group_ids", "[" + sg.ref("id").expr() + "]").raw("private_dns_enabled", "false")
        .tags(Tags.of(m.planName, l.endpoint().id(), VpcWriter.label(v) + "-" + l.service().name())).build());
    m.output("vpc_endpoint_id_" + Names.snake(l.endpoint().id()), "interface endpoint to " + l.service().name()
        + " (the provider accepts its connection request)", ep.outputValue("id"));
    m.creates.add("interface endpoint in VPC " + v.displayName() + " to " + l.service().name() + " in "
        + l.provider().displayName() + " (PrivateLink across overlapping blocks)");
  }
}
