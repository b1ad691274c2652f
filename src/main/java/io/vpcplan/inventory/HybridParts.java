package io.vpcplan.inventory;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.Location;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import io.vpcplan.model.VpnGateway;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The VPN and Direct Connect resources of one describe-* file, and their assembly across files. */
final class HybridParts {
  /** A DX gateway association, read apart from its gateway (another file, often another folder). */
  record RawDxAssociation(String dxGatewayId, DxGateway.Association association, Location at) {}

  final List<CustomerGateway> customerGateways = new ArrayList<>();
  final List<VpnConnection> vpnConnections = new ArrayList<>();
  final List<VpnGateway> vpnGateways = new ArrayList<>();
  final List<DxGateway> dxGateways = new ArrayList<>();
  final List<RawDxAssociation> dxAssociations = new ArrayList<>();
  final List<VirtualInterface> virtualInterfaces = new ArrayList<>();
  final Map<String, Long> connectionMbps = new TreeMap<>();

  /**
   * Everything once, sorted by id (the first copy wins: DX gateways are global, so every region's
   * folder of a live snapshot holds them). Associations join their gateway by id; an association
   * whose gateway is in no file is a finding.
   */
  static Hybrid assemble(List<Parsed> files, List<Finding> findings) {
    Map<String, CustomerGateway> cgws = new TreeMap<>();
    Map<String, VpnConnection> vpns = new TreeMap<>();
    Map<String, VpnGateway> vgws = new TreeMap<>();
    Map<String, DxGateway> dxgws = new TreeMap<>();
    Map<String, Map<String, DxGateway.Association>> assocs = new TreeMap<>();
    Map<String, Location> assocAt = new TreeMap<>();
    Map<String, VirtualInterface> vifs = new TreeMap<>();
    Map<String, Long> mbps = new TreeMap<>();
    for (Parsed f : files) {
      HybridParts h = f.hybrid;
      h.customerGateways.forEach(c -> cgws.putIfAbsent(c.id(), c));
      h.vpnConnections.forEach(v -> vpns.putIfAbsent(v.id(), v));
      h.vpnGateways.forEach(v -> vgws.putIfAbsent(v.id(), v));
      h.dxGateways.forEach(d -> dxgws.putIfAbsent(d.id(), d));
      for (RawDxAssociation a : h.dxAssociations) {
        assocs.computeIfAbsent(a.dxGatewayId(), k -> new TreeMap<>()).putIfAbsent(a.association().gatewayId(), a.association());
        assocAt.putIfAbsent(a.dxGatewayId(), a.at());
      }
      h.virtualInterfaces.forEach(v -> vifs.putIfAbsent(v.id(), v));
      h.connectionMbps.forEach(mbps::putIfAbsent);
    }
    List<DxGateway> gateways = new ArrayList<>();
    for (DxGateway d : dxgws.values()) {
      List<DxGateway.Association> as = new ArrayList<>(assocs.getOrDefault(d.id(), Map.of()).values());
      gateways.add(new DxGateway(d.id(), d.name(), d.account(), d.asn(), as, d.location()));
    }
    assocs.keySet().stream().filter(id -> !dxgws.containsKey(id)).forEach(id -> findings.add(Finding.of(
        Code.DANGLING_REFERENCE, Severity.WARNING, "associations are given for Direct Connect gateway " + id + ", which is "
            + "not in any directConnectGateways file; they are ignored (export describe-direct-connect-gateways too)",
        assocAt.get(id))));
    List<VirtualInterface> interfaces = new ArrayList<>();
    for (VirtualInterface v : vifs.values()) {
      long bw = v.bandwidthMbps() > 0 ? v.bandwidthMbps() : mbps.getOrDefault(v.connectionId(), 0L);
      interfaces.add(bw == v.bandwidthMbps() ? v : new VirtualInterface(v.id(), v.name(), v.account(), v.region(),
          v.type(), v.dxGatewayId(), v.vpnGatewayId(), v.bgpAsn(), v.vlan(), v.connectionId(), bw, v.site(), v.location()));
    }
    return new Hybrid(List.of(), list(cgws), list(vpns), list(vgws), gateways, interfaces);
  }

  private static <T> List<T> list(Map<String, T> m) {
    return new ArrayList<>(new LinkedHashMap<>(m).values());
  }
}
