package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonParser;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.VirtualInterface;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Elements of Direct Connect's describe-direct-connect-gateways, -direct-connect-gateway-associations,
 * describe-virtual-interfaces and describe-connections. The DX CLI prints lower camel case
 * ("directConnectGatewayId"); PascalCase copies are read too, so field names are compared with
 * their first letter lowered.
 */
final class DxReaders {
  private DxReaders() {}

  static String lc(String f) {
    return f.isEmpty() ? f : Character.toLowerCase(f.charAt(0)) + f.substring(1);
  }

  static void gateway(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] s = new String[4]; // id, name, owner, state
    long[] asn = {0};
    Jp.element(p, e, f -> {
      switch (lc(f)) {
        case "directConnectGatewayId" -> s[0] = e.str(p, f);
        case "directConnectGatewayName" -> s[1] = e.str(p, f);
        case "ownerAccount" -> s[2] = e.str(p, f);
        case "directConnectGatewayState" -> s[3] = e.str(p, f);
        case "amazonSideAsn" -> asn[0] = Math.max(0, HybridReaders.asn(p, e, f));
        default -> p.skipChildren();
      }
    });
    if (s[0] == null) e.missing("directConnectGatewayId");
    if (!e.ok()) {
      out.findings.add(e.finding(s[0]));
      return;
    }
    if (HybridReaders.gone(s[3])) return;
    String owner = s[2] == null || s[2].isEmpty() ? e.ctx.account() : s[2];
    out.hybrid.dxGateways.add(new DxGateway(s[0], s[1], owner, asn[0], List.of(), e.at));
  }

  /** Associations being removed or removed are left out; associating and updating ones count. */
  static void association(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] s = new String[5]; // dx gateway, state, gateway id, gateway region, legacy vgw id
    String[] legacyRegion = {null};
    List<Cidr> prefixes = new ArrayList<>();
    Jp.element(p, e, f -> {
      switch (lc(f)) {
        case "directConnectGatewayId" -> s[0] = e.str(p, f);
        case "associationState" -> s[1] = e.str(p, f);
        case "associatedGateway" -> Jp.object(p, e, f, g -> {
          switch (lc(g)) {
            case "id" -> s[2] = e.str(p, f + "." + g);
            case "region" -> s[3] = e.str(p, f + "." + g);
            default -> p.skipChildren();
          }
        });
        case "virtualGatewayId" -> s[4] = e.str(p, f);
        case "virtualGatewayRegion" -> legacyRegion[0] = e.str(p, f);
        case "allowedPrefixesToDirectConnectGateway" -> Jp.array(p, e, f, i -> {
          String at = f + "[" + i + "]";
          Jp.object(p, e, at, c -> {
            if (lc(c).equals("cidr")) {
              Cidr x = e.cidr(p, at + "." + c);
              if (x != null && !prefixes.contains(x)) prefixes.add(x);
            } else {
              p.skipChildren();
            }
          });
        });
        default -> p.skipChildren();
      }
    });
    String gw = s[2] != null ? s[2] : s[4];
    String region = s[3] != null ? s[3] : legacyRegion[0];
    if (s[0] == null) e.missing("directConnectGatewayId");
    if (gw == null) e.missing("associatedGateway.id");
    if (!e.ok()) {
      out.findings.add(e.finding(s[0]));
      return;
    }
    String st = s[1] == null ? "" : s[1].toLowerCase(Locale.ROOT);
    if (st.startsWith("disassociat")) return;
    out.hybrid.dxAssociations.add(new HybridParts.RawDxAssociation(s[0],
        new DxGateway.Association(gw, region, prefixes), e.at));
  }

  static void virtualInterface(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] s = new String[8]; // id, name, type, dxgw, vgw, connection, region, owner
    String[] state = {null};
    long[] n = {0, 0}; // asn, vlan
    Jp.element(p, e, f -> {
      switch (lc(f)) {
        case "virtualInterfaceId" -> s[0] = e.str(p, f);
        case "virtualInterfaceName" -> s[1] = e.str(p, f);
        case "virtualInterfaceType" -> s[2] = e.str(p, f);
        case "directConnectGatewayId" -> s[3] = e.str(p, f);
        case "virtualGatewayId" -> s[4] = e.str(p, f);
        case "connectionId" -> s[5] = e.str(p, f);
        case "region" -> s[6] = e.str(p, f);
        case "ownerAccount" -> s[7] = e.str(p, f);
        case "virtualInterfaceState" -> state[0] = e.str(p, f);
        case "asn" -> n[0] = Math.max(0, HybridReaders.asn(p, e, f));
        case "vlan" -> n[1] = e.num(p, f);
        default -> p.skipChildren();
      }
    });
    if (s[0] == null) e.missing("virtualInterfaceId");
    if (n[1] < 0 || n[1] > 4094) e.problem(p, "vlan", n[1] + " is not a VLAN id; give 1 to 4094");
    if (!e.ok()) {
      out.findings.add(e.finding(s[0]));
      return;
    }
    if (HybridReaders.gone(state[0]) || "rejected".equalsIgnoreCase(state[0])) return;
    String owner = s[7] == null || s[7].isEmpty() ? e.ctx.account() : s[7];
    String region = s[6] == null || s[6].isEmpty() ? e.ctx.region() : s[6];
    out.hybrid.virtualInterfaces.add(new VirtualInterface(s[0], s[1], owner, region, s[2], s[3], s[4], n[0],
        (int) n[1], s[5], 0, "", e.at));
  }

  /** describe-connections: only the bandwidth of each connection, which its virtual interfaces share. */
  static void connection(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] s = new String[3]; // id, bandwidth, state
    Jp.element(p, e, f -> {
      switch (lc(f)) {
        case "connectionId" -> s[0] = e.str(p, f);
        case "bandwidth" -> s[1] = e.str(p, f);
        case "connectionState" -> s[2] = e.str(p, f);
        default -> p.skipChildren();
      }
    });
    if (s[0] == null) e.missing("connectionId");
    long mbps = s[1] == null ? 0 : mbps(s[1]);
    if (mbps < 0) e.problem(p, "bandwidth", "'" + s[1] + "' is not a bandwidth; write it as AWS does, e.g. \"1Gbps\" or \"500Mbps\"");
    if (!e.ok()) {
      out.findings.add(e.finding(s[0]));
      return;
    }
    if (!HybridReaders.gone(s[2]) && mbps > 0) out.hybrid.connectionMbps.putIfAbsent(s[0], mbps);
  }

  /** "1Gbps" → 1000, "500Mbps" → 500; -1 when it is neither. */
  static long mbps(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.endsWith("gbps")) return Math.round(Double.parseDouble(t.substring(0, t.length() - 4)) * 1000);
      if (t.endsWith("mbps")) return Math.round(Double.parseDouble(t.substring(0, t.length() - 4)));
    } catch (NumberFormatException ignored) {
      // falls through
    }
    return -1;
  }

  static String bandwidth(long mbps) {
    return mbps % 1000 == 0 ? (mbps / 1000) + "Gbps" : mbps + "Mbps";
  }
}
