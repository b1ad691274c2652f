package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Endpoint;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The describe-* shapes of one account/region folder, as the AWS CLI prints them (the fields vpcplan reads). */
final class DescribeJson {
  private DescribeJson() {}

  static int writeFolder(Path dir, InventoryWriter.Folder f, Map<String, Vpc> byId, TgwJson.Known known)
      throws IOException {
    int n = 0;
    f.vpcs.sort(Comparator.comparing(Vpc::id));
    if (!f.vpcs.isEmpty()) {
      InventoryWriter.file(dir.resolve("Vpcs.json"), g -> list(g, "Vpcs", f.vpcs, DescribeJson::vpc));
      InventoryWriter.file(dir.resolve("Subnets.json"), g -> {
        g.writeStartObject();
        g.writeArrayFieldStart("Subnets");
        for (Vpc v : f.vpcs) for (Subnet s : v.subnets()) subnet(g, v, s);
        g.writeEndArray();
        g.writeEndObject();
      });
      InventoryWriter.file(dir.resolve("RouteTables.json"), g -> {
        g.writeStartObject();
        g.writeArrayFieldStart("RouteTables");
        for (Vpc v : f.vpcs) for (RouteTable t : v.routeTables()) routeTable(g, v, t);
        g.writeEndArray();
        g.writeEndObject();
      });
      n += 3;
    }
    if (!f.tgws.isEmpty()) {
      f.tgws.sort(Comparator.comparing(TransitGateway::id));
      InventoryWriter.file(dir.resolve("TransitGateways.json"), g -> list(g, "TransitGateways", f.tgws, DescribeJson::tgw));
      InventoryWriter.file(dir.resolve("TransitGatewayRouteTables.json"), g -> TgwJson.tables(g, f.tgws, known));
      InventoryWriter.file(dir.resolve("TransitGatewayPropagations.json"), g -> TgwJson.propagations(g, f.tgws, known));
      InventoryWriter.file(dir.resolve("TransitGatewayStaticRoutes.json"), g -> TgwJson.staticRoutes(g, f.tgws));
      n += 4;
    }
    if (!f.attachments.isEmpty()) {
      f.attachments.sort(Comparator.comparing(TgwAttachment::id));
      InventoryWriter.file(dir.resolve("TransitGatewayAttachments.json"), g -> TgwJson.attachments(g, f.attachments, known));
      InventoryWriter.file(dir.resolve("TransitGatewayVpcAttachments.json"), g -> TgwJson.vpcAttachments(g, f.attachments));
      n += 2;
    }
    if (!f.peerings.isEmpty()) {
      f.peerings.sort(Comparator.comparing(Peering::id));
      InventoryWriter.file(dir.resolve("VpcPeeringConnections.json"),
          g -> list(g, "VpcPeeringConnections", f.peerings, (gg, p) -> peering(gg, p, byId)));
      n++;
    }
    if (!f.endpoints.isEmpty()) {
      f.endpoints.sort(Comparator.comparing(Endpoint::id));
      InventoryWriter.file(dir.resolve("VpcEndpoints.json"), g -> list(g, "VpcEndpoints", f.endpoints, DescribeJson::endpoint));
      n++;
    }
    return n + HybridJson.write(dir, f.hybrid);
  }

  interface Item<T> {
    void write(JsonGenerator g, T t) throws IOException;
  }

  static <T> void list(JsonGenerator g, String key, List<T> items, Item<T> w) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart(key);
    for (T t : items) w.write(g, t);
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void vpc(JsonGenerator g, Vpc v) throws IOException {
    g.writeStartObject();
    g.writeStringField("VpcId", v.id());
    g.writeStringField("OwnerId", v.account());
    g.writeStringField("State", "available");
    List<Cidr> v4 = v.ipv4();
    if (!v4.isEmpty()) g.writeStringField("CidrBlock", v4.get(0).toString());
    g.writeArrayFieldStart("CidrBlockAssociationSet");
    for (Cidr c : v4) block(g, "CidrBlock", "CidrBlockState", c);
    g.writeEndArray();
    g.writeArrayFieldStart("Ipv6CidrBlockAssociationSet");
    for (Cidr c : v.cidrs()) if (!c.isV4()) block(g, "Ipv6CidrBlock", "Ipv6CidrBlockState", c);
    g.writeEndArray();
    if (v.isDefault()) g.writeBooleanField("IsDefault", true); // only when true: other VPCs' files stay as they were
    IpamTags.write(g, v.name(), v.ipamAllocations());
    g.writeEndObject();
  }

  private static void block(JsonGenerator g, String key, String stateKey, Cidr c) throws IOException {
    g.writeStartObject();
    g.writeStringField(key, c.toString());
    g.writeObjectFieldStart(stateKey);
    g.writeStringField("State", "associated");
    g.writeEndObject();
    g.writeEndObject();
  }

  static void tags(JsonGenerator g, String name) throws IOException {
    if (name == null || name.isEmpty()) return;
    g.writeArrayFieldStart("Tags");
    g.writeStartObject();
    g.writeStringField("Key", "Name");
    g.writeStringField("Value", name);
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void subnet(JsonGenerator g, Vpc v, Subnet s) throws IOException {
    g.writeStartObject();
    g.writeStringField("SubnetId", s.key());
    g.writeStringField("VpcId", v.id());
    g.writeStringField("OwnerId", v.account());
    g.writeStringField("State", "available");
    if (!s.az().isEmpty()) g.writeStringField("AvailabilityZone", s.az());
    if (s.cidr().isV4()) g.writeStringField("CidrBlock", s.cidr().toString());
    Cidr v6 = s.cidr().isV4() ? s.ipv6() : s.cidr();
    if (v6 != null) {
      g.writeArrayFieldStart("Ipv6CidrBlockAssociationSet");
      block(g, "Ipv6CidrBlock", "Ipv6CidrBlockState", v6);
      g.writeEndArray();
    }
    g.writeBooleanField("MapPublicIpOnLaunch", s.isPublic());
    tags(g, s.name());
    g.writeEndObject();
  }

  private static void routeTable(JsonGenerator g, Vpc v, RouteTable t) throws IOException {
    g.writeStartObject();
    g.writeStringField("RouteTableId", t.id());
    g.writeStringField("VpcId", v.id());
    g.writeStringField("OwnerId", v.account());
    g.writeArrayFieldStart("Routes");
    for (Route r : t.routes()) route(g, r);
    g.writeEndArray();
    g.writeArrayFieldStart("Associations");
    if (t.main()) association(g, null);
    for (String s : t.subnetIds()) association(g, s);
    g.writeEndArray();
    tags(g, t.name());
    g.writeEndObject();
  }

  private static void association(JsonGenerator g, String subnet) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("Main", subnet == null);
    if (subnet != null) g.writeStringField("SubnetId", subnet);
    g.writeObjectFieldStart("AssociationState");
    g.writeStringField("State", "associated");
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void route(JsonGenerator g, Route r) throws IOException {
    g.writeStartObject();
    g.writeStringField(r.destination().isV4() ? "DestinationCidrBlock" : "DestinationIpv6CidrBlock", r.destination().toString());
    String key = switch (r.targetType()) {
      case TRANSIT_GATEWAY -> "TransitGatewayId";
      case PEERING -> "VpcPeeringConnectionId";
      case NAT_GATEWAY -> "NatGatewayId";
      case LOCAL, INTERNET_GATEWAY, VPC_ENDPOINT -> "GatewayId";
      default -> r.target().startsWith("eni-") ? "NetworkInterfaceId" : "GatewayId";
    };
    String target = r.targetType() == io.vpcplan.model.RouteTarget.LOCAL ? "local" : r.target();
    if (!target.isEmpty()) g.writeStringField(key, target);
    g.writeStringField("Origin", r.propagated() ? "EnableVgwRoutePropagation" : "CreateRoute");
    g.writeStringField("State", r.blackhole() ? "blackhole" : "active");
    g.writeEndObject();
  }

  private static void tgw(JsonGenerator g, TransitGateway t) throws IOException {
    g.writeStartObject();
    g.writeStringField("TransitGatewayId", t.id());
    if (!t.account().isEmpty()) g.writeStringField("OwnerId", t.account());
    g.writeStringField("State", "available");
    g.writeObjectFieldStart("Options");
    g.writeNumberField("AmazonSideAsn", t.asn());
    g.writeStringField("DefaultRouteTableAssociation", t.defaultAssociation() ? "enable" : "disable");
    g.writeStringField("DefaultRouteTablePropagation", t.defaultPropagation() ? "enable" : "disable");
    g.writeStringField("AutoAcceptSharedAttachments", t.autoAccept() ? "enable" : "disable");
    g.writeEndObject();
    tags(g, t.name());
    g.writeEndObject();
  }

  private static void peering(JsonGenerator g, Peering p, Map<String, Vpc> byId) throws IOException {
    g.writeStartObject();
    g.writeStringField("VpcPeeringConnectionId", p.id());
    g.writeObjectFieldStart("Status");
    g.writeStringField("Code", "active");
    g.writeEndObject();
    side(g, "RequesterVpcInfo", p.requesterVpcId(), byId.get(p.requesterVpcId()), p.requesterAccount(), p.requesterRegion());
    side(g, "AccepterVpcInfo", p.accepterVpcId(), byId.get(p.accepterVpcId()), p.accepterAccount(), p.accepterRegion());
    g.writeEndObject();
  }

  private static void side(JsonGenerator g, String key, String vpcId, Vpc v, String account, String region)
      throws IOException {
    g.writeObjectFieldStart(key);
    g.writeStringField("VpcId", vpcId);
    if (v == null) { // not in the inventory: keep what the peering itself said of it
      if (!account.isEmpty()) g.writeStringField("OwnerId", account);
      if (!region.isEmpty()) g.writeStringField("Region", region);
    } else {
      g.writeStringField("OwnerId", v.account());
      g.writeStringField("Region", v.region());
      g.writeArrayFieldStart("CidrBlockSet");
      for (Cidr c : v.ipv4()) {
        g.writeStartObject();
        g.writeStringField("CidrBlock", c.toString());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void endpoint(JsonGenerator g, Endpoint e) throws IOException {
    g.writeStartObject();
    g.writeStringField("VpcEndpointId", e.id());
    g.writeStringField("VpcEndpointType", "Interface");
    g.writeStringField("VpcId", e.vpcId());
    g.writeStringField("ServiceName", e.serviceName());
    g.writeStringField("State", "available");
    g.writeArrayFieldStart("SubnetIds");
    for (String s : e.subnetIds()) g.writeString(s);
    g.writeEndArray();
    g.writeEndObject();
  }
}
