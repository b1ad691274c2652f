package io.vpcplan.generate.lza;

import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LZA names for a network's resources. LZA refers to VPCs, transit gateways and peerings by name
 * alone, so VPC names must be unique across the whole config: a planned VPC is named after its
 * planned id (account-region-name), which stays put when the plan grows; an estate's VPC keeps
 * its own name where unique. Renaming in LZA replaces the
 * resource, so no name depends on what else is in the network, except for a numeric suffix in the
 * (never expected) case that two ids sanitise to the same text.
 */
final class LzaNames {
  private final Map<String, String> vpcs = new HashMap<>();
  private final Map<String, String> tgws = new HashMap<>();
  private final Map<String, String> peerings = new HashMap<>();
  private final Map<String, String> tgwPeerings = new HashMap<>();
  /** Customer gateways, VPN connections and DX gateways: each kind is its own LZA namespace. */
  private final Map<String, String> hybrid = new HashMap<>();

  LzaNames(Network n) {
    Set<String> used = new HashSet<>();
    List<Vpc> vs = new ArrayList<>(n.vpcs());
    vs.sort(Comparator.comparing(Vpc::id));
    Map<String, Integer> estateNames = new HashMap<>();
    for (Vpc v : vs) if (fromEstate(v)) estateNames.merge(clean(v.name()), 1, Integer::sum);
    for (Vpc v : vs) {
      boolean keep = fromEstate(v) && estateNames.get(clean(v.name())) == 1;
      vpcs.put(v.id(), unique(clean(keep ? v.name() : v.displayName()), used));
    }
    Set<String> usedTgw = new HashSet<>();
    List<TransitGateway> ts = new ArrayList<>(n.transitGateways());
    ts.sort(Comparator.comparing(TransitGateway::id));
    for (TransitGateway t : ts) tgws.put(t.id(), unique(clean(t.name().isEmpty() ? t.id() : t.name()), usedTgw));
    Set<String> usedPeer = new HashSet<>();
    List<Peering> ps = new ArrayList<>(n.peerings());
    ps.sort(Comparator.comparing(Peering::id));
    for (Peering p : ps) {
      String a = vpcs.getOrDefault(p.requesterVpcId(), clean(p.requesterVpcId()));
      String b = vpcs.getOrDefault(p.accepterVpcId(), clean(p.accepterVpcId()));
      boolean named = p.id().indexOf('/') < 0 && !p.id().startsWith("pcx-"); // an estate's own peering name (LZA)
      peerings.put(p.id(), unique(named ? clean(p.id()) : a + "-to-" + b, usedPeer));
    }
    Set<String> usedTgwPeer = new HashSet<>();
    for (TransitGateway t : ts) {
      for (TgwAttachment a : t.attachments()) {
        if (a.type() != io.vpcplan.model.AttachmentType.PEERING || tgwPeerings.containsKey(a.id())) continue;
        String[] ends = {tgw(t.id()), tgw(a.resourceId())};
        java.util.Arrays.sort(ends);
        tgwPeerings.put(a.id(), unique(ends[0] + "-peer-" + ends[1], usedTgwPeer));
      }
    }
    hybridNames(n);
  }

  String vpc(String vpcId) {
    return vpcs.getOrDefault(vpcId, clean(vpcId));
  }

  String tgw(String tgwId) {
    return tgws.getOrDefault(tgwId, clean(tgwId));
  }

  /** TGW route tables are prefixed with their TGW's name, as in LZA's own samples, so a name says which TGW it is on. */
  String tgwTable(String tgwId, String tableName) {
    String t = clean(tableName);
    return t.startsWith(tgw(tgwId) + "-") ? t : tgw(tgwId) + "-" + t;
  }

  /**
   * An estate's VPC keeps its own name when it is unique (renaming a deployed VPC in LZA replaces
   * it); a planned one is named after its id, which no other VPC can take.
   */
  private static boolean fromEstate(Vpc v) {
    return (v.origin() == io.vpcplan.model.Origin.IMPORTED || v.origin() == io.vpcplan.model.Origin.EXISTING) && !v.name().isEmpty();
  }

  String peering(String peeringId) {
    return peerings.getOrDefault(peeringId, clean(peeringId));
  }

  /** Name of a TGW peering, by the attachment id both of its TGWs carry. */
  String tgwPeering(String attachmentId) {
    return tgwPeerings.getOrDefault(attachmentId, clean(attachmentId));
  }

  /** Letters, digits, '-' and '_' only: other characters become '-', runs collapse, no leading/trailing '-'. */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-');
      if (ok && !(c == '-' && sb.length() > 0 && sb.charAt(sb.length() - 1) == '-')) sb.append(c);
      else if (!ok && sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') sb.append('-');
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') sb.setLength(sb.length() - 1);
    return sb.length() == 0 ? "unnamed" : sb.toString();
  }

  private void hybridNames(Network n) {
    Set<String> cgw = new HashSet<>();
    Set<String> vpn = new HashSet<>();
    Set<String> dx = new HashSet<>();
    n.hybrid().customerGateways().stream().sorted(Comparator.comparing(io.vpcplan.model.CustomerGateway::id))
        .forEach(c -> hybrid.put("cgw " + c.id(), unique(clean(c.name().isEmpty() ? c.id() : c.name()), cgw)));
    n.hybrid().vpnConnections().stream().sorted(Comparator.comparing(io.vpcplan.model.VpnConnection::id))
        .forEach(v -> hybrid.put("vpn " + v.id(), unique(clean(v.name().isEmpty() ? v.id() : v.name()), vpn)));
    n.hybrid().dxGateways().stream().sorted(Comparator.comparing(io.vpcplan.model.DxGateway::id))
        .forEach(d -> hybrid.put("dx " + d.id(), unique(clean(d.name().isEmpty() ? d.id() : d.name()), dx)));
  }

  String customerGateway(String id) {
    return hybrid.getOrDefault("cgw " + id, clean(id));
  }

  String vpn(String id) {
    return hybrid.getOrDefault("vpn " + id, clean(id));
  }

  String dxGateway(String id) {
    return hybrid.getOrDefault("dx " + id, clean(id));
  }

  static String unique(String base, Set<String> used) {
    String s = base;
    for (int i = 2; !used.add(s); i++) s = base + "-" + i;
    return s;
  }
}
