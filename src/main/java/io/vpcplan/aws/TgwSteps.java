package io.vpcplan.aws;

import io.vpcplan.change.Change;
import io.vpcplan.change.Want;
import io.vpcplan.model.RunFailedException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.ApplianceModeSupportValue;
import software.amazon.awssdk.services.ec2.model.AutoAcceptSharedAttachmentsValue;
import software.amazon.awssdk.services.ec2.model.DefaultRouteTableAssociationValue;
import software.amazon.awssdk.services.ec2.model.DefaultRouteTablePropagationValue;
import software.amazon.awssdk.services.ec2.model.DnsSupportValue;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TransitGatewayAttachment;
import software.amazon.awssdk.services.ec2.model.VpnEcmpSupportValue;

/** Creates the transit side: gateways, route tables, attachments and their acceptance, peering, routing. */
final class TgwSteps {
  private static final Set<String> LIVE = Set.of("pending", "available", "pendingAcceptance", "initiatingRequest",
      "initiating", "modifying");
  private static final Set<String> BROKEN = Set.of("failed", "failing", "rejected", "deleted", "deleting");
  private final StepCalls calls;
  private final Waits waits;
  private final VpcSteps vpcs;

  TgwSteps(StepCalls calls, Waits waits, VpcSteps vpcs) {
    this.calls = calls;
    this.waits = waits;
    this.vpcs = vpcs;
  }

  String transitGateway(ApplySession s, Change c) {
    Want w = c.want();
    String id = calls.createOnce("ec2:CreateTransitGateway",
        () -> s.ec2().describeTransitGateways(r -> r.filters(s.owned(w.key()))).transitGateways().stream()
            .filter(g -> s.account().equals(g.ownerId()) || g.ownerId() == null)
            .filter(g -> LIVE.contains(g.stateAsString())).map(g -> g.transitGatewayId()).sorted().findFirst(),
        () -> s.ec2Once().createTransitGateway(r -> r.description(w.prop("description")).options(o -> {
          if (!w.prop("asn").isEmpty()) o.amazonSideAsn(Long.parseLong(w.prop("asn")));
          o.autoAcceptSharedAttachments(AutoAcceptSharedAttachmentsValue.DISABLE)
              .defaultRouteTableAssociation(DefaultRouteTableAssociationValue.DISABLE)
              .defaultRouteTablePropagation(DefaultRouteTablePropagationValue.DISABLE)
              .dnsSupport(Boolean.parseBoolean(w.prop("dnsSupport")) ? DnsSupportValue.ENABLE : DnsSupportValue.DISABLE)
              .vpnEcmpSupport(Boolean.parseBoolean(w.prop("vpnEcmpSupport")) ? VpnEcmpSupportValue.ENABLE
                  : VpnEcmpSupportValue.DISABLE);
        }).tagSpecifications(s.tagSpec(ResourceType.TRANSIT_GATEWAY, w.tags()))).transitGateway().transitGatewayId());
    waits.until("transit gateway " + w.key() + " (" + id + ")", () -> calls.call("ec2:DescribeTransitGateways",
        () -> s.ec2().describeTransitGateways(r -> r.transitGatewayIds(id)).transitGateways().stream()
            .map(g -> g.stateAsString()).findFirst().orElse("")), Set.of("available"), BROKEN);
    return id;
  }

  String routeTable(ApplySession s, Change c) {
    Want w = c.want();
    String tgw = vpcs.id(w, "tgw");
    String id = calls.createOnce("ec2:CreateTransitGatewayRouteTable",
        () -> s.ec2().describeTransitGatewayRouteTables(r -> r.filters(s.owned(w.key()))).transitGatewayRouteTables()
            .stream().filter(t -> LIVE.contains(t.stateAsString())).map(t -> t.transitGatewayRouteTableId()).sorted()
            .findFirst(),
        () -> s.ec2Once().createTransitGatewayRouteTable(r -> r.transitGatewayId(tgw).tagSpecifications(
            s.tagSpec(ResourceType.TRANSIT_GATEWAY_ROUTE_TABLE, w.tags()))).transitGatewayRouteTable()
            .transitGatewayRouteTableId());
    waits.until("TGW route table " + w.key() + " (" + id + ")", () -> calls.call("ec2:DescribeTransitGatewayRouteTables",
        () -> s.ec2().describeTransitGatewayRouteTables(r -> r.transitGatewayRouteTableIds(id)).transitGatewayRouteTables()
            .stream().map(t -> t.stateAsString()).findFirst().orElse("")), Set.of("available"), BROKEN);
    return id;
  }

  String vpcAttachment(ApplySession s, Change c) {
    Want w = c.want();
    String tgw = vpcs.id(w, "tgw");
    String vpc = vpcs.id(w, "vpc");
    List<String> subnets = w.list("subnets").stream().map(k -> vpcs.idOf(k, w.describe())).toList();
    String id = calls.createOnce("ec2:CreateTransitGatewayVpcAttachment",
        () -> s.ec2().describeTransitGatewayVpcAttachments(r -> r.filters(s.owned(w.key()))).transitGatewayVpcAttachments()
            .stream().filter(a -> LIVE.contains(a.stateAsString())).map(a -> a.transitGatewayAttachmentId()).sorted()
            .findFirst(),
        () -> s.ec2Once().createTransitGatewayVpcAttachment(r -> r.transitGatewayId(tgw).vpcId(vpc).subnetIds(subnets)
            .options(o -> o.dnsSupport(DnsSupportValue.ENABLE).applianceModeSupport(Boolean.parseBoolean(
                w.prop("applianceMode")) ? ApplianceModeSupportValue.ENABLE : ApplianceModeSupportValue.DISABLE))
            .tagSpecifications(s.tagSpec(ResourceType.TRANSIT_GATEWAY_ATTACHMENT, w.tags())))
            .transitGatewayVpcAttachment().transitGatewayAttachmentId());
    waits.until("TGW attachment " + w.key() + " (" + id + ")", () -> attachmentState(s, id),
        Set.of("available", "pendingAcceptance"), BROKEN);
    return id;
  }

  /** The TGW owner accepts a cross-account attachment (VPC or peering) once AWS offers it. */
  String accept(ApplySession s, Change c, boolean peering) {
    Want w = c.want();
    String id = vpcs.id(w, "attachment");
    String what = (peering ? "TGW peering attachment " : "TGW attachment ") + w.prop("attachment") + " (" + id + ")";
    String state = waits.until(what, () -> attachmentState(s, id), Set.of("available", "pendingAcceptance"), BROKEN);
    if (state.equals("pendingAcceptance")) {
      if (peering) {
        calls.run("ec2:AcceptTransitGatewayPeeringAttachment",
            () -> s.ec2().acceptTransitGatewayPeeringAttachment(r -> r.transitGatewayAttachmentId(id)));
      } else {
        calls.run("ec2:AcceptTransitGatewayVpcAttachment",
            () -> s.ec2().acceptTransitGatewayVpcAttachment(r -> r.transitGatewayAttachmentId(id)));
      }
    }
    waits.until(what, () -> attachmentState(s, id), Set.of("available"), BROKEN);
    return id;
  }

  String peering(ApplySession s, Change c) {
    Want w = c.want();
    String tgw = vpcs.id(w, "tgw");
    String peer = vpcs.id(w, "peerTgw");
    String id = calls.createOnce("ec2:CreateTransitGatewayPeeringAttachment",
        () -> s.ec2().describeTransitGatewayAttachments(r -> r.filters(s.owned(w.key()))).transitGatewayAttachments()
            .stream().filter(a -> LIVE.contains(a.stateAsString())).map(a -> a.transitGatewayAttachmentId()).sorted()
            .findFirst(),
        () -> s.ec2Once().createTransitGatewayPeeringAttachment(r -> r.transitGatewayId(tgw).peerTransitGatewayId(peer)
            .peerAccountId(w.prop("peerAccount")).peerRegion(w.prop("peerRegion"))
            .tagSpecifications(s.tagSpec(ResourceType.TRANSIT_GATEWAY_ATTACHMENT, w.tags())))
            .transitGatewayPeeringAttachment().transitGatewayAttachmentId());
    waits.until("TGW peering attachment " + w.key() + " (" + id + ")", () -> attachmentState(s, id),
        Set.of("available", "pendingAcceptance"), BROKEN);
    return id;
  }

  String association(ApplySession s, Change c) {
    Want w = c.want();
    String table = vpcs.id(w, "table");
    String att = vpcs.id(w, "attachment");
    TransitGatewayAttachment a = attachment(s, att).orElseThrow(() -> new RunFailedException(
        "TGW attachment " + w.prop("attachment") + " (" + att + ") is not visible in " + s.account() + "/" + s.region()));
    if (a.association() != null && !"disassociated".equals(a.association().stateAsString())) {
      if (table.equals(a.association().transitGatewayRouteTableId())) return att;
      throw new RunFailedException("TGW attachment " + att + " is associated with " + a.association()
          .transitGatewayRouteTableId() + ", planned " + table + "; apply does not move associations it did not make");
    }
    calls.run("ec2:AssociateTransitGatewayRouteTable", () -> s.ec2().associateTransitGatewayRouteTable(
        r -> r.transitGatewayRouteTableId(table).transitGatewayAttachmentId(att)));
    return att;
  }

  String propagation(ApplySession s, Change c) {
    Want w = c.want();
    String table = vpcs.id(w, "table");
    String att = vpcs.id(w, "attachment");
    boolean on = calls.call("ec2:GetTransitGatewayRouteTablePropagations", () -> s.ec2()
        .getTransitGatewayRouteTablePropagations(r -> r.transitGatewayRouteTableId(table).filters(
            Filter.builder().name("transit-gateway-attachment-id").values(att).build()))
        .transitGatewayRouteTablePropagations().stream()
        .anyMatch(p -> att.equals(p.transitGatewayAttachmentId()) && Set.of("enabled", "enabling").contains(p.stateAsString())));
    if (!on) calls.run("ec2:EnableTransitGatewayRouteTablePropagation", () -> s.ec2()
        .enableTransitGatewayRouteTablePropagation(r -> r.transitGatewayRouteTableId(table).transitGatewayAttachmentId(att)));
    return table + "/" + att;
  }

  String route(ApplySession s, Change c) {
    Want w = c.want();
    String table = vpcs.id(w, "table");
    String dest = w.prop("destination");
    boolean blackhole = !w.prop("blackhole").isEmpty();
    String att = blackhole ? null : vpcs.id(w, "attachment");
    Optional<String> now = calls.call("ec2:SearchTransitGatewayRoutes", () -> s.ec2().searchTransitGatewayRoutes(
        r -> r.transitGatewayRouteTableId(table).filters(Filter.builder().name("route-search.exact-match").values(dest)
            .build(), Filter.builder().name("type").values("static").build())).routes().stream()
        .filter(r -> dest.equals(r.destinationCidrBlock()))
        .map(r -> r.transitGatewayAttachments().isEmpty() ? "blackhole" : r.transitGatewayAttachments().get(0)
            .transitGatewayAttachmentId()).findFirst());
    String target = blackhole ? "blackhole" : att;
    if (now.isPresent()) {
      if (now.get().equals(target)) return table + "/" + dest;
      throw new RunFailedException("TGW route " + dest + " in " + table + " goes to " + now.get() + ", planned " + target
          + "; apply does not replace routes it did not create");
    }
    calls.run("ec2:CreateTransitGatewayRoute", () -> s.ec2().createTransitGatewayRoute(r -> r.transitGatewayRouteTableId(table)
        .destinationCidrBlock(dest).transitGatewayAttachmentId(att).blackhole(blackhole ? true : null)));
    return table + "/" + dest;
  }

  private Optional<TransitGatewayAttachment> attachment(ApplySession s, String id) {
    return calls.call("ec2:DescribeTransitGatewayAttachments", () -> s.ec2().describeTransitGatewayAttachments(
        r -> r.transitGatewayAttachmentIds(id)).transitGatewayAttachments().stream().findFirst());
  }

  private String attachmentState(ApplySession s, String id) {
    return attachment(s, id).map(a -> a.stateAsString()).orElse("");
  }
}
