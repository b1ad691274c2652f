package io.vpcplan.generate.cfn;

/**
 * One stack to deploy: its template, where (account key, region), and its stage — stacks of a
 * lower stage are deployed first; within a stage, the order does not matter.
 */
record Stack(Stage stage, String name, String path, String account, String region, Template template) {
  /** The deployment stages, in order. */
  enum Stage {
    IPAM("ipam", "IPAM and its pools, shared through RAM"),
    TRANSIT("transit", "transit gateways, their route tables, RAM shares"),
    TGW_PEERING("tgw-peering", "inter-region TGW peering attachments (accept each in the peer region afterwards)"),
    VPCS("vpcs", "VPCs, subnets, route tables, gateways, TGW attachments"),
    TGW_ROUTING("tgw-routing", "TGW route table associations, propagations, static routes and blackholes"),
    PEERINGS("peerings", "VPC peering connections and the requester side's routes"),
    PEERING_ROUTES("peering-routes", "the accepter side's routes of VPC peerings"),
    ENDPOINT_SERVICES("endpoint-services", "PrivateLink endpoint services in front of the applications' NLBs"),
    ENDPOINTS("endpoints", "PrivateLink interface endpoints to those services, in the consumers' VPCs");

    final String kind;
    final String what;

    Stage(String kind, String what) {
      this.kind = kind;
      this.what = what;
    }
  }
}
