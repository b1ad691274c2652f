package io.vpcplan.aws.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The state side of RAM: shares (type resource-share), their principals and resources, invitations. */
final class RamShares {
  private final State state;

  RamShares(State state) {
    this.state = state;
  }

  private static ApiError unknown(String what) {
    return new ApiError(400, "UnknownResourceException", what + " could not be found.");
  }

  Res owned(String account, String region, String arn) {
    Res s = arn == null ? null : state.byId.get(arn);
    if (s == null || !s.type.equals("resource-share") || !s.account.equals(account) || !s.region.equals(region)) {
      throw unknown("ResourceShare " + arn);
    }
    return s;
  }

  Res create(String account, String region, JsonNode body) {
    String name = body.path("name").asText("");
    if (name.isEmpty()) throw new ApiError(400, "MissingRequiredParameterException", "name is required");
    List<String> resources = Ram.texts(body, "resourceArns");
    List<String> principals = Ram.texts(body, "principals");
    resources.forEach(arn -> checkResource(account, region, arn));
    principals.forEach(p -> checkPrincipal(account, p));
    int n = state.next("resource-share");
    Res s = new Res("arn:aws:ram:" + region + ":" + account + ":resource-share/" + uuid(n), "resource-share", account, region);
    state.byId.put(s.id, s);
    s.set("name", name).set("state", "ACTIVE")
        .set("allow-external-principals", String.valueOf(body.path("allowExternalPrincipals").asBoolean(true)));
    body.path("tags").forEach(t -> s.tags.put(t.path("key").asText(), t.path("value").asText("")));
    s.ids.addAll(resources);
    principals.forEach(p -> addPrincipal(s, p));
    return s;
  }

  private static String uuid(int n) {
    return String.format("00000000-0000-4000-8000-%012x", n);
  }

  private void checkResource(String account, String region, String arn) {
    if (!arn.startsWith("arn:")) throw new ApiError(400, "MalformedArnException", "The format of ARN " + arn + " is not valid.");
    boolean mine = state.byId.values().stream().anyMatch(r -> r.account.equals(account) && r.region.equals(region)
        && arn.equals(r.attr("transit-gateway-arn")) && r.live());
    if (!mine) throw unknown("Resource " + arn);
  }

  private static void checkPrincipal(String owner, String p) {
    if (p.equals(owner)) {
      throw new ApiError(400, "InvalidParameterException", "The resource share cannot have the owner " + owner
          + " as a principal.");
    }
    if (!p.matches("\\d{12}") && !p.matches("arn:aws[a-z-]*:organizations::\\d{12}:(organization|ou)/.+")) {
      throw new ApiError(400, "MalformedArnException", "The format of principal " + p + " is not valid.");
    }
  }

  private void addPrincipal(Res s, String p) {
    if (s.rows.stream().anyMatch(r -> r.get("principal").equals(p))) return;
    boolean invite = !state.orgSharing && p.matches("\\d{12}");
    s.rows.add(new java.util.HashMap<>(Map.of("principal", p, "status", invite ? "ASSOCIATING" : "ASSOCIATED")));
    if (invite) {
      String arn = "arn:aws:ram:" + s.region + ":" + s.account + ":resource-share-invitation/"
          + uuid(state.next("invitation"));
      state.invitations.add(new State.Invitation(arn, s, p));
    }
  }

  List<Res> find(String account, String region, JsonNode body) {
    String owner = body.path("resourceOwner").asText("");
    if (!owner.equals("SELF") && !owner.equals("OTHER-ACCOUNTS")) {
      throw new ApiError(400, "InvalidParameterException", "resourceOwner must be SELF or OTHER-ACCOUNTS, got '" + owner + "'");
    }
    List<String> arns = Ram.texts(body, "resourceShareArns");
    String status = body.path("resourceShareStatus").asText(null);
    String name = body.path("name").asText(null);
    List<Res> out = new ArrayList<>();
    for (Res s : state.all("resource-share", s -> s.region.equals(region))) {
      boolean self = s.account.equals(account);
      if (owner.equals("SELF") != self) continue;
      if (!self && !s.rows.stream().anyMatch(r -> r.get("status").equals("ASSOCIATED")
          && (r.get("principal").equals(account) || !r.get("principal").matches("\\d{12}")))) continue;
      if (!arns.isEmpty() && !arns.contains(s.id)) continue;
      if (status != null && !status.equals(s.state())) continue;
      if (name != null && !name.equals(s.attr("name"))) continue;
      if (!tagsMatch(s, body.path("tagFilters"))) continue;
      out.add(s);
    }
    return out;
  }

  private static boolean tagsMatch(Res s, JsonNode filters) {
    for (JsonNode f : filters) {
      String v = s.tags.get(f.path("tagKey").asText());
      if (v == null) return false;
      List<String> wanted = Ram.texts(f, "tagValues");
      if (!wanted.isEmpty() && !wanted.contains(v)) return false;
    }
    return true;
  }

  List<Map<String, String>> associations(String account, String region, JsonNode body) {
    String type = body.path("associationType").asText("");
    if (!type.equals("PRINCIPAL") && !type.equals("RESOURCE")) {
      throw new ApiError(400, "InvalidParameterException", "associationType must be PRINCIPAL or RESOURCE");
    }
    List<String> arns = Ram.texts(body, "resourceShareArns");
    String status = body.path("associationStatus").asText(null);
    List<Map<String, String>> out = new ArrayList<>();
    for (Res s : state.all("resource-share", s -> s.account.equals(account) && s.region.equals(region))) {
      if (!arns.isEmpty() && !arns.contains(s.id)) continue;
      List<Map<String, String>> rows = new ArrayList<>();
      if (type.equals("PRINCIPAL")) s.rows.forEach(p -> rows.add(row(s, p.get("principal"), type, p.get("status"))));
      else s.ids.forEach(r -> rows.add(row(s, r, type, "ASSOCIATED")));
      rows.stream().filter(r -> status == null || status.equals(r.get("status")))
          .filter(r -> !body.hasNonNull("principal") || body.get("principal").asText().equals(r.get("entity")))
          .filter(r -> !body.hasNonNull("resourceArn") || body.get("resourceArn").asText().equals(r.get("entity")))
          .forEach(out::add);
    }
    return out;
  }

  private static Map<String, String> row(Res s, String entity, String type, String status) {
    return Map.of("share", s.id, "name", s.attr("name"), "entity", entity, "type", type, "status", status);
  }

  List<Map<String, String>> associate(String account, String region, JsonNode body) {
    Res s = owned(account, region, body.path("resourceShareArn").asText(null));
    List<String> resources = Ram.texts(body, "resourceArns");
    List<String> principals = Ram.texts(body, "principals");
    resources.forEach(arn -> checkResource(account, region, arn));
    principals.forEach(p -> checkPrincipal(account, p));
    List<Map<String, String>> out = new ArrayList<>();
    for (String r : resources) {
      if (!s.ids.contains(r)) s.ids.add(r);
      out.add(row(s, r, "RESOURCE", "ASSOCIATING"));
    }
    for (String p : principals) {
      addPrincipal(s, p);
      out.add(row(s, p, "PRINCIPAL", "ASSOCIATING"));
    }
    return out;
  }

  List<Map<String, String>> disassociate(String account, String region, JsonNode body) {
    Res s = owned(account, region, body.path("resourceShareArn").asText(null));
    List<Map<String, String>> out = new ArrayList<>();
    for (String r : Ram.texts(body, "resourceArns")) {
      if (s.ids.remove(r)) out.add(row(s, r, "RESOURCE", "DISASSOCIATING"));
    }
    for (String p : Ram.texts(body, "principals")) {
      if (s.rows.removeIf(x -> x.get("principal").equals(p))) out.add(row(s, p, "PRINCIPAL", "DISASSOCIATING"));
    }
    return out;
  }

  List<State.Invitation> invitations(String account, String region, JsonNode body) {
    List<String> shares = Ram.texts(body, "resourceShareArns");
    List<String> arns = Ram.texts(body, "resourceShareInvitationArns");
    return state.invitations.stream()
        .filter(i -> i.share.region.equals(region) && (i.receiver.equals(account) || i.share.account.equals(account)))
        .filter(i -> shares.isEmpty() || shares.contains(i.share.id))
        .filter(i -> arns.isEmpty() || arns.contains(i.arn)).toList();
  }

  State.Invitation accept(String account, String region, JsonNode body) {
    String arn = body.path("resourceShareInvitationArn").asText("");
    State.Invitation i = state.invitations.stream()
        .filter(x -> x.arn.equals(arn) && x.receiver.equals(account) && x.share.region.equals(region)).findFirst()
        .orElseThrow(() -> new ApiError(400, "ResourceShareInvitationArnNotFoundException",
            "ResourceShareInvitation " + arn + " could not be found."));
    if (i.status.equals("ACCEPTED")) {
      throw new ApiError(400, "ResourceShareInvitationAlreadyAcceptedException", "The invitation " + arn
          + " has already been accepted.");
    }
    i.status = "ACCEPTED";
    i.share.rows.stream().filter(r -> r.get("principal").equals(account)).forEach(r -> r.put("status", "ASSOCIATED"));
    return i;
  }

  void delete(String account, String region, JsonNode body) {
    Res s = owned(account, region, body.path("resourceShareArn").asText(null));
    s.set("state", "DELETED");
    s.rows.clear();
    s.ids.clear();
  }

  void tag(String account, String region, JsonNode body) {
    Res s = owned(account, region, body.path("resourceShareArn").asText(null));
    body.path("tags").forEach(t -> s.tags.put(t.path("key").asText(), t.path("value").asText("")));
  }
}
