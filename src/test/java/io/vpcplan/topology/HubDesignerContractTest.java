package io.vpcplan.topology;

class HubDesignerContractTest extends DesignerContract {
  @Override
  TopologyDesigner designer() {
    return new HubDesigner();
  }
}
