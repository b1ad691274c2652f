package io.vpcplan.topology;

class FullMeshDesignerTest extends DesignerContract {
  @Override
  TopologyDesigner designer() {
    return new FullMeshDesigner();
  }

  @Override
  boolean mayLeak() {
    return true;
  }
}
