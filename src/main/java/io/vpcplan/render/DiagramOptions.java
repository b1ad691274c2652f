package io.vpcplan.render;

/**
 * How to draw: the view, and above how many VPCs the overview, segments and conflicts views
 * aggregate VPCs into one node per account ({@code aggregateAbove} 0 never aggregates).
 */
public record DiagramOptions(DiagramView view, int aggregateAbove, String title) {
  public static final int DEFAULT_AGGREGATE_ABOVE = 120;

  public DiagramOptions {
    if (view == null) view = DiagramView.OVERVIEW;
    if (aggregateAbove < 0) throw new IllegalArgumentException("aggregate threshold must be 0 (never) or positive");
    title = title == null ? "" : title;
  }

  public static DiagramOptions of(DiagramView view) {
    return new DiagramOptions(view, DEFAULT_AGGREGATE_ABOVE, "");
  }

  public DiagramOptions withTitle(String t) {
    return new DiagramOptions(view, aggregateAbove, t);
  }

  public DiagramOptions noAggregate() {
    return new DiagramOptions(view, 0, title);
  }

  boolean aggregate(int vpcCount) {
    return aggregateAbove > 0 && vpcCount > aggregateAbove;
  }
}
