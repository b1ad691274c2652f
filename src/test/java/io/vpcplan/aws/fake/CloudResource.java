package io.vpcplan.aws.fake;

import java.util.Map;

/**
 * A resource as the test sees it: its id, type (EC2 resource-type names: vpc, subnet, route-table,
 * internet-gateway, transit-gateway, transit-gateway-route-table, transit-gateway-attachment; and
 * resource-share), owner, tags and attributes (keyed by EC2 filter names where one exists, e.g.
 * vpc-id, cidr-block, state, transit-gateway-id; lists joined with commas).
 */
public record CloudResource(String id, String type, String account, String region, Map<String, String> tags,
    Map<String, String> attributes) {
  public CloudResource {
    tags = Map.copyOf(tags);
    attributes = Map.copyOf(attributes);
  }

  public String tag(String key) {
    return tags.get(key);
  }

  public String attr(String key) {
    return attributes.get(key);
  }
}
