package io.vpcplan.ipam;

import io.vpcplan.model.Design;
import io.vpcplan.model.Design.Profile;
import io.vpcplan.model.Design.VpcDef;
import io.vpcplan.model.RunFailedException;

/** Sizes a design VPC asks for, checked against the AWS rules. */
final class Demand {
  private Demand() {}

  /** Prefix length of the VPC's primary block. */
  static int vpcPrefix(Design d, VpcDef v) {
    Profile p = d.profiles().get(v.profile());
    int subnets = Sizing.subnetCount(p, v.azs());
    if (subnets > Sizing.MAX_SUBNETS_PER_VPC) {
      throw new RunFailedException(v.location(), "VPC '" + v.name() + "' would have " + subnets
          + " subnets; AWS allows " + Sizing.MAX_SUBNETS_PER_VPC + " per VPC. Use fewer tiers or AZs");
    }
    for (Design.Tier t : p.tiers()) {
      if (Sizing.tierPrefix(t) < Sizing.MIN_PREFIX) {
        throw new RunFailedException(t.location(), "tier '" + t.name() + "' needs " + t.hosts()
            + " hosts, more than a /16 subnet holds (65,531); split it into several tiers");
      }
    }
    int needed = Sizing.prefixFor(Sizing.addressesNeeded(p, v.azs()));
    int grown = Math.min(Sizing.MAX_PREFIX, Sizing.grow(needed, d.growth().vpc()));
    int asked = v.pinned() != null ? v.pinned().length() : v.prefix() > 0 ? v.prefix() : p.vpcPrefix();
    if (asked > 0) {
      if (asked > needed) {
        throw new RunFailedException(v.location(), "VPC '" + v.name() + "' is /" + asked + " but profile '"
            + p.name() + "' over " + v.azs() + " AZs needs /" + needed + " (" + Sizing.addressesNeeded(p, v.azs())
            + " addresses); give it a larger prefix or fewer tiers/AZs");
      }
      return asked;
    }
    if (grown < Sizing.MIN_PREFIX) {
      if (needed >= Sizing.MIN_PREFIX) return Sizing.MIN_PREFIX;
      throw new RunFailedException(v.location(), "VPC '" + v.name() + "' needs /" + needed
          + " for profile '" + p.name() + "', larger than the AWS maximum /16; shrink the tiers or use fewer AZs");
    }
    return Math.min(Sizing.MAX_PREFIX, grown);
  }
}
