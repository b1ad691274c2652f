package io.vpcplan.render;

import io.vpcplan.model.Purpose;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** A VPC as an HTML-like table: name and blocks on top, a row per tier, a column per AZ. */
final class SubnetGrid {
  private SubnetGrid() {}

  static String[] attrs(Vpc v, String colour) {
    TreeSet<String> azs = new TreeSet<>();
    Map<String, Map<String, List<Subnet>>> grid = new LinkedHashMap<>();
    for (Subnet s : v.subnets()) {
      String az = s.az().isEmpty() ? "-" : s.az();
      azs.add(az);
      grid.computeIfAbsent(tier(s), k -> new TreeMap<>()).computeIfAbsent(az, k -> new ArrayList<>()).add(s);
    }
    int cols = Math.max(1, azs.size());
    StringBuilder sb = new StringBuilder("<<TABLE BORDER=\"1\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"5\" COLOR=\"")
        .append(colour).append("\" BGCOLOR=\"#ffffff\">");
    sb.append("<TR><TD COLSPAN=\"").append(cols + 1).append("\" BGCOLOR=\"").append(Style.tint(colour)).append("\">")
        .append(Dot.html(NetworkIndex.vpcName(v))).append("  ")
        .append(Dot.html(String.join(", ", v.cidrs().stream().map(Object::toString).toList())))
        .append(v.segment().isEmpty() ? "" : "  [" + Dot.html(v.segment()) + "]").append("</TD></TR>");
    if (grid.isEmpty()) {
      sb.append("<TR><TD COLSPAN=\"").append(cols + 1).append("\"><I>no subnets</I></TD></TR>");
    } else {
      sb.append("<TR><TD><FONT POINT-SIZE=\"8\">tier / AZ</FONT></TD>");
      for (String az : azs) sb.append("<TD>").append(Dot.html(az)).append("</TD>");
      sb.append("</TR>");
      for (Map.Entry<String, Map<String, List<Subnet>>> row : grid.entrySet()) {
        sb.append("<TR><TD ALIGN=\"LEFT\">").append(Dot.html(row.getKey())).append("</TD>");
        for (String az : azs) {
          List<Subnet> cell = row.getValue().getOrDefault(az, List.of());
          sb.append("<TD>").append(cell.isEmpty() ? " " : String.join("<BR/>",
              cell.stream().map(s -> Dot.html(s.cidr().toString())).toList())).append("</TD>");
        }
        sb.append("</TR>");
      }
    }
    sb.append("</TABLE>>");
    return new String[] {"shape", "plaintext", "style", "", "margin", "0", "label", sb.toString()};
  }

  static String tier(Subnet s) {
    if (!s.tier().isEmpty()) return s.tier();
    if (s.purpose() == Purpose.TGW_ATTACHMENT) return Purpose.TGW_ATTACHMENT.label();
    return s.name().isEmpty() ? "untiered" : s.name();
  }
}
