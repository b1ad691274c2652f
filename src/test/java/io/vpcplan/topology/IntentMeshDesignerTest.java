package io.vpcplan.topology;

class IntentMeshDesignerTest extends DesignerContract {
  @Override
  TopologyDesigner designer() {
    return new IntentMeshDesigner();
  }
}
