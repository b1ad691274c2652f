package io.vpcplan.aws.fake;

import java.util.Map;
import java.util.function.Function;

/**
 * TGW peering attachments: one record seen from both sides (requester's account and region,
 * accepter's account and region), pendingAcceptance until the accepter accepts.
 */
final class TgwPeering {
  private final State state;
  private final Render render;

  TgwPeering(State state, Render render) {
    this.state = state;
    this.render = render;
  }

  void register(Map<String, Function<Query, String>> h) {
    h.put("CreateTransitGatewayPeeringAttachment", this::create);
    h.put("AcceptTransitGatewayPeeringAttachment", this::accept);
    h.put("DeleteTransitGatewayPeeringAttachment", this::delete);
  }

  private String create(Query q) {
    Res tgw = state.owned("transit-gateway", q.require("TransitGatewayId"), q.account(), q.region());
    if (!tgw.state().equals("available")) {
      throw ApiError.bad("IncorrectState", "tgw " + tgw.id + " is in invalid state " + tgw.state());
    }
    String peerId = q.require("PeerTransitGatewayId");
    String peerAccount = q.require("PeerAccountId");
    String peerRegion = q.require("PeerRegion");
    Res peer = state.byId.get(peerId);
    if (peer == null || !peer.type.equals("transit-gateway") || !peer.account.equals(peerAccount)
        || !peer.region.equals(peerRegion) || !peer.live()) {
      throw ApiError.bad("InvalidTransitGatewayID.NotFound", "The transitGateway ID '" + peerId + "' does not exist in "
          + peerAccount + " " + peerRegion);
    }
    boolean duplicate = !state.all("transit-gateway-attachment", a -> a.live() && "peering".equals(a.attr("resource-type"))
        && pair(a, tgw.id, peerId)).isEmpty();
    if (duplicate) {
      throw ApiError.bad("DuplicateTransitGatewayAttachment", tgw.id + " already has a peering with " + peerId);
    }
    Map<String, String> tags = q.tagSpec("transit-gateway-attachment");
    Res a = state.add("tgw-attach-", "transit-gateway-attachment", q.account(), q.region());
    a.set("transit-gateway-attachment-id", a.id).set("resource-type", "peering").set("transit-gateway-id", tgw.id)
        .set("transit-gateway-owner-id", q.account()).set("peer-transit-gateway-id", peerId)
        .set("peer-account-id", peerAccount).set("peer-region", peerRegion).set("resource-owner-id", peerAccount)
        .set("resource-id", peerId).set("state", "pendingAcceptance");
    a.tags.putAll(tags);
    Xml x = new Xml(q.action()).open("transitGatewayPeeringAttachment");
    render.peering(x, a);
    return x.done();
  }

  private static boolean pair(Res a, String one, String other) {
    String x = a.attr("transit-gateway-id");
    String y = a.attr("peer-transit-gateway-id");
    return (x.equals(one) && y.equals(other)) || (x.equals(other) && y.equals(one));
  }

  private Res peering(Query q) {
    Res a = state.get("transit-gateway-attachment", q.require("TransitGatewayAttachmentId"));
    if (!"peering".equals(a.attr("resource-type")) || !Ec2Reads.attachmentVisible(a, q.account(), q.region())) {
      throw State.notFound(a.type, a.id);
    }
    return a;
  }

  private String accept(Query q) {
    Res a = peering(q);
    if (!Render.isAccepter(a, q.account(), q.region()) || !a.state().equals("pendingAcceptance")) {
      throw ApiError.bad("IncorrectState", "attachment " + a.id + " is in invalid state " + a.state()
          + (Render.isAccepter(a, q.account(), q.region()) ? "" : "; only the accepter ("
              + a.attr("peer-account-id") + " in " + a.attr("peer-region") + ") may accept it"));
    }
    a.lifecycle("pending", "available", state.pendingDescribes, null);
    Xml x = new Xml(q.action()).open("transitGatewayPeeringAttachment");
    render.peering(x, a);
    return x.done();
  }

  private String delete(Query q) {
    Res a = peering(q);
    if (!a.live()) throw ApiError.bad("IncorrectState", "attachment " + a.id + " is in invalid state " + a.state());
    TgwRouting.detach(state, a);
    a.set("state", "deleted");
    Xml x = new Xml(q.action()).open("transitGatewayPeeringAttachment");
    render.peering(x, a);
    return x.done();
  }
}
