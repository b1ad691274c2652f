package io.vpcplan.aws.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RAM over REST-JSON: the operation is the path (POST /createresourceshare, DELETE
 * /deleteresourceshare?resourceShareArn=…). Shares live in the owner's account and region; with
 * organization sharing on, principals are associated at once, otherwise each account principal
 * gets an invitation it must accept.
 */
final class Ram {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Set<String> READS = Set.of("GetResourceShares", "GetResourceShareAssociations",
      "GetResourceShareInvitations");
  private static final double TIME = 1767225600; // 2026-01-01, seconds: REST-JSON timestamps

  private final State state;
  private final RamShares shares;

  Ram(State state) {
    this.state = state;
    this.shares = new RamShares(state);
  }

  /** The SDK operation name of a RAM path, e.g. /createresourceshare → CreateResourceShare; null if unknown. */
  static String action(String path) {
    return switch (path) {
      case "/createresourceshare" -> "CreateResourceShare";
      case "/getresourceshares" -> "GetResourceShares";
      case "/getresourceshareassociations" -> "GetResourceShareAssociations";
      case "/associateresourceshare" -> "AssociateResourceShare";
      case "/disassociateresourceshare" -> "DisassociateResourceShare";
      case "/getresourceshareinvitations" -> "GetResourceShareInvitations";
      case "/acceptresourceshareinvitation" -> "AcceptResourceShareInvitation";
      case "/deleteresourceshare" -> "DeleteResourceShare";
      case "/tagresource" -> "TagResource";
      default -> null;
    };
  }

  String handle(String account, String region, String action, JsonNode body) {
    ObjectNode out = JSON.createObjectNode();
    switch (action) {
      case "CreateResourceShare" -> out.set("resourceShare", json(shares.create(account, region, body)));
      case "GetResourceShares" -> {
        ArrayNode list = out.putArray("resourceShares");
        shares.find(account, region, body).forEach(s -> list.add(json(s)));
      }
      case "GetResourceShareAssociations" -> out.set("resourceShareAssociations",
          associations(shares.associations(account, region, body)));
      case "AssociateResourceShare" -> out.set("resourceShareAssociations",
          associations(shares.associate(account, region, body)));
      case "DisassociateResourceShare" -> out.set("resourceShareAssociations",
          associations(shares.disassociate(account, region, body)));
      case "GetResourceShareInvitations" -> {
        ArrayNode list = out.putArray("resourceShareInvitations");
        shares.invitations(account, region, body).forEach(i -> list.add(json(i)));
      }
      case "AcceptResourceShareInvitation" -> out.set("resourceShareInvitation",
          json(shares.accept(account, region, body)));
      case "DeleteResourceShare" -> {
        shares.delete(account, region, body);
        out.put("returnValue", true);
      }
      case "TagResource" -> shares.tag(account, region, body);
      default -> throw new ApiError(400, "InvalidAction", "The action " + action + " is not valid for this web service.");
    }
    if (body.hasNonNull("clientToken")) out.put("clientToken", body.get("clientToken").asText());
    return out.toString();
  }

  private static ObjectNode json(Res s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("resourceShareArn", s.id).put("name", s.attr("name")).put("owningAccountId", s.account)
        .put("allowExternalPrincipals", Boolean.parseBoolean(s.attr("allow-external-principals")))
        .put("status", s.state()).put("featureSet", "STANDARD").put("creationTime", TIME)
        .put("lastUpdatedTime", TIME);
    ArrayNode tags = n.putArray("tags");
    s.tags.forEach((k, v) -> tags.addObject().put("key", k).put("value", v));
    return n;
  }

  private static ObjectNode json(State.Invitation i) {
    ObjectNode n = JSON.createObjectNode();
    return n.put("resourceShareInvitationArn", i.arn).put("resourceShareName", i.share.attr("name"))
        .put("resourceShareArn", i.share.id).put("senderAccountId", i.share.account)
        .put("receiverAccountId", i.receiver).put("invitationTimestamp", TIME).put("status", i.status);
  }

  private static ArrayNode associations(List<Map<String, String>> rows) {
    ArrayNode list = JSON.createArrayNode();
    for (Map<String, String> r : rows) {
      list.addObject().put("resourceShareArn", r.get("share")).put("resourceShareName", r.get("name"))
          .put("associatedEntity", r.get("entity")).put("associationType", r.get("type"))
          .put("status", r.get("status")).put("creationTime", TIME).put("lastUpdatedTime", TIME)
          .put("external", false);
    }
    return list;
  }

  static List<String> texts(JsonNode body, String field) {
    List<String> out = new ArrayList<>();
    body.path(field).forEach(v -> out.add(v.asText()));
    return out;
  }
}
