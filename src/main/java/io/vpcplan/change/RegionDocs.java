package io.vpcplan.change;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;

/**
 * What was read in one account and region, as the AWS CLI prints it: each describe call's list
 * under its top-level key ("Vpcs", "TransitGatewayRouteTableRoutes", "InternetGateways",
 * "ResourceShares" …) — the files of an aws_configs snapshot.
 */
public record RegionDocs(String account, String region, Map<String, JsonNode> docs) {
  public RegionDocs {
    docs = Map.copyOf(docs);
  }

  public JsonNode list(String key) {
    JsonNode n = docs.get(key);
    return n == null ? JsonNodeFactory.instance.arrayNode() : n;
  }
}
