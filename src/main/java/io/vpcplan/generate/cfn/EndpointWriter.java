package io.vpcplan.generate.cfn;

import static io.vpcplan.generate.cfn.Template.props;
import static io.vpcplan.generate.cfn.Template.ref;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.Names;
import io.vpcplan.generate.PrivateLinks;
import io.vpcplan.model.Endpoint;
import io.vpcplan.model.EndpointType;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A VPC's endpoints: an interface endpoint gets its own security group admitting HTTPS from the
 * VPC's IPv4 blocks only, and private DNS; a gateway endpoint is attached to every route table.
 */
final class EndpointWriter {
  private EndpointWriter() {}

  static void write(Ctx ctx, Template t, Vpc v, Map<String, String> subnetIds, List<String> tableIds,
      Map<String, String> tags) {
    String p = Ctx.vpcPrefix(v);
    for (Endpoint e : ctx.network.endpoints()) {
      // a PrivateLink endpoint to a service of this network is written with its service (PrivateLinkStacks)
      if (!e.vpcId().equals(v.id()) || ctx.privateLinks().stream().anyMatch(l -> l.endpoint().id().equals(e.id()))) continue;
      String id = p + Names.logicalId(e.id()) + "Endpoint";
      String service = e.serviceName().startsWith("vpce-svc-")
          ? "com.amazonaws.vpce." + v.region() + "." + e.serviceName() : e.serviceName();
      if (service.isEmpty()) {
        t.note("endpoint " + e.id() + " names no service; not generated");
        continue;
      }
      if (e.type() == EndpointType.GATEWAY) {
        t.resource(id, "AWS::EC2::VPCEndpoint", props("VpcEndpointType", "Gateway", "ServiceName", service,
            "VpcId", ref(p + "Vpc"), "RouteTableIds", tableIds.stream().map(r -> (Object) ref(r)).toList()));
        continue;
      }
      List<Object> ingress = new ArrayList<>();
      for (Cidr c : v.ipv4()) {
        for (int port : e.ingressPorts()) {
          ingress.add(props("IpProtocol", "tcp", "FromPort", port, "ToPort", port, "CidrIp", c.toString(),
              "Description", "HTTPS from " + v.name()));
        }
      }
      t.resource(id + "SecurityGroup", "AWS::EC2::SecurityGroup", props("GroupDescription", "endpoint " + e.id()
          + ": HTTPS from the VPC", "VpcId", ref(p + "Vpc"), "SecurityGroupIngress", ingress,
          "Tags", ctx.tags(e.id() + "/sg", v.name() + "-" + Names.snake(e.id()), tags)));
      List<Object> subnets = new ArrayList<>();
      for (String s : e.subnetIds()) if (subnetIds.containsKey(s)) subnets.add(ref(subnetIds.get(s)));
      t.resource(id, "AWS::EC2::VPCEndpoint", props("VpcEndpointType", "Interface", "ServiceName", service,
          "VpcId", ref(p + "Vpc"), "SubnetIds", subnets, "SecurityGroupIds", List.of(ref(id + "SecurityGroup")),
          "PrivateDnsEnabled", true));
    }
  }
}
