package io.vpcplan.aws;

import io.vpcplan.change.Change;
import io.vpcplan.change.Have;
import io.vpcplan.change.Want;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/**
 * VPC peering: the request in the requester's account and region (found by its tags first: EC2
 * takes no client token here), its acceptance in the accepter's, and, with --prune, its deletion.
 */
final class PeeringSteps {
  private static final Set<String> LIVE = Set.of("initiating-request", "pending-acceptance", "provisioning", "active");
  private static final Set<String> BROKEN = Set.of("failed", "rejected", "expired", "deleted", "deleting");
  private final StepCalls calls;
  private final Waits waits;
  private final VpcSteps vpcs;

  PeeringSteps(StepCalls calls, Waits waits, VpcSteps vpcs) {
    this.calls = calls;
    this.waits = waits;
    this.vpcs = vpcs;
  }

  String request(ApplySession s, Change c) {
    Want w = c.want();
    String vpc = vpcs.id(w, "vpc");
    String peerVpc = vpcs.id(w, "peerVpc");
    String peerAccount = w.prop("peerAccount").equals(s.account()) ? null : w.prop("peerAccount");
    String peerRegion = w.prop("peerRegion").equals(s.region()) ? null : w.prop("peerRegion");
    String id = calls.createOnce("ec2:CreateVpcPeeringConnection",
        () -> s.ec2().describeVpcPeeringConnections(r -> r.filters(s.owned(w.key()))).vpcPeeringConnections().stream()
            .filter(p -> p.status() != null && LIVE.contains(p.status().codeAsString()))
            .map(p -> p.vpcPeeringConnectionId()).sorted().findFirst(),
        () -> s.ec2Once().createVpcPeeringConnection(r -> r.vpcId(vpc).peerVpcId(peerVpc).peerOwnerId(peerAccount)
            .peerRegion(peerRegion).tagSpecifications(s.tagSpec(ResourceType.VPC_PEERING_CONNECTION, w.tags())))
            .vpcPeeringConnection().vpcPeeringConnectionId());
    waits.until("VPC peering " + w.key() + " (" + id + ")", () -> state(s, id),
        Set.of("pending-acceptance", "provisioning", "active"), BROKEN);
    return id;
  }

  /** In the accepter's account and region: accept once the request has arrived there, then wait until it is active. */
  String accept(ApplySession s, Change c) {
    Want w = c.want();
    String id = vpcs.id(w, "peering");
    String what = "VPC peering " + w.prop("peering") + " (" + id + ") in " + s.account() + "/" + s.region();
    String now = waits.until(what, () -> state(s, id), Set.of("pending-acceptance", "provisioning", "active"), BROKEN);
    if (now.equals("pending-acceptance")) {
      calls.run("ec2:AcceptVpcPeeringConnection", () -> s.ec2().acceptVpcPeeringConnection(
          r -> r.vpcPeeringConnectionId(id)));
    }
    waits.until(what, () -> state(s, id), Set.of("active"), BROKEN);
    return id;
  }

  void delete(ApplySession s, Have h) {
    String id = h.awsId();
    try {
      calls.run("ec2:DeleteVpcPeeringConnection", () -> s.ec2().deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id)));
    } catch (RuntimeException e) {
      // a retried delete whose first answer was lost finds it deleted already: that is what was asked
      // (read past StepCalls, so that a failure still names the delete)
      if (AwsErrors.classify(e) != AwsErrors.Kind.OTHER || !Set.of("", "deleting", "deleted").contains(status(s, id))) {
        throw e;
      }
    }
    waits.until("VPC peering " + h.key() + " (" + id + ") to be deleted", () -> {
      String now = state(s, id);
      return now.isEmpty() ? "deleted" : now;
    }, Set.of("deleted"), Set.of());
  }

  /** The status code as this side sees it; empty while the request has not reached this account or region. */
  private String state(ApplySession s, String id) {
    return calls.call("ec2:DescribeVpcPeeringConnections", () -> status(s, id));
  }

  private static String status(ApplySession s, String id) {
    try {
      return s.ec2().describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(id)).vpcPeeringConnections().stream()
          .map(p -> p.status() == null ? "" : p.status().codeAsString()).findFirst().orElse("");
    } catch (RuntimeException e) {
      var ase = AwsErrors.service(e);
      if (ase != null && "InvalidVpcPeeringConnectionID.NotFound".equals(AwsErrors.code(ase))) return "";
      throw e;
    }
  }
}
