package io.vpcplan.analysis;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Intent;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small builders for networks in tests. */
final class Nets {
  private Nets() {}

  static Vpc vpc(String id, String... cidrs) {
    return new Vpc(id, id, "111111111111", "us-east-1", "", cidrs(cidrs), List.of(), List.of(), Origin.IMPORTED,
        new Location("vpcs.json", 1, 1));
  }

  static Vpc withSubnets(Vpc v, String... cidrs) {
    List<Subnet> subs = new ArrayList<>();
    for (int i = 0; i < cidrs.length; i++) {
      subs.add(new Subnet("subnet-" + i, "", "", "us-east-1a", Cidr.parse(cidrs[i]), null, false, Location.NONE));
    }
    return new Vpc(v.id(), v.name(), v.account(), v.region(), "", v.cidrs(), subs, v.routeTables(), v.origin(), v.location());
  }

  static Vpc withRoutes(Vpc v, Route... routes) {
    return v.withRouteTables(List.of(new RouteTable("rtb-1", "", Arrays.asList(routes), List.of(), true)));
  }

  static List<Cidr> cidrs(String... s) {
    return Arrays.stream(s).map(Cidr::parse).toList();
  }

  static Network net(List<Vpc> vpcs, List<Peering> peerings, List<TransitGateway> tgws, List<Intent> intents) {
    return new Network(List.of(), vpcs, tgws, peerings, List.of(), List.of(), List.of(), List.of(), intents);
  }

  static Network net(Vpc... vpcs) {
    return net(List.of(vpcs), List.of(), List.of(), List.of());
  }

  static Peering peering(String a, String b) {
    return new Peering("pcx-" + a + b, a, b, new Location("peerings.json", 2, 3));
  }

  /** One TGW, one route table; {@code assoc} and {@code prop} are VPC ids. */
  static TransitGateway tgw(List<String> assoc, List<String> prop, List<TgwRoute> routes, String... vpcs) {
    List<TgwAttachment> atts = new ArrayList<>();
    for (String v : vpcs) atts.add(new TgwAttachment("att-" + v, "tgw-1", AttachmentType.VPC, v, "", List.of(), false));
    TgwRouteTable t = new TgwRouteTable("tgw-rtb-1", "", assoc.stream().map(v -> "att-" + v).toList(),
        prop.stream().map(v -> "att-" + v).toList(), routes);
    return new TransitGateway("tgw-1", "", "111111111111", "us-east-1", 64512, false, false, false, atts, List.of(t),
        new Location("tgw.json", 1, 1));
  }

  static List<Finding> of(List<Finding> all, Code code) {
    return all.stream().filter(f -> f.code() == code).toList();
  }
}
