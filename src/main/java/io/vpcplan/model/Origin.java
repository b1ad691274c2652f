package io.vpcplan.model;

/** Where a VPC comes from: allocated by the planner, pinned in a design, or read from an estate. */
public enum Origin {
  PLANNED,
  PINNED,
  EXISTING,
  IMPORTED,
  /** Added by a connectivity design (an inspection VPC of a TGW hub), not by the plan or the estate. */
  CONNECTIVITY
}
