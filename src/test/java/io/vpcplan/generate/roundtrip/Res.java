package io.vpcplan.generate.roundtrip;

import java.util.List;
import java.util.Map;

/**
 * One resource read back from a generated artifact, in a vocabulary CloudFormation and Terraform
 * both map onto. {@code key} is unique across the whole artifact (stack or module, then the
 * logical name); field values are literal strings, {@link Ref}s to other resources' keys, or lists.
 */
record Res(String key, Kind kind, String account, String region, Map<String, String> tags, Map<String, Object> fields) {
  enum Kind {
    VPC, VPC_CIDR, SUBNET, ROUTE_TABLE, ROUTE, SUBNET_ASSOC, IGW, NAT, EIGW, FIREWALL, ENDPOINT, TGW, TGW_TABLE,
    TGW_VPC_ATTACH, TGW_PEER_ATTACH, TGW_ASSOC, TGW_PROP, TGW_ROUTE, PEERING, VPN, DX_GATEWAY, DX_ATTACH,
    /** An accepter: stands for the resource in field "of". */
    ALIAS
  }

  /**
   * A reference to another resource; "external:DESCRIPTION" is an input no artifact produces (an
   * existing VPC, a VPN attachment), named by the artifact's own description of it.
   */
  record Ref(String key) {
    boolean external() {
      return key.startsWith("external:");
    }
  }

  /** The plan's id (the vpcplan:id tag every generated resource carries), else the key. */
  String id() {
    return tags.getOrDefault("vpcplan:id", key);
  }

  String str(String field) {
    Object v = fields.get(field);
    return v instanceof String s ? s : "";
  }

  Ref ref(String field) {
    Object v = fields.get(field);
    return v instanceof Ref r ? r : null;
  }

  List<Ref> refs(String field) {
    Object v = fields.get(field);
    if (v instanceof Ref r) return List.of(r);
    if (!(v instanceof List<?> l)) return List.of();
    return l.stream().filter(Ref.class::isInstance).map(Ref.class::cast).toList();
  }
}
