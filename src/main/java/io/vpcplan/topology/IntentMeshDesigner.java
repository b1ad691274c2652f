package io.vpcplan.topology;

import io.vpcplan.model.Vpc;

/** Only the pairs that must talk (segment rules and explicit intents) peered. */
public final class IntentMeshDesigner extends MeshDesigner {
  public IntentMeshDesigner() {
    this(DEFAULT_BUILD_LIMIT);
  }

  public IntentMeshDesigner(long buildLimit) {
    super(buildLimit);
  }

  @Override
  public String name() {
    return "intent-mesh";
  }

  @Override
  protected boolean wants(TopologyGraph g, Vpc a, Vpc b) {
    return g.intended(a, b);
  }

  @Override
  protected MeshClasses.Degree degree(MeshClasses classes, Vpc a) {
    return classes.intentDegree(a);
  }
}
