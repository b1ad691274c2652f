package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TGW route tables, propagations, static routes and attachments in Batfish's shapes, so Batfish
 * reads an import too: associations go on each attachment's Association (as AWS reports them);
 * only associations of attachments the network does not hold are kept in a keyed list.
 */
final class TgwJson {
  private TgwJson() {}

  /**
   * Every attachment of the network by TGW and id, and the route table each is associated with.
   * Keyed by TGW too: a TGW peering attachment has one id on both of its TGWs (as in AWS).
   */
  record Known(Map<String, TgwAttachment> attachments, Map<String, String> associatedWith) {
    static Known of(List<TransitGateway> tgws) {
      Map<String, TgwAttachment> atts = new HashMap<>();
      Map<String, String> assoc = new HashMap<>();
      for (TransitGateway t : tgws) {
        for (TgwAttachment a : t.attachments()) atts.put(key(t.id(), a.id()), a);
        for (TgwRouteTable rt : t.routeTables()) for (String a : rt.associations()) assoc.putIfAbsent(key(t.id(), a), rt.id());
      }
      return new Known(atts, assoc);
    }

    static String key(String tgw, String attachment) {
      return tgw + "|" + attachment;
    }

    TgwAttachment attachment(String tgw, String id) {
      return attachments.get(key(tgw, id));
    }

    String table(String tgw, String attachment) {
      return associatedWith.get(key(tgw, attachment));
    }

    /** True when the association is carried by the attachment itself. */
    boolean onAttachment(String tgw, String attachment, String table) {
      return attachments.containsKey(key(tgw, attachment)) && table.equals(table(tgw, attachment));
    }
  }

  static void tables(JsonGenerator g, List<TransitGateway> tgws, Known known) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("TransitGatewayRouteTables");
    for (TransitGateway t : tgws) {
      for (TgwRouteTable rt : t.routeTables()) {
        g.writeStartObject();
        g.writeStringField("TransitGatewayRouteTableId", rt.id());
        g.writeStringField("TransitGatewayId", t.id());
        g.writeStringField("State", "available");
        DescribeJson.tags(g, rt.name());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    boolean extra = false;
    for (TransitGateway t : tgws) {
      for (TgwRouteTable rt : t.routeTables()) for (String a : rt.associations()) extra |= !known.onAttachment(t.id(), a, rt.id());
    }
    if (extra) {
      g.writeObjectFieldStart("TransitGatewayRouteTableAssociations");
      for (TransitGateway t : tgws) {
        for (TgwRouteTable rt : t.routeTables()) {
          List<String> rest = rt.associations().stream().filter(a -> !known.onAttachment(t.id(), a, rt.id())).toList();
          if (rest.isEmpty()) continue;
          g.writeArrayFieldStart(rt.id());
          for (String a : rest) member(g, a, "associated", null);
          g.writeEndArray();
        }
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  static void propagations(JsonGenerator g, List<TransitGateway> tgws, Known known) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("TransitGatewayPropagations");
    for (TransitGateway t : tgws) {
      for (TgwRouteTable rt : t.routeTables()) {
        g.writeStartObject();
        g.writeStringField("TransitGatewayRouteTableId", rt.id());
        g.writeArrayFieldStart("TransitGatewayRouteTablePropagations");
        for (String a : rt.propagations()) member(g, a, "enabled", known.attachment(t.id(), a));
        g.writeEndArray();
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void staticRoutes(JsonGenerator g, List<TransitGateway> tgws) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("TransitGatewayStaticRoutes");
    for (TransitGateway t : tgws) {
      for (TgwRouteTable rt : t.routeTables()) {
        g.writeStartObject();
        g.writeStringField("TransitGatewayRouteTableId", rt.id());
        g.writeArrayFieldStart("Routes");
        for (TgwRoute r : rt.routes()) route(g, r);
        g.writeEndArray();
        g.writeBooleanField("AdditionalRoutesAvailable", false);
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void member(JsonGenerator g, String id, String state, TgwAttachment a) throws IOException {
    g.writeStartObject();
    g.writeStringField("TransitGatewayAttachmentId", id);
    if (a != null && !a.resourceId().isEmpty()) g.writeStringField("ResourceId", a.resourceId());
    if (a != null) g.writeStringField("ResourceType", type(a));
    g.writeStringField("State", state);
    g.writeEndObject();
  }

  private static void route(JsonGenerator g, TgwRoute r) throws IOException {
    g.writeStartObject();
    g.writeStringField("DestinationCidrBlock", r.destination().toString());
    if (!r.attachmentId().isEmpty()) {
      g.writeArrayFieldStart("TransitGatewayAttachments");
      g.writeStartObject();
      g.writeStringField("TransitGatewayAttachmentId", r.attachmentId());
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeStringField("Type", "static");
    g.writeStringField("State", r.blackhole() ? "blackhole" : "active");
    g.writeEndObject();
  }

  static void attachments(JsonGenerator g, List<TgwAttachment> atts, Known known) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("TransitGatewayAttachments");
    for (TgwAttachment a : atts) {
      g.writeStartObject();
      g.writeStringField("TransitGatewayAttachmentId", a.id());
      g.writeStringField("TransitGatewayId", a.tgwId());
      g.writeStringField("ResourceType", type(a));
      if (!a.resourceId().isEmpty()) g.writeStringField("ResourceId", a.resourceId());
      if (!a.account().isEmpty()) g.writeStringField("ResourceOwnerId", a.account());
      g.writeStringField("State", "available");
      String table = known.table(a.tgwId(), a.id());
      if (table != null) {
        g.writeObjectFieldStart("Association");
        g.writeStringField("TransitGatewayRouteTableId", table);
        g.writeStringField("State", "associated");
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void vpcAttachments(JsonGenerator g, List<TgwAttachment> atts) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("TransitGatewayVpcAttachments");
    for (TgwAttachment a : atts) {
      if (a.type() != AttachmentType.VPC) continue;
      g.writeStartObject();
      g.writeStringField("TransitGatewayAttachmentId", a.id());
      g.writeStringField("TransitGatewayId", a.tgwId());
      g.writeStringField("VpcId", a.resourceId());
      if (!a.account().isEmpty()) g.writeStringField("VpcOwnerId", a.account());
      g.writeStringField("State", "available");
      g.writeArrayFieldStart("SubnetIds");
      for (String s : a.subnetIds()) g.writeString(s);
      g.writeEndArray();
      g.writeObjectFieldStart("Options");
      g.writeStringField("ApplianceModeSupport", a.applianceMode() ? "enable" : "disable");
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static String type(TgwAttachment a) {
    return switch (a.type()) {
      case VPC -> "vpc";
      case PEERING -> "peering";
      case VPN -> "vpn";
      case DIRECT_CONNECT -> "direct-connect-gateway";
      case CONNECT -> "connect";
      case OTHER -> "other";
    };
  }
}
