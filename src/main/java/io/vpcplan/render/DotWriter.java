package io.vpcplan.render;

import io.vpcplan.model.Network;

/**
 * Writes a {@link Network} as Graphviz DOT text for one view. Pure and deterministic: the same
 * network and options give the same bytes (everything is sorted; nothing depends on hash order).
 */
public final class DotWriter {
  private DotWriter() {}

  /** How many VPCs the view draws: all of them, an account's, or those in conflict. */
  public static long drawnVpcs(Network network, DiagramOptions options) {
    return switch (options.view().kind()) {
      case OVERVIEW, SEGMENTS -> network.vpcs().size();
      case ACCOUNT -> new AccountDiagram(new NetworkIndex(network), options.view().account()).vpcCount();
      case CONFLICTS -> ConflictsDiagram.vpcCount(network.vpcs());
    };
  }

  public static String write(Network network, DiagramOptions options) {
    NetworkIndex idx = new NetworkIndex(network);
    boolean aggregate = options.aggregate(network.vpcs().size());
    String title = options.title();
    return switch (options.view().kind()) {
      case OVERVIEW -> new OverviewDiagram(idx, aggregate).write(title);
      case SEGMENTS -> new SegmentsDiagram(idx, aggregate).write(title);
      case ACCOUNT -> new AccountDiagram(idx, options.view().account()).write(title);
      case CONFLICTS -> new ConflictsDiagram(idx, options).write(title);
    };
  }
}
