package io.vpcplan.generate.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the provider schema JSON does not carry: which address family an argument takes. The AWS
 * provider validates cidr_block as an IPv4 network (ValidIPv4CIDRNetworkAddress) and the ipv6 ones as
 * IPv6, and AWS makes a subnet without an IPv4 block only with ipv6_native (CreateSubnet: an IPv6-only
 * subnet). Only literal values are checked; an expression ("${…}") is known at apply time only.
 */
final class TfAddressFamilies {
  /** resource type → argument → true for IPv4, false for IPv6. */
  private static final Map<String, Map<String, Boolean>> FAMILY = Map.of(
      "aws_vpc", Map.of("cidr_block", true),
      "aws_vpc_ipv4_cidr_block_association", Map.of("cidr_block", true),
      "aws_subnet", Map.of("cidr_block", true, "ipv6_cidr_block", false),
      "aws_route", Map.of("destination_cidr_block", true, "destination_ipv6_cidr_block", false));

  private TfAddressFamilies() {}

  static List<String> check(JsonNode files) {
    List<String> problems = new ArrayList<>();
    for (JsonNode f : files) {
      String file = f.path("file").asText();
      f.path("body").path("resource").properties().forEach(t -> t.getValue().properties().forEach(n -> {
        String at = file + ": resource " + t.getKey() + "." + n.getKey();
        for (JsonNode instance : n.getValue()) {
          FAMILY.getOrDefault(t.getKey(), Map.of()).forEach((arg, v4) -> family(instance.path(arg), v4, at + "." + arg, problems));
          if (t.getKey().equals("aws_subnet")) subnet(instance, at, problems);
        }
      }));
    }
    return problems;
  }

  private static void family(JsonNode value, boolean v4, String at, List<String> problems) {
    if (!value.isTextual() || value.asText().contains("${")) return;
    boolean isV6 = value.asText().contains(":");
    if (isV6 == v4) {
      problems.add(at + ": " + value.asText() + " is " + (isV6 ? "IPv6" : "IPv4") + "; the provider takes an "
          + (v4 ? "IPv4" : "IPv6") + " network here" + (v4 && at.endsWith("cidr_block") ? " (an IPv6 block goes in ipv6_cidr_block)" : ""));
    }
  }

  private static void subnet(JsonNode s, String at, List<String> problems) {
    boolean native6 = s.path("ipv6_native").asBoolean(false) || "true".equals(s.path("ipv6_native").asText());
    boolean v4 = s.has("cidr_block") || s.has("ipv4_ipam_pool_id");
    if (native6 && v4) problems.add(at + ": ipv6_native = true with an IPv4 block; an IPv6-only subnet has none");
    if (native6 && !s.has("ipv6_cidr_block") && !s.has("ipv6_ipam_pool_id")) {
      problems.add(at + ": ipv6_native = true without ipv6_cidr_block; an IPv6-only subnet needs its IPv6 block");
    }
    if (!native6 && !v4) {
      problems.add(at + ": no cidr_block and no ipv6_native = true; AWS makes a subnet without an IPv4 block only as "
          + "an IPv6-only one (ipv6_native = true, ipv6_cidr_block)");
    }
  }
}
