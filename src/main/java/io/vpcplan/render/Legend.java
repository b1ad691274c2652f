package io.vpcplan.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key of a drawing: only what the drawing actually uses, as an HTML-like table of colour
 * swatches and words (a table lays out the same in every engine, unlike sample edges).
 */
final class Legend {
  private final Map<String, String[]> rows = new LinkedHashMap<>();

  /** {@code style} is a word for the line: solid, dashed, bold, box. */
  Legend add(String text, String colour, String style) {
    rows.putIfAbsent(text, new String[] {colour, style});
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void write(Dot dot) {
    if (rows.isEmpty()) return;
    StringBuilder t = new StringBuilder("<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">");
    t.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>");
    // Segment swatches first, in name order; then line kinds in the order the drawing used them.
    List<Map.Entry<String, String[]>> ordered = new ArrayList<>();
    rows.entrySet().stream().filter(e -> e.getValue()[1].equals("box")).sorted(Map.Entry.comparingByKey())
        .forEach(ordered::add);
    rows.entrySet().stream().filter(e -> !e.getValue()[1].equals("box")).forEach(ordered::add);
    for (Map.Entry<String, String[]> e : ordered) {
      String colour = e.getValue()[0];
      String style = e.getValue()[1];
      t.append("<TR><TD WIDTH=\"34\" HEIGHT=\"").append(style.equals("box") ? "14" : "4")
          .append("\" FIXEDSIZE=\"TRUE\" BGCOLOR=\"").append(colour).append("\"></TD>")
          .append("<TD ALIGN=\"LEFT\"><FONT COLOR=\"").append(colour).append("\">").append(Dot.html(e.getKey()))
          .append(style.equals("box") || style.equals("solid") ? "" : " (" + style + ")")
          .append("</FONT></TD></TR>");
    }
    t.append("</TABLE>>");
    dot.cluster("legend", "label", "", "style", "rounded", "color", "#bbbbbb", "fillcolor", "#ffffff");
    dot.node("legend", "shape", "plaintext", "style", "", "label", t.toString());
    dot.close();
  }
}
