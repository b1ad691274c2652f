package io.vpcplan.finding;

/**
 * A resource a finding is about: {@code kind} is vpc, subnet, peering, route-table,
 * transit-gateway, tgw-route-table or tgw-attachment; account and region may be empty.
 */
public record Resource(String kind, String id, String name, String account, String region) {
  public Resource {
    kind = kind == null ? "" : kind;
    id = id == null ? "" : id;
    name = name == null ? "" : name;
    account = account == null ? "" : account;
    region = region == null ? "" : region;
  }

  public static Resource vpc(io.vpcplan.model.Vpc v) {
    return new Resource("vpc", v.id(), v.name(), v.account(), v.region());
  }

  /** id (account/region/name) — how a reader finds it. */
  public String label() {
    StringBuilder sb = new StringBuilder(id);
    String where = account.isEmpty() ? region : region.isEmpty() ? account : account + "/" + region;
    String tail = name.isEmpty() || name.equals(id) ? where : where.isEmpty() ? name : where + "/" + name;
    if (!tail.isEmpty() && !id.equals(tail)) sb.append(" (").append(tail).append(')');
    return sb.toString();
  }
}
