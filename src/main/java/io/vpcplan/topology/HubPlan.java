package io.vpcplan.topology;

import io.vpcplan.model.Vpc;
import java.util.List;
import java.util.Map;

/**
 * The shared facts of one hub build: regions, spokes, which VPCs need an exception table, and
 * the ids every object is known by. Ids are stable, readable keys (the planner's convention),
 * not AWS ids: {@code tgw-us-east-1}, {@code tgw-attach/<vpc>}, {@code tgw-rtb/<region>/<segment>}.
 */
record HubPlan(TopologyGraph graph, String networkAccount, List<String> regions, List<Vpc> spokes,
    Map<String, Vpc> inspection, java.util.Set<String> exceptions) {

  static String tgwId(String region) {
    return "tgw-" + region;
  }

  static String attachmentId(String vpcId) {
    return "tgw-attach/" + vpcId;
  }

  static String peeringAttachmentId(String r1, String r2) {
    return r1.compareTo(r2) < 0 ? "tgw-attach/peering/" + r1 + "--" + r2 : "tgw-attach/peering/" + r2 + "--" + r1;
  }

  static String vpnAttachmentId(String vpnId) {
    return "tgw-attach/" + vpnId;
  }

  static String dxAttachmentId(String dxGatewayId, String region) {
    return "tgw-attach/" + dxGatewayId + "/" + region;
  }

  static String onPremTableId(String region, String site) {
    return "tgw-rtb/" + region + "/onprem/" + site;
  }

  static String segmentTableId(String region, String segment) {
    return "tgw-rtb/" + region + "/" + (segment.isEmpty() ? "unsegmented" : segment);
  }

  static String exceptionTableId(String region, String vpcId) {
    return "tgw-rtb/" + region + "/vpc/" + vpcId;
  }

  /** Whether a VPC has an explicit intent that its segment rules do not already route. */
  static boolean needsException(TopologyGraph g, Vpc a) {
    for (String b : g.explicitPartners(a.id())) {
      if (!g.rules().routes(a.segment(), g.vpc(b).segment())) return true;
    }
    return false;
  }
}
