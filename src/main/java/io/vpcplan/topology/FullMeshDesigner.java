package io.vpcplan.topology;

import io.vpcplan.model.Vpc;

/** Every pair of VPCs peered, whatever the segments say: n(n-1)/2 peerings. */
public final class FullMeshDesigner extends MeshDesigner {
  public FullMeshDesigner() {
    this(DEFAULT_BUILD_LIMIT);
  }

  public FullMeshDesigner(long buildLimit) {
    super(buildLimit);
  }

  @Override
  public String name() {
    return "full-mesh";
  }

  @Override
  protected boolean wants(TopologyGraph g, Vpc a, Vpc b) {
    return !a.id().equals(b.id());
  }

  @Override
  protected MeshClasses.Degree degree(MeshClasses classes, Vpc a) {
    return classes.fullDegree(a);
  }
}
