package io.vpcplan.inventory;

import io.vpcplan.finding.Finding;
import io.vpcplan.model.Network;
import java.util.List;

/** What an importer read: the network, and what it found wrong in the input while reading. */
public record Inventory(Network network, List<Finding> findings) {
  public Inventory {
    findings = List.copyOf(findings);
  }
}
