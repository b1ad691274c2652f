package io.vpcplan.render;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Colours and fonts shared by every view. Segments get colours in name order from a palette that
 * leaves out red, which means "conflict" everywhere.
 */
final class Style {
  static final String FONT = "Helvetica";
  static final String CONFLICT = "#d62728";
  static final String PEERING = "#444444";
  static final String TGW_PEERING = "#6a3d9a";
  static final String PRIVATELINK = "#7f7f7f";
  static final String NO_SEGMENT = "#999999";
  static final String TGW_FILL = "#fff4d6";
  static final String REGION_FILL = "#f7f9fc";
  static final String ACCOUNT_FILL = "#ffffff";

  private static final List<String> PALETTE = List.of("#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#17becf",
      "#8c564b", "#e377c2", "#bcbd22", "#393b79", "#637939", "#843c39", "#7b4173");

  private final Map<String, String> segmentColours = new TreeMap<>();

  Style(SortedSet<String> segments) {
    int i = 0;
    for (String s : segments) segmentColours.put(s, PALETTE.get(i++ % PALETTE.size()));
  }

  String segment(String name) {
    if (name == null || name.isEmpty()) return NO_SEGMENT;
    return segmentColours.getOrDefault(name, NO_SEGMENT);
  }

  /** A light tint of a colour for fills (graphviz #rrggbbaa). */
  static String tint(String colour) {
    return colour + "22";
  }

  static void header(Dot dot, String title, String rankdir) {
    dot.defaults("graph", "fontname", FONT, "fontsize", "14", "rankdir", rankdir, "newrank", "true",
        "compound", "true", "nodesep", "0.35", "ranksep", "0.9", "pad", "0.3", "label", title, "labelloc", "t",
        "labeljust", "l");
    dot.defaults("node", "fontname", FONT, "fontsize", "10", "shape", "box", "style", "rounded,filled",
        "fillcolor", "#ffffff", "color", "#555555", "margin", "0.12,0.06");
    dot.defaults("edge", "fontname", FONT, "fontsize", "9", "color", "#555555", "arrowsize", "0.7");
  }
}
