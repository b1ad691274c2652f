package io.vpcplan.aws;

import io.vpcplan.change.Change;
import io.vpcplan.change.Have;
import io.vpcplan.change.Want;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.ConnectivityType;
import software.amazon.awssdk.services.ec2.model.DomainType;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/**
 * NAT gateways: the Elastic IP (AllocateAddress takes no client token: found by its tags first),
 * the NAT gateway in its AZ's public subnet (CreateNatGateway takes one), waited for until
 * available; with --prune the NAT gateway is deleted and waited for before its address is released.
 */
final class NatSteps {
  private static final Set<String> LIVE = Set.of("pending", "available");
  private static final Set<String> BROKEN = Set.of("failed", "deleting", "deleted");
  private final StepCalls calls;
  private final Waits waits;
  private final VpcSteps vpcs;

  NatSteps(StepCalls calls, Waits waits, VpcSteps vpcs) {
    this.calls = calls;
    this.waits = waits;
    this.vpcs = vpcs;
  }

  String address(ApplySession s, Change c) {
    Want w = c.want();
    return calls.createOnce("ec2:AllocateAddress",
        () -> s.ec2().describeAddresses(r -> r.filters(s.owned(w.key()))).addresses().stream()
            .map(a -> a.allocationId()).sorted().findFirst(),
        () -> s.ec2Once().allocateAddress(r -> r.domain(DomainType.VPC)
            .tagSpecifications(s.tagSpec(ResourceType.ELASTIC_IP, w.tags()))).allocationId());
  }

  String natGateway(ApplySession s, Change c) {
    Want w = c.want();
    String subnet = vpcs.id(w, "subnet");
    String eip = vpcs.id(w, "eip");
    // the token names the subnet and address too: after a failed NAT gateway a re-run with other ones makes a new one
    String token = Tokens.of(s.plan(), w.key() + "/" + subnet + "/" + eip);
    String id = calls.createOnce("ec2:CreateNatGateway",
        () -> s.ec2().describeNatGateways(r -> r.filter(s.owned(w.key()))).natGateways().stream()
            .filter(n -> LIVE.contains(n.stateAsString())).map(n -> n.natGatewayId()).sorted().findFirst(),
        () -> s.ec2().createNatGateway(r -> r.subnetId(subnet).allocationId(eip).connectivityType(ConnectivityType.PUBLIC)
            .clientToken(token).tagSpecifications(s.tagSpec(ResourceType.NATGATEWAY, w.tags()))).natGateway().natGatewayId());
    waits.until("NAT gateway " + w.key() + " (" + id + ")", () -> state(s, id), Set.of("available"), BROKEN);
    return id;
  }

  void deleteNat(ApplySession s, Have h) {
    String id = h.awsId();
    calls.run("ec2:DeleteNatGateway", () -> s.ec2().deleteNatGateway(r -> r.natGatewayId(id)));
    // its address stays associated until it is gone
    waits.until("NAT gateway " + h.key() + " (" + id + ") to be deleted", () -> {
      String now = state(s, id);
      return now.isEmpty() ? "deleted" : now;
    }, Set.of("deleted"), Set.of());
  }

  void release(ApplySession s, Have h) {
    calls.run("ec2:ReleaseAddress", () -> s.ec2().releaseAddress(r -> r.allocationId(h.awsId())));
  }

  private String state(ApplySession s, String id) {
    try {
      return calls.call("ec2:DescribeNatGateways", () -> s.ec2().describeNatGateways(r -> r.natGatewayIds(id))
          .natGateways().stream().map(n -> n.stateAsString()).findFirst().orElse(""));
    } catch (RuntimeException e) {
      var ase = AwsErrors.service(e);
      if (ase != null && "NatGatewayNotFound".equals(AwsErrors.code(ase))) return "";
      throw e;
    }
  }
}
