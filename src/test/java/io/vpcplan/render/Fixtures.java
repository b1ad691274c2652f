package io.vpcplan.render;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Account;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Endpoint;
import io.vpcplan.model.EndpointService;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Segment;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * Networks built in code for the render tests: a small two-region hub with every kind of link
 * and two overlaps, and a generated enterprise of any size.
 */
public final class Fixtures {
  private Fixtures() {}

  static Cidr c(String s) {
    return Cidr.parse(s);
  }

  /** Subnets: one per tier per AZ, carved in order from the VPC's first block, plus /28 attachment subnets. */
  static List<Subnet> subnets(Cidr vpc, String region, int azs, List<String> tiers, int tierPrefix) {
    List<Subnet> out = new ArrayList<>();
    long i = 0;
    for (String tier : tiers) {
      for (int a = 0; a < azs; a++) {
        String az = region + (char) ('a' + a);
        out.add(new Subnet("", tier + "-" + az, tier, az, vpc.subnet(tierPrefix, i++), Purpose.WORKLOAD,
            tier.equals("public"), null));
      }
    }
    Cidr last = vpc.subnet(tierPrefix, (1L << (tierPrefix - vpc.length())) - 1);
    for (int a = 0; a < azs; a++) {
      String az = region + (char) ('a' + a);
      out.add(new Subnet("", "tgw-" + az, "", az, last.subnet(28, a), Purpose.TGW_ATTACHMENT, false, null));
    }
    return out;
  }

  static Vpc vpc(String id, String name, String account, String region, String segment, Origin origin, String... cidrs) {
    List<Cidr> blocks = java.util.Arrays.stream(cidrs).map(Fixtures::c).toList();
    return new Vpc(id, name, account, region, segment, blocks,
        subnets(blocks.get(0), region, 2, List.of("public", "app", "data"), blocks.get(0).length() + 4), List.of(),
        origin, null);
  }

  static TgwAttachment att(String id, String tgw, String vpc, String account) {
    return new TgwAttachment(id, tgw, AttachmentType.VPC, vpc, account, List.of(), false);
  }

  /** Two regions, five accounts, two TGWs peered, a VPN, peerings, PrivateLink and two overlaps. */
  public static Network hub() {
    List<Account> accounts = List.of(
        new Account("111111111111", "network", "infrastructure", "shared"),
        new Account("222222222222", "payments", "workloads/prod", "prod"),
        new Account("333333333333", "analytics", "workloads/prod", "prod"),
        new Account("444444444444", "sandbox", "workloads/dev", "dev"),
        new Account("555555555555", "legacy", "legacy", "prod"));
    List<Vpc> vpcs = List.of(
        vpc("vpc-egress", "egress", "network", "us-east-1", "shared", Origin.PLANNED, "10.0.0.0/20"),
        vpc("vpc-egress-eu", "egress-eu", "network", "eu-west-1", "shared", Origin.PLANNED, "10.0.32.0/20"),
        vpc("vpc-payapi", "pay-api", "payments", "us-east-1", "prod", Origin.PLANNED, "10.1.0.0/16"),
        vpc("vpc-payeu", "pay-eu", "payments", "eu-west-1", "prod", Origin.PLANNED, "10.2.0.0/16"),
        vpc("vpc-lake", "lake", "analytics", "us-east-1", "prod", Origin.PLANNED, "10.3.0.0/16", "100.64.0.0/20"),
        vpc("vpc-dev1", "dev-1", "sandbox", "us-east-1", "nonprod", Origin.PLANNED, "10.4.0.0/16"),
        vpc("vpc-oldcrm", "old-crm", "legacy", "us-east-1", "", Origin.EXISTING, "10.1.128.0/17"),
        vpc("vpc-olderp", "old-erp", "legacy", "eu-west-1", "", Origin.EXISTING, "10.2.0.0/16"));
    TransitGateway use1 = new TransitGateway("tgw-use1", "hub-use1", "network", "us-east-1", 64512, false, false, false,
        List.of(att("tgw-attach-egress", "tgw-use1", "vpc-egress", "network"),
            att("tgw-attach-payapi", "tgw-use1", "vpc-payapi", "payments"),
            att("tgw-attach-lake", "tgw-use1", "vpc-lake", "analytics"),
            att("tgw-attach-dev1", "tgw-use1", "vpc-dev1", "sandbox"),
            new TgwAttachment("tgw-attach-vpn", "tgw-use1", AttachmentType.VPN, "vpn-0dc1", "network", List.of(), false),
            new TgwAttachment("tgw-attach-peer-use1", "tgw-use1", AttachmentType.PEERING, "tgw-euw1", "network",
                List.of(), false)),
        List.of(new TgwRouteTable("tgw-rtb-prod", "prod", List.of("tgw-attach-payapi", "tgw-attach-lake"),
                List.of("tgw-attach-payapi", "tgw-attach-lake", "tgw-attach-egress"),
                List.of(new TgwRoute(c("0.0.0.0/0"), "tgw-attach-egress", false),
                    new TgwRoute(c("10.2.0.0/15"), "tgw-attach-peer-use1", false))),
            new TgwRouteTable("tgw-rtb-nonprod", "nonprod", List.of("tgw-attach-dev1"),
                List.of("tgw-attach-dev1", "tgw-attach-egress"),
                List.of(new TgwRoute(c("0.0.0.0/0"), "tgw-attach-egress", false),
                    new TgwRoute(c("10.1.0.0/16"), "", true))),
            new TgwRouteTable("tgw-rtb-shared", "shared", List.of("tgw-attach-egress", "tgw-attach-vpn",
                "tgw-attach-peer-use1"),
                List.of("tgw-attach-payapi", "tgw-attach-lake", "tgw-attach-dev1", "tgw-attach-egress",
                    "tgw-attach-vpn"), List.of())),
        null);
    TransitGateway euw1 = new TransitGateway("tgw-euw1", "hub-euw1", "network", "eu-west-1", 64513, false, false, false,
        List.of(att("tgw-attach-egress-eu", "tgw-euw1", "vpc-egress-eu", "network"),
            att("tgw-attach-payeu", "tgw-euw1", "vpc-payeu", "payments"),
            new TgwAttachment("tgw-attach-peer-euw1", "tgw-euw1", AttachmentType.PEERING, "tgw-use1", "network",
                List.of(), false)),
        List.of(new TgwRouteTable("tgw-rtb-eu-prod", "prod", List.of("tgw-attach-payeu"),
                List.of("tgw-attach-payeu", "tgw-attach-egress-eu"), List.of()),
            new TgwRouteTable("tgw-rtb-eu-shared", "shared", List.of("tgw-attach-egress-eu", "tgw-attach-peer-euw1"),
                List.of("tgw-attach-payeu", "tgw-attach-egress-eu"), List.of())),
        null);
    List<Peering> peerings = List.of(new Peering("pcx-crm-dev", "vpc-oldcrm", "vpc-dev1", null),
        new Peering("pcx-partner", "vpc-oldcrm", "vpc-0partner", null));
    List<EndpointService> services = List.of(new EndpointService("vpce-svc-0lake",
        "com.amazonaws.vpce.us-east-1.vpce-svc-0lake", "vpc-lake", List.of("us-east-1a", "us-east-1b"), List.of(443)));
    List<Endpoint> endpoints = List.of(
        new Endpoint("vpce-0crm", "vpc-oldcrm", "com.amazonaws.vpce.us-east-1.vpce-svc-0lake", List.of()),
        new Endpoint("vpce-0pay", "vpc-payapi", "com.amazonaws.vpce.us-east-1.vpce-svc-0lake", List.of()),
        new Endpoint("vpce-0s3", "vpc-payapi", "com.amazonaws.us-east-1.s3", List.of()));
    List<Segment> segments = List.of(new Segment("prod", List.of("shared")), new Segment("nonprod", List.of("shared")),
        new Segment("shared", List.of("prod", "nonprod")));
    return new Network(accounts, vpcs, List.of(use1, euw1), peerings, services, endpoints, List.of(), segments,
        List.of());
  }
}
