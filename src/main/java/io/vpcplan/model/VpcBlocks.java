package io.vpcplan.model;

import io.vpcplan.cidr.Cidr;
import java.util.ArrayList;
import java.util.List;

/**
 * Every CIDR block of every VPC, side by side with the VPC that owns it: the input the overlap
 * sweep needs, whose indexes map back to VPCs.
 */
public record VpcBlocks(List<Cidr> blocks, List<Vpc> owners) {
  public static VpcBlocks of(List<Vpc> vpcs) {
    List<Cidr> blocks = new ArrayList<>();
    List<Vpc> owners = new ArrayList<>();
    for (Vpc v : vpcs) {
      for (Cidr c : v.cidrs()) {
        blocks.add(c);
        owners.add(v);
      }
    }
    return new VpcBlocks(blocks, owners);
  }

  public Cidr block(int i) {
    return blocks.get(i);
  }

  public Vpc owner(int i) {
    return owners.get(i);
  }
}
