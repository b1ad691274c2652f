package io.vpcplan.model;

public enum Purpose {
  WORKLOAD,
  TGW_ATTACHMENT;

  /** Stable lower-case name used in files: workload, tgw-attachment. */
  public String label() {
    return this == WORKLOAD ? "workload" : "tgw-attachment";
  }
}
