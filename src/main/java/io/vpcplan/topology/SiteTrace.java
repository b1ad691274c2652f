package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Paths between a VPC and an on-premises site ({@code onprem/NAME}), either way, with every hop. */
final class SiteTrace {
  private SiteTrace() {}

  static boolean isSite(Network n, String id) {
    return site(n, id).isPresent();
  }

  static Optional<OnPremSite> site(Network n, String id) {
    for (OnPremSite s : n.hybrid().sites()) if (OnPremReach.siteId(s.name()).equals(id)) return Optional.of(s);
    return Optional.empty();
  }

  static List<Path> trace(Network n, String from, String to) {
    Forwarder f = new Forwarder(n);
    Optional<OnPremSite> dst = site(n, to);
    if (dst.isPresent()) {
      Vpc a = n.vpc(from).orElseThrow(() -> Reachability.unknown(n, "--from", from));
      List<RouteTable> tables = VpcTables.workload(a);
      if (tables.isEmpty()) return List.of(new Path(a.id(), to, List.of(), "", a.id() + " has no route table"));
      List<Path> out = new ArrayList<>();
      for (RouteTable t : tables) for (Cidr c : dst.get().ranges()) out.add(f.trace(a, t, c, false, true));
      return out;
    }
    OnPremSite s = site(n, from).orElseThrow();
    Vpc b = n.vpc(to).orElseThrow(() -> Reachability.unknown(n, "--to", to));
    OnPremReach reach = new OnPremReach(n);
    List<Path> out = new ArrayList<>();
    for (TransitGateway g : n.transitGateways()) {
      for (TgwAttachment a : g.attachments()) {
        boolean edge = a.type() == AttachmentType.VPN || a.type() == AttachmentType.DIRECT_CONNECT;
        if (!edge || !reach.sitesBehind(a).contains(s.name())) continue;
        for (Cidr c : Reachability.blocks(b)) out.add(f.fromSite(from, g.id(), a.id(), c, true));
      }
    }
    if (out.isEmpty()) out.add(new Path(from, to, List.of(), "", "site " + s.name() + " has no VPN or DX attachment on a transit gateway"));
    return out;
  }
}
