package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Set;

/**
 * The top-level keys of the VPN and Direct Connect describe-* files. EC2's are PascalCase; Direct
 * Connect's CLI prints lower camel case ("directConnectGateways"), and both spellings are read.
 */
final class HybridFiles {
  private HybridFiles() {}

  static final Set<String> KEYS = Set.of("VpnConnections", "CustomerGateways", "VpnGateways",
      "directConnectGateways", "DirectConnectGateways", "directConnectGatewayAssociations",
      "DirectConnectGatewayAssociations", "virtualInterfaces", "VirtualInterfaces", "connections", "Connections");

  /** Reads the value of {@code key} when it is one of ours; false (nothing consumed) otherwise. */
  static boolean dispatch(JsonParser p, String key, Parsed out) throws IOException {
    DescribeFile.Reader r = switch (key) {
      case "VpnConnections" -> HybridReaders::vpnConnection;
      case "CustomerGateways" -> HybridReaders::customerGateway;
      case "VpnGateways" -> HybridReaders::vpnGateway;
      case "directConnectGateways", "DirectConnectGateways" -> DxReaders::gateway;
      case "directConnectGatewayAssociations", "DirectConnectGatewayAssociations" -> DxReaders::association;
      case "virtualInterfaces", "VirtualInterfaces" -> DxReaders::virtualInterface;
      case "connections", "Connections" -> DxReaders::connection;
      default -> null;
    };
    if (r == null) return false;
    DescribeFile.elements(p, key, out, r);
    return true;
  }
}
