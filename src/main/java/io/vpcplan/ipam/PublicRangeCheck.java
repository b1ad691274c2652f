package io.vpcplan.ipam;

import io.vpcplan.cidr.AwsRanges;
import io.vpcplan.model.Design.Pool;
import io.vpcplan.model.Design.VpcDef;
import io.vpcplan.model.Location;

/**
 * Warns about publicly routable VPC address space (a pool, or a pin outside every pool): AWS allows
 * it and some organisations use ranges they own, but it shadows those addresses on the internet
 * for every host in the VPC, and it is easy to take by mistake. Refused ranges are the loader's errors.
 */
final class PublicRangeCheck {
  private final PlanRun run;

  PublicRangeCheck(PlanRun run) {
    this.run = run;
  }

  void run() {
    for (Pool p : run.d.pools()) {
      if (AwsRanges.publiclyRoutable(p.cidr())) warn(p.location(), "pool '" + p.name() + "' " + p.cidr());
    }
    for (VpcDef v : run.d.vpcs()) {
      if (v.pinned() == null || !AwsRanges.publiclyRoutable(v.pinned())) continue;
      if (run.d.pools().stream().anyMatch(p -> p.cidr().contains(v.pinned()))) continue; // said of its pool
      warn(v.location(), "VPC " + run.key(v) + " pinned at " + v.pinned());
    }
  }

  private void warn(Location at, String what) {
    String where = at.toString();
    run.warnings.add((where.isEmpty() ? "" : where + ": ") + what + " holds publicly routable addresses (outside RFC 1918,"
        + " 100.64.0.0/10 and the other special-purpose blocks): AWS allows them, but hosts in these VPCs cannot reach whoever holds those addresses on the"
        + " internet; keep it only if your organisation owns the range, else use private space such as 10.0.0.0/8");
  }
}
