package io.vpcplan.aws;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.directconnect.DirectConnectClient;
import software.amazon.awssdk.services.directconnect.model.DirectConnectGateway;
import software.amazon.awssdk.services.directconnect.model.DirectConnectGatewayAssociation;
import software.amazon.awssdk.services.directconnect.model.VirtualInterface;

/**
 * The Direct Connect calls of a snapshot, in order. The SDK has no paginators for them: the two
 * gateway calls follow nextToken by hand; the others return everything at once. Virtual interfaces
 * carry their BGP auth key and router configuration: secrets, dropped before anything is written.
 */
final class DxCalls {
  private DxCalls() {}

  static final String GATEWAYS = "directConnectGateways";
  static final String GATEWAY_ID = "directConnectGatewayId";

  static final List<DxCall> ALL = List.of(
      new DxCall("direct-connect-gateways.json", GATEWAYS, "directconnect:DescribeDirectConnectGateways",
          List.of(GATEWAY_ID), true, false, (dx, gw) -> gateways(dx)),
      new DxCall("direct-connect-gateway-associations.json", "directConnectGatewayAssociations",
          "directconnect:DescribeDirectConnectGatewayAssociations", List.of(GATEWAY_ID, "associationId"), true, true,
          DxCalls::associations),
      new DxCall("virtual-interfaces.json", "virtualInterfaces", "directconnect:DescribeVirtualInterfaces",
          List.of("virtualInterfaceId"), false, false,
          (dx, gw) -> dx.describeVirtualInterfaces().virtualInterfaces().stream().map(DxCalls::withoutSecrets).toList()),
      new DxCall("connections.json", "connections", "directconnect:DescribeConnections", List.of("connectionId"),
          false, false, (dx, gw) -> dx.describeConnections().connections()));

  private static List<DirectConnectGateway> gateways(DirectConnectClient dx) {
    List<DirectConnectGateway> out = new ArrayList<>();
    String token = null;
    do {
      String t = token;
      var resp = dx.describeDirectConnectGateways(r -> r.maxResults(100).nextToken(t));
      out.addAll(resp.directConnectGateways());
      token = resp.nextToken();
    } while (token != null && !token.isEmpty());
    return out;
  }

  private static List<DirectConnectGatewayAssociation> associations(DirectConnectClient dx, String gatewayId) {
    List<DirectConnectGatewayAssociation> out = new ArrayList<>();
    String token = null;
    do {
      String t = token;
      var resp = dx.describeDirectConnectGatewayAssociations(r -> r.directConnectGatewayId(gatewayId).maxResults(100)
          .nextToken(t));
      out.addAll(resp.directConnectGatewayAssociations());
      token = resp.nextToken();
    } while (token != null && !token.isEmpty());
    return out;
  }

  static VirtualInterface withoutSecrets(VirtualInterface v) {
    var b = v.toBuilder().authKey(null).customerRouterConfig(null);
    if (v.hasBgpPeers()) b.bgpPeers(v.bgpPeers().stream().map(p -> p.toBuilder().authKey(null).build()).toList());
    return b.build();
  }
}
