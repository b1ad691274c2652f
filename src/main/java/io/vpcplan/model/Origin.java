package io.vpcplan.model;

/** Where a VPC comes from: allocated by the planner, pinned in a design, or read from an estate. */
public enum Origin {
  PLANNED,
  PINNED,
  EXISTING,
  IMPORTED
}
