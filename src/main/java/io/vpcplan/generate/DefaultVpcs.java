package io.vpcplan.generate;

import io.vpcplan.model.Endpoint;
import io.vpcplan.model.EndpointService;
import io.vpcplan.model.Intent;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.RamShare;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpnGateway;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * AWS makes a default VPC (172.31.0.0/16) in every region of every account. Codifying an imported
 * estate would write each one as a new VPC, a copy on the same range, so the generators leave out
 * default VPCs that nothing in the network uses (no peering, attachment, endpoint, VPN gateway,
 * intent or RAM share names them or their subnets); one that is used stays, as it is part of the
 * network.
 */
public final class DefaultVpcs {
  private DefaultVpcs() {}

  /** The network to generate, and the default VPCs left out of it (in the network's order). */
  public record Split(Network network, List<Vpc> leftOut) {}

  public static Split leaveOutUnused(Network n) {
    if (n.vpcs().stream().noneMatch(Vpc::isDefault)) return new Split(n, List.of());
    Set<String> used = used(n);
    List<Vpc> keep = new ArrayList<>();
    List<Vpc> left = new ArrayList<>();
    for (Vpc v : n.vpcs()) {
      if (v.isDefault() && !usedVpc(v, used)) left.add(v);
      else keep.add(v);
    }
    return left.isEmpty() ? new Split(n, List.of()) : new Split(n.withVpcs(keep), left);
  }

  private static boolean usedVpc(Vpc v, Set<String> used) {
    if (used.contains(v.id())) return true;
    for (Subnet s : v.subnets()) if (used.contains(s.key())) return true;
    return false;
  }

  private static Set<String> used(Network n) {
    Set<String> used = new HashSet<>();
    for (Peering p : n.peerings()) {
      used.add(p.requesterVpcId());
      used.add(p.accepterVpcId());
    }
    for (TransitGateway t : n.transitGateways()) {
      for (TgwAttachment a : t.attachments()) {
        used.add(a.resourceId());
        used.addAll(a.subnetIds());
      }
    }
    for (Endpoint e : n.endpoints()) used.add(e.vpcId());
    for (EndpointService s : n.endpointServices()) used.add(s.vpcId());
    for (VpnGateway g : n.hybrid().vpnGateways()) used.addAll(g.vpcIds());
    for (Intent i : n.intents()) {
      used.add(i.from());
      used.add(i.to());
    }
    for (RamShare r : n.ramShares()) {
      for (String id : r.resourceIds()) {
        used.add(id);
        int slash = id.lastIndexOf('/'); // an ARN: arn:aws:ec2:REGION:ACCOUNT:subnet/subnet-...
        if (slash >= 0) used.add(id.substring(slash + 1));
      }
    }
    return used;
  }
}
