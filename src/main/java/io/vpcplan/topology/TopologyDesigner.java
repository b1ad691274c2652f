package io.vpcplan.topology;

import io.vpcplan.model.Design;
import io.vpcplan.model.Network;

/**
 * One way to connect the VPCs of a network. Implementations replace any transit gateways,
 * peerings and RAM shares the input has; they never change VPC CIDRs or subnets (except that
 * the hub adds an inspection VPC when asked).
 */
public interface TopologyDesigner {
  /** Stable name used in output: full-mesh, intent-mesh, tgw-hub, hybrid. */
  String name();

  TopologyDesign design(Network network, Design.Connectivity options);
}
