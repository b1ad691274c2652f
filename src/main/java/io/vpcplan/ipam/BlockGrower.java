package io.vpcplan.ipam;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.FreeSpace;
import io.vpcplan.model.Design.Pool;
import io.vpcplan.model.Design.VpcDef;
import io.vpcplan.model.RunFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds room for one VPC in its segment's blocks, making a new segment block (in a region block)
 * or a new region block (in a pool) when there is none. New blocks are sized for what is still to
 * be allocated times the growth factor, and fall back to no headroom (with a warning) before failing.
 */
final class BlockGrower {
  private final PlanRun run;
  private final String region;
  private final String segment;

  /** This segment's blocks, looked up once: one grower serves all the segment's VPCs. */
  private Blocks segmentBlocks;

  BlockGrower(PlanRun run, String region, String segment) {
    this.run = run;
    this.region = region;
    this.segment = segment;
  }

  Cidr allocateVpc(VpcDef v, List<VpcDef> restOfSegment, Map<String, List<VpcDef>> regionSegments, List<String> segOrder) {
    int len = run.vpcPrefix.get(run.key(v));
    if (segmentBlocks == null) segmentBlocks = run.segmentBlocks.computeIfAbsent(region + "/" + segment, k -> new Blocks());
    Blocks sb = segmentBlocks;
    Optional<Cidr> c = sb.allocate(len);
    if (c.isPresent()) return c.get();
    int exact = Math.min(len, Sizing.prefixFor(run.sum(restOfSegment)));
    int grown = Sizing.grow(exact, run.segmentGrowth);
    Cidr block = segmentBlock(grown, exact, regionSegments);
    if (!sb.spaces.isEmpty()) {
      run.warnings.add("segment " + segment + " in " + region + " outgrew its block; added " + block
          + " (one more route for this segment)");
    }
    sb.spaces.add(run.space(block));
    return sb.allocate(len).orElseThrow();
  }

  private Cidr segmentBlock(int grown, int exact, Map<String, List<VpcDef>> regionSegments) {
    Blocks rb = run.regionBlocks.computeIfAbsent(region, k -> new Blocks());
    Optional<Cidr> c = rb.allocate(grown);
    if (c.isEmpty() && grown != exact) {
      c = rb.allocate(exact);
      if (c.isPresent()) {
        run.warnings.add("segment " + segment + " in " + region + ": no room for growth headroom; block " + c.get()
            + " holds today's VPCs only");
      }
    }
    if (c.isPresent()) return c.get();
    Cidr newRegion = regionBlock(regionSegments, grown);
    if (!rb.spaces.isEmpty()) {
      run.warnings.add("region " + region + " outgrew its block; added " + newRegion
          + " (route tables need one more route for this region)");
    }
    rb.spaces.add(run.space(newRegion));
    c = rb.allocate(grown);
    if (c.isEmpty()) c = rb.allocate(exact);
    return c.orElseThrow();
  }

  private Cidr regionBlock(Map<String, List<VpcDef>> regionSegments, int thisSegmentGrown) {
    long need = 0;
    for (Map.Entry<String, List<VpcDef>> e : regionSegments.entrySet()) {
      if (e.getKey().equals(segment)) {
        need += 1L << (32 - thisSegmentGrown);
        continue;
      }
      List<VpcDef> pending = new ArrayList<>();
      for (VpcDef v : e.getValue()) if (!run.vpcCidrs.containsKey(run.key(v))) pending.add(v);
      if (!pending.isEmpty()) {
        need += 1L << (32 - Sizing.grow(Sizing.prefixFor(run.sum(pending)), run.segmentGrowth));
      }
    }
    int exact = Math.max(Sizing.prefixFor(need), 0);
    int grown = Math.max(Sizing.grow(exact, run.regionGrowth), 0);
    List<Pool> allowed = new ArrayList<>();
    for (Pool p : run.d.pools()) {
      if (p.cidr().isV4() && (p.regions().isEmpty() || p.regions().contains(region))) allowed.add(p);
    }
    if (allowed.isEmpty()) {
      throw new RunFailedException(run.designLocation(), "no IPv4 pool serves region " + region
          + "; add the region to a pool's 'regions' list or add a pool without one");
    }
    for (int want : grown == exact ? new int[] {exact} : new int[] {grown, exact}) {
      for (Pool p : allowed) {
        FreeSpace fs = run.pools.get(p.name());
        if (want < fs.root().length()) continue;
        Optional<Cidr> c = fs.allocate(want);
        if (c.isPresent()) {
          if (want != grown) {
            run.warnings.add("region " + region + ": pool '" + p.name() + "' has no room for growth headroom; block "
                + c.get() + " holds today's VPCs only");
          }
          return c.get();
        }
      }
    }
    Pool first = allowed.get(0);
    StringBuilder free = new StringBuilder();
    for (Pool p : allowed) {
      FreeSpace fs = run.pools.get(p.name());
      if (free.length() > 0) free.append("; ");
      free.append("pool '").append(p.name()).append("' ").append(p.cidr()).append(" has ")
          .append(String.format("%,d", fs.freeAddresses())).append(" free addresses, largest free block ")
          .append(fs.largestFree().map(Cidr::toString).orElse("none"));
    }
    throw new RunFailedException(first.location(), "pool exhausted: region " + region + " needs a /" + exact
        + " block (" + String.format("%,d", 1L << (32 - exact)) + " addresses) for segment '" + segment + "'"
        + (grown != exact ? " (/" + grown + " with growth headroom)" : "") + ", but " + free
        + ". Add a pool or widen one, shrink the profiles (fewer hosts, tiers or AZs), or lower 'growth'");
  }
}
