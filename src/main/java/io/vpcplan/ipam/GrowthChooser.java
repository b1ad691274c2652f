package io.vpcplan.ipam;

import io.vpcplan.cidr.FreeSpace;
import io.vpcplan.model.Design.Pool;
import io.vpcplan.model.Design.VpcDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Before any new region block is cut, checks that every new region fits with the asked headroom,
 * on copies of the pools. If not, it drops region headroom, then segment headroom, and says so,
 * rather than letting the first region take the space the last one needs.
 */
final class GrowthChooser {
  private final PlanRun run;

  GrowthChooser(PlanRun run) {
    this.run = run;
  }

  void choose(Map<String, Map<String, List<VpcDef>>> byRegion, List<String> regionOrder) {
    int r = run.regionGrowth;
    int s = run.segmentGrowth;
    int[][] levels = {{r, s}, {1, s}, {1, 1}};
    for (int[] level : levels) {
      if (fits(byRegion, regionOrder, level[0], level[1])) {
        if (level[0] != r || level[1] != s) {
          run.warnings.add("the pools cannot hold the asked growth headroom (region x" + r + ", segment x" + s
              + "); planned with region x" + level[0] + ", segment x" + level[1] + ". Add a pool to keep the headroom");
        }
        run.regionGrowth = level[0];
        run.segmentGrowth = level[1];
        return;
      }
    }
    // Nothing fits even without headroom: allocation will fail with a precise message.
    run.regionGrowth = 1;
    run.segmentGrowth = 1;
  }

  private boolean fits(Map<String, Map<String, List<VpcDef>>> byRegion, List<String> order, int rg, int sg) {
    Map<String, FreeSpace> pools = new LinkedHashMap<>();
    run.pools.forEach((k, v) -> pools.put(k, v.copy()));
    for (String region : order) {
      Blocks existing = run.regionBlocks.get(region);
      if (existing != null && !existing.spaces.isEmpty()) continue;
      long need = 0;
      for (List<VpcDef> seg : byRegion.get(region).values()) {
        need += 1L << (32 - Sizing.grow(Sizing.prefixFor(run.sum(seg)), sg));
      }
      int len = Sizing.grow(Sizing.prefixFor(need), rg);
      if (len < 0) return false;
      boolean placed = false;
      for (Pool p : run.d.pools()) {
        FreeSpace fs = pools.get(p.name());
        if (fs == null || !(p.regions().isEmpty() || p.regions().contains(region))) continue;
        if (fs.allocate(len).isPresent()) {
          placed = true;
          break;
        }
      }
      if (!placed) return false;
    }
    return true;
  }
}
