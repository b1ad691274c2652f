package io.vpcplan.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import java.io.IOException;
import java.util.List;

/**
 * The plan's {@code onPremises} list: each site with its (reserved) ranges, ASN, the segments it
 * reaches, how it connects, and what the DX gateway advertises to it per region. Written only when
 * the design has sites, so plans of designs without them keep their bytes.
 */
final class PlanOnPrem {
  private PlanOnPrem() {}

  static void write(JsonGenerator g, Hybrid h) throws IOException {
    if (h.sites().isEmpty()) return;
    g.writeArrayFieldStart("onPremises");
    for (OnPremSite s : h.sites()) {
      g.writeStartObject();
      g.writeStringField("name", s.name());
      strings(g, "ranges", s.ranges().stream().map(Cidr::toString).toList());
      g.writeNumberField("asn", s.asn());
      strings(g, "reaches", s.segments());
      g.writeArrayFieldStart("connections");
      for (VirtualInterface v : h.virtualInterfaces()) {
        if (!v.site().equals(s.name())) continue;
        g.writeStartObject();
        g.writeStringField("type", "dx");
        g.writeStringField("region", v.region());
        g.writeNumberField("bandwidthMbps", v.bandwidthMbps());
        g.writeStringField("dxGateway", v.dxGatewayId());
        g.writeEndObject();
      }
      for (VpnConnection v : h.vpnConnections()) {
        if (!v.site().equals(s.name())) continue;
        g.writeStartObject();
        g.writeStringField("type", "vpn");
        g.writeStringField("region", v.region());
        g.writeStringField("routing", v.staticRoutesOnly() ? "static" : "bgp");
        g.writeStringField("customerGateway", v.customerGatewayId());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("advertised");
      for (DxGateway d : h.dxGateways()) {
        if (!d.id().equals("dxgw/" + s.name())) continue;
        for (DxGateway.Association a : d.associations()) {
          g.writeStartObject();
          g.writeStringField("region", a.gatewayRegion());
          strings(g, "prefixes", a.allowedPrefixes().stream().map(Cidr::toString).toList());
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) g.writeString(v);
    g.writeEndArray();
  }
}
