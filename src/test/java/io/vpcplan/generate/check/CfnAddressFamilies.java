package io.vpcplan.generate.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What the resource model does not say: which address family a property takes (the model has
 * strings only; AWS refuses an IPv6 CidrBlock), and that a subnet without an IPv4 block is made only
 * as an IPv6-only one (Ipv6Native with an Ipv6CidrBlock). Literal values only: an intrinsic is known
 * at deploy time.
 */
final class CfnAddressFamilies {
  /** resource type → property → true for IPv4, false for IPv6. */
  private static final Map<String, Map<String, Boolean>> FAMILY = Map.of(
      "AWS::EC2::VPC", Map.of("CidrBlock", true),
      "AWS::EC2::VPCCidrBlock", Map.of("CidrBlock", true, "Ipv6CidrBlock", false),
      "AWS::EC2::Subnet", Map.of("CidrBlock", true, "Ipv6CidrBlock", false),
      "AWS::EC2::Route", Map.of("DestinationCidrBlock", true, "DestinationIpv6CidrBlock", false));

  private CfnAddressFamilies() {}

  static void check(CfnYaml doc, JsonNode resources, List<String> problems) {
    resources.properties().forEach(e -> {
      String type = e.getValue().path("Type").asText();
      JsonNode p = e.getValue().path("Properties");
      String path = "Resources." + e.getKey() + ".Properties";
      FAMILY.getOrDefault(type, Map.of()).forEach((prop, v4) -> {
        JsonNode v = p.path(prop);
        if (!v.isTextual()) return;
        boolean isV6 = v.asText().contains(":");
        if (isV6 == v4) {
          problems.add(doc.at(path + "." + prop) + ": " + v.asText() + " is " + (isV6 ? "IPv6" : "IPv4") + "; " + type
              + "." + prop + " takes an " + (v4 ? "IPv4" : "IPv6") + " block");
        }
      });
      if (type.equals("AWS::EC2::Subnet")) subnet(doc, p, path, problems);
    });
  }

  private static void subnet(CfnYaml doc, JsonNode p, String path, List<String> problems) {
    boolean native6 = p.path("Ipv6Native").asBoolean(false);
    boolean v4 = p.has("CidrBlock") || p.has("Ipv4IpamPoolId");
    if (native6 && v4) problems.add(doc.at(path) + ": Ipv6Native: true with an IPv4 block; an IPv6-only subnet has none");
    if (native6 && !p.has("Ipv6CidrBlock") && !p.has("Ipv6IpamPoolId")) {
      problems.add(doc.at(path) + ": Ipv6Native: true without Ipv6CidrBlock; an IPv6-only subnet needs its IPv6 block");
    }
    if (!native6 && !v4) {
      problems.add(doc.at(path) + ": no CidrBlock and no Ipv6Native: true; AWS makes a subnet without an IPv4 block "
          + "only as an IPv6-only one (Ipv6Native: true, Ipv6CidrBlock)");
    }
  }
}
