package io.vpcplan.aws;

import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.VpnConnection;

/**
 * The Site-to-Site VPN reads of a snapshot. describe-vpn-connections returns the customer gateway
 * configuration and each tunnel's pre-shared key: secrets that have no place in a snapshot on disk,
 * so they are dropped before anything is written.
 */
final class VpnCalls {
  private VpnCalls() {}

  static List<VpnConnection> vpnConnections(Ec2Client ec2) {
    return ec2.describeVpnConnections().vpnConnections().stream().map(VpnCalls::withoutSecrets).toList();
  }

  static VpnConnection withoutSecrets(VpnConnection v) {
    VpnConnection.Builder b = v.toBuilder().customerGatewayConfiguration(null);
    if (v.options() != null && v.options().hasTunnelOptions()) {
      b.options(v.options().toBuilder().tunnelOptions(v.options().tunnelOptions().stream()
          .map(t -> t.toBuilder().preSharedKey(null).build()).toList()).build());
    }
    return b.build();
  }
}
