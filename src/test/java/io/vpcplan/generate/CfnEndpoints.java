package io.vpcplan.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Follows a subnet's association to its route table's 0.0.0.0/0 route and evaluates its VpcEndpointId. */
final class CfnEndpoints {
  private CfnEndpoints() {}

  static String defaultRouteEndpoint(JsonNode template, String subnet, List<String> endpointIds) {
    JsonNode resources = template.path("Resources");
    String table = null;
    for (JsonNode r : resources) {
      if (r.path("Type").asText().equals("AWS::EC2::SubnetRouteTableAssociation")
          && r.path("Properties").path("SubnetId").path("Ref").asText().equals(subnet)) {
        table = r.path("Properties").path("RouteTableId").path("Ref").asText();
      }
    }
    if (table == null) throw new AssertionError("no route table association for " + subnet);
    for (JsonNode r : resources) {
      JsonNode p = r.path("Properties");
      if (r.path("Type").asText().equals("AWS::EC2::Route") && p.path("RouteTableId").path("Ref").asText().equals(table)
          && p.path("DestinationCidrBlock").asText().equals("0.0.0.0/0")) {
        if (!p.has("VpcEndpointId")) throw new AssertionError(table + " sends 0.0.0.0/0 elsewhere: " + p);
        return (String) eval(p.get("VpcEndpointId"), endpointIds);
      }
    }
    throw new AssertionError(table + " has no 0.0.0.0/0 route");
  }

  /** The intrinsics the endpoint expression uses, with Fn::GetAtt X.EndpointIds given. */
  private static Object eval(JsonNode n, List<String> endpointIds) {
    if (n.isTextual() || n.isNumber()) return n.asText();
    if (n.has("Fn::GetAtt")) {
      if (!n.get("Fn::GetAtt").get(1).asText().equals("EndpointIds")) throw new AssertionError("unexpected GetAtt " + n);
      return endpointIds;
    }
    if (n.has("Fn::Join")) {
      JsonNode a = n.get("Fn::Join");
      return String.join(a.get(0).asText(), list(eval(a.get(1), endpointIds)));
    }
    if (n.has("Fn::Split")) {
      JsonNode a = n.get("Fn::Split");
      return Arrays.asList(((String) eval(a.get(1), endpointIds)).split(java.util.regex.Pattern.quote(a.get(0).asText()), -1));
    }
    if (n.has("Fn::Select")) {
      JsonNode a = n.get("Fn::Select");
      return list(eval(a.get(1), endpointIds)).get(Integer.parseInt(a.get(0).asText()));
    }
    throw new AssertionError("cannot evaluate " + n);
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Object o) {
    return new ArrayList<>((List<String>) o);
  }
}
