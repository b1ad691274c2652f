package io.vpcplan.topology;

import io.vpcplan.model.Network;
import java.util.List;

/**
 * What a {@link TopologyDesigner} produces: the network with its connectivity objects, their
 * counts, and whether the pair {@code (a, b)} is joined directly by a peering.
 *
 * <p>{@code materialized} is false when a mesh is too large to build object by object (a full
 * mesh of 5,000 VPCs has 12.5 million peerings); its counts are then computed from the same pair
 * relation the builder would have used, per segment class, and {@code network} holds no peerings.
 */
public record TopologyDesign(String name, Network network, Counts counts, boolean materialized,
    List<String> notes, Peered peered) {
  public TopologyDesign {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("design name is blank");
    if (network == null || counts == null || peered == null) throw new IllegalArgumentException("incomplete design " + name);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** Whether two VPCs (by id) are joined by a direct VPC peering in this design. */
  @FunctionalInterface
  public interface Peered {
    boolean test(String a, String b);
  }

  /** Whether the design has transit gateways (traffic without a peering goes through one). */
  public boolean hasHub() {
    return counts.transitGateways() > 0;
  }
}
