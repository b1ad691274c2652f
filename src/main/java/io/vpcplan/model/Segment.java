package io.vpcplan.model;

import java.util.List;

/** A route domain (prod, nonprod, shared …) and the segments its VPCs may reach. */
public record Segment(String name, List<String> reaches) {
  public Segment {
    name = Checks.nonBlank(name, "segment name");
    reaches = Checks.list(reaches);
  }
}
