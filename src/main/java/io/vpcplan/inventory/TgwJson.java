package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import java.io.IOException;
import java.util.List;

/** TGW route tables with their keyed routes/associations/propagations, and attachments, as JSON. */
final class TgwJson {
  private TgwJson() {}

  static void tables(JsonGenerator g, List<TransitGateway> tgws) throws IOException {
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
    g.writeObjectFieldStart("TransitGatewayRouteTableRoutes");
    for (TransitGateway t : tgws) {
      for (TgwRouteTable rt : t.routeTables()) {
        g.writeArrayFieldStart(rt.id());
        for (TgwRoute r : rt.routes()) route(g, r);
        g.writeEndArray();
      }
    }
    g.writeEndObject();
    members(g, "TransitGatewayRouteTableAssociations", tgws, true);
    members(g, "TransitGatewayRouteTablePropagations", tgws, false);
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

  private static void members(JsonGenerator g, String key, List<TransitGateway> tgws, boolean associations)
      throws IOException {
    g.writeObjectFieldStart(key);
    for (TransitGateway t : tgws) {
      for (TgwRouteTable rt : t.routeTables()) {
        g.writeArrayFieldStart(rt.id());
        for (String a : associations ? rt.associations() : rt.propagations()) {
          g.writeStartObject();
          g.writeStringField("TransitGatewayAttachmentId", a);
          g.writeStringField("State", associations ? "associated" : "enabled");
          g.writeEndObject();
        }
        g.writeEndArray();
      }
    }
    g.writeEndObject();
  }

  static void attachments(JsonGenerator g, List<TgwAttachment> atts) throws IOException {
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
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("TransitGatewayVpcAttachments");
    for (TgwAttachment a : atts) {
      if (a.type() != io.vpcplan.model.AttachmentType.VPC) continue;
      g.writeStartObject();
      g.writeStringField("TransitGatewayAttachmentId", a.id());
      g.writeStringField("TransitGatewayId", a.tgwId());
      g.writeStringField("VpcId", a.resourceId());
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
