package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.VpnConnection;
import io.vpcplan.model.VpnGateway;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Elements of describe-vpn-connections, -customer-gateways and -vpn-gateways (EC2, PascalCase). */
final class HybridReaders {
  private HybridReaders() {}

  /** Deleted and deleting resources are history, not part of the estate. */
  static boolean gone(String state) {
    return state != null && (state.equalsIgnoreCase("deleted") || state.equalsIgnoreCase("deleting"));
  }

  static void vpnConnection(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] s = new String[6]; // id, cgw, tgw, vgw, state, name
    boolean[] staticOnly = {false};
    int[] tunnels = {0, 0}; // telemetry, tunnel options
    List<Cidr> routes = new ArrayList<>();
    Jp.element(p, e, f -> {
      switch (f) {
        case "VpnConnectionId" -> s[0] = e.str(p, f);
        case "CustomerGatewayId" -> s[1] = e.str(p, f);
        case "TransitGatewayId" -> s[2] = e.str(p, f);
        case "VpnGatewayId" -> s[3] = e.str(p, f);
        case "State" -> s[4] = e.str(p, f);
        case "Tags" -> s[5] = Jp.nameTag(p, e);
        case "Options" -> Jp.object(p, e, f, o -> {
          if (o.equals("StaticRoutesOnly")) staticOnly[0] = e.bool(p, "Options.StaticRoutesOnly");
          else if (o.equals("TunnelOptions")) Jp.array(p, e, "Options.TunnelOptions", i -> skip(p, tunnels, 1));
          else p.skipChildren();
        });
        case "VgwTelemetry" -> Jp.array(p, e, f, i -> skip(p, tunnels, 0));
        case "Routes" -> Jp.array(p, e, f, i -> route(p, e, "Routes[" + i + "]", routes));
        default -> p.skipChildren();
      }
    });
    if (s[0] == null) e.missing("VpnConnectionId");
    if (s[2] != null && !s[2].isEmpty() && s[3] != null && !s[3].isEmpty()) {
      e.problem(p, "VpnGatewayId", "a VPN connection ends on a transit gateway or a virtual private gateway, not both ("
          + s[2] + ", " + s[3] + "); keep the one AWS reports");
    }
    if (!e.ok()) {
      out.findings.add(e.finding(s[0]));
      return;
    }
    if (gone(s[4])) return;
    out.hybrid.vpnConnections.add(new VpnConnection(s[0], s[5], e.ctx.account(), e.ctx.region(), s[1], s[2], s[3],
        staticOnly[0], routes, Math.max(tunnels[0], tunnels[1]), "", e.at));
  }

  private static void skip(JsonParser p, int[] counts, int which) throws IOException {
    counts[which]++;
    p.skipChildren();
  }

  /** A static route of the connection; deleted ones are left out. */
  private static void route(JsonParser p, Elem e, String at, List<Cidr> routes) throws IOException {
    Cidr[] c = {null};
    String[] state = {null};
    Jp.object(p, e, at, f -> {
      if (f.equals("DestinationCidrBlock")) c[0] = e.cidr(p, at + "." + f);
      else if (f.equals("State")) state[0] = e.str(p, at + "." + f);
      else p.skipChildren();
    });
    if (c[0] != null && !gone(state[0]) && !routes.contains(c[0])) routes.add(c[0]);
  }

  static void customerGateway(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] s = new String[4]; // id, ip, state, name
    long[] asn = {-1};
    Jp.element(p, e, f -> {
      switch (f) {
        case "CustomerGatewayId" -> s[0] = e.str(p, f);
        case "IpAddress" -> s[1] = e.str(p, f);
        case "State" -> s[2] = e.str(p, f);
        case "Tags" -> s[3] = Jp.nameTag(p, e);
        case "BgpAsn", "BgpAsnExtended" -> {
          long a = asn(p, e, f);
          if (a >= 0) asn[0] = a;
        }
        default -> p.skipChildren();
      }
    });
    if (s[0] == null) e.missing("CustomerGatewayId");
    if (!e.ok()) {
      out.findings.add(e.finding(s[0]));
      return;
    }
    if (gone(s[2])) return;
    out.hybrid.customerGateways.add(new CustomerGateway(s[0], s[3], e.ctx.account(), e.ctx.region(),
        Math.max(0, asn[0]), s[1], "", e.at));
  }

  /** The CLI prints BgpAsn as a string ("65000"); a number is accepted too. -1 when absent. */
  static long asn(JsonParser p, Elem e, String field) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) return p.getLongValue();
    String v = e.str(p, field);
    if (v == null) return -1;
    try {
      long a = Long.parseLong(v.strip());
      if (a >= 0 && a <= 4294967295L) return a;
    } catch (NumberFormatException ignored) {
      // reported below
    }
    e.problem(p, field, "'" + v + "' is not a BGP ASN; give a whole number from 1 to 4294967295 such as \"65000\"");
    return -1;
  }

  static void vpnGateway(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] s = new String[3]; // id, state, name
    long[] asn = {0};
    List<String> vpcs = new ArrayList<>();
    Jp.element(p, e, f -> {
      switch (f) {
        case "VpnGatewayId" -> s[0] = e.str(p, f);
        case "State" -> s[1] = e.str(p, f);
        case "Tags" -> s[2] = Jp.nameTag(p, e);
        case "AmazonSideAsn" -> asn[0] = Math.max(0, asn(p, e, f));
        case "VpcAttachments" -> Jp.array(p, e, f, i -> {
          String at = "VpcAttachments[" + i + "]";
          String[] v = new String[2];
          Jp.object(p, e, at, a -> {
            if (a.equals("VpcId")) v[0] = e.str(p, at + ".VpcId");
            else if (a.equals("State")) v[1] = e.str(p, at + ".State");
            else p.skipChildren();
          });
          if (v[0] != null && Jp.is(v[1], "attached")) vpcs.add(v[0]);
        });
        default -> p.skipChildren();
      }
    });
    if (s[0] == null) e.missing("VpnGatewayId");
    if (!e.ok()) {
      out.findings.add(e.finding(s[0]));
      return;
    }
    if (gone(s[1])) return;
    out.hybrid.vpnGateways.add(new VpnGateway(s[0], s[2], e.ctx.account(), e.ctx.region(), asn[0], vpcs, e.at));
  }
}
