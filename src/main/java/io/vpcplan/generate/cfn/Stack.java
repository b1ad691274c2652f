package io.vpcplan.generate.cfn;

import java.util.function.Supplier;

/**
 * One stack to deploy: its template, where (account key, region), and its stage — stacks of a
 * lower stage are deployed first; within a stage, the order does not matter. The template may be
 * built only when asked for ({@link #lazy}), so that the generator holds one large template at a
 * time rather than all of them.
 */
record Stack(Stage stage, String name, String path, String account, String region, Supplier<Template> build) {
  Stack(Stage stage, String name, String path, String account, String region, Template template) {
    this(stage, name, path, account, region, () -> template);
  }

  /** A stack whose template is built anew at each call of {@link #template()}. */
  static Stack lazy(Stage stage, String name, String path, String account, String region, Supplier<Template> build) {
    return new Stack(stage, name, path, account, region, build);
  }

  Template template() {
    return build.get();
  }

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
