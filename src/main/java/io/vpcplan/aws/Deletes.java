package io.vpcplan.aws;

import io.vpcplan.change.Have;
import java.util.Set;

/**
 * With --prune only: deletes a resource this plan owns and no longer plans. Children go before
 * parents (the change set orders them); a deleted attachment or NAT gateway is waited for, since its
 * subnets (and the NAT gateway's address) cannot go while it holds them.
 */
final class Deletes {
  private final StepCalls calls;
  private final Waits waits;
  private final PeeringSteps peerings;
  private final NatSteps nats;

  Deletes(StepCalls calls, Waits waits, PeeringSteps peerings, NatSteps nats) {
    this.calls = calls;
    this.waits = waits;
    this.peerings = peerings;
    this.nats = nats;
  }

  String run(ApplySession s, Have h) {
    String id = h.awsId();
    switch (h.kind()) {
      case ROUTE -> calls.run("ec2:DeleteRoute", () -> s.ec2().deleteRoute(r -> r.routeTableId(awsTable(h))
          .destinationCidrBlock(h.prop("destination"))));
      case TGW_ROUTE -> calls.run("ec2:DeleteTransitGatewayRoute", () -> s.ec2().deleteTransitGatewayRoute(
          r -> r.transitGatewayRouteTableId(awsTable(h)).destinationCidrBlock(h.prop("destination"))));
      case TGW_PROPAGATION -> calls.run("ec2:DisableTransitGatewayRouteTablePropagation", () -> s.ec2()
          .disableTransitGatewayRouteTablePropagation(r -> r.transitGatewayRouteTableId(awsTable(h))
              .transitGatewayAttachmentId(id)));
      case TGW_ASSOCIATION -> calls.run("ec2:DisassociateTransitGatewayRouteTable", () -> s.ec2()
          .disassociateTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(awsTable(h)).transitGatewayAttachmentId(id)));
      case TGW_PEERING -> {
        calls.run("ec2:DeleteTransitGatewayPeeringAttachment", () -> s.ec2().deleteTransitGatewayPeeringAttachment(
            r -> r.transitGatewayAttachmentId(id)));
        gone(s, "TGW peering attachment " + h.key(), id);
      }
      case TGW_VPC_ATTACHMENT -> {
        calls.run("ec2:DeleteTransitGatewayVpcAttachment", () -> s.ec2().deleteTransitGatewayVpcAttachment(
            r -> r.transitGatewayAttachmentId(id)));
        gone(s, "TGW attachment " + h.key(), id);
      }
      case VPC_PEERING -> peerings.delete(s, h);
      case NAT_GATEWAY -> nats.deleteNat(s, h);
      case ELASTIC_IP -> nats.release(s, h);
      case INTERNET_GATEWAY -> {
        var g = s.ec2().describeInternetGateways(r -> r.internetGatewayIds(id)).internetGateways();
        for (var a : g.isEmpty() ? java.util.List.<software.amazon.awssdk.services.ec2.model.InternetGatewayAttachment>of()
            : g.get(0).attachments()) {
          calls.run("ec2:DetachInternetGateway", () -> s.ec2().detachInternetGateway(r -> r.internetGatewayId(id)
              .vpcId(a.vpcId())));
        }
        calls.run("ec2:DeleteInternetGateway", () -> s.ec2().deleteInternetGateway(r -> r.internetGatewayId(id)));
      }
      case ROUTE_TABLE_ASSOCIATION -> calls.run("ec2:DisassociateRouteTable", () -> s.ec2().disassociateRouteTable(
          r -> r.associationId(id)));
      case ROUTE_TABLE -> calls.run("ec2:DeleteRouteTable", () -> s.ec2().deleteRouteTable(r -> r.routeTableId(id)));
      case SUBNET -> calls.run("ec2:DeleteSubnet", () -> s.ec2().deleteSubnet(r -> r.subnetId(id)));
      case VPC_CIDR -> calls.run("ec2:DisassociateVpcCidrBlock", () -> s.ec2().disassociateVpcCidrBlock(
          r -> r.associationId(id)));
      case VPC -> calls.run("ec2:DeleteVpc", () -> s.ec2().deleteVpc(r -> r.vpcId(id)));
      case RESOURCE_SHARE -> calls.run("ram:DeleteResourceShare", () -> s.ram().deleteResourceShare(
          r -> r.resourceShareArn(id).clientToken(Tokens.of(s.plan(), "delete/" + h.key()))));
      case TGW_ROUTE_TABLE -> calls.run("ec2:DeleteTransitGatewayRouteTable", () -> s.ec2()
          .deleteTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(id)));
      case TRANSIT_GATEWAY -> calls.run("ec2:DeleteTransitGateway", () -> s.ec2().deleteTransitGateway(
          r -> r.transitGatewayId(id)));
      default -> {
        // acceptances have nothing to delete
      }
    }
    return id;
  }

  /** The AWS id of the table a child lives in; children of owned tables carry "table key/…" ids, so look it up. */
  private static String awsTable(Have h) {
    return h.prop("tableAwsId");
  }

  private void gone(ApplySession s, String what, String id) {
    waits.until(what + " (" + id + ") to be deleted", () -> calls.call("ec2:DescribeTransitGatewayAttachments",
        () -> s.ec2().describeTransitGatewayAttachments(r -> r.transitGatewayAttachmentIds(id))
            .transitGatewayAttachments().stream().map(a -> a.stateAsString()).findFirst().orElse("deleted")),
        Set.of("deleted"), Set.of());
  }
}
