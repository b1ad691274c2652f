package io.vpcplan.render;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Node ids and labels shared by the views. */
final class Nodes {
  private Nodes() {}

  static final int MAX_CIDRS_SHOWN = 4;

  static String vpc(Vpc v) {
    return "v:" + v.id();
  }

  static String tgw(TransitGateway t) {
    return "t:" + t.id();
  }

  static String external(String vpcId) {
    return "x:" + vpcId;
  }

  /** The port of a route table row in a TGW node: its position in id order. */
  static String tablePort(TransitGateway t, String tableId) {
    List<TgwRouteTable> tables = sortedTables(t);
    for (int i = 0; i < tables.size(); i++) if (tables.get(i).id().equals(tableId)) return "rt" + i;
    return "";
  }

  static List<TgwRouteTable> sortedTables(TransitGateway t) {
    return t.routeTables().stream().sorted(Comparator.comparing(NetworkIndex::tableName).thenComparing(TgwRouteTable::id)).toList();
  }

  static String cidrs(Vpc v) {
    List<Cidr> cs = v.cidrs();
    String shown = cs.stream().limit(MAX_CIDRS_SHOWN).map(Cidr::toString).collect(Collectors.joining("\n"));
    return cs.size() > MAX_CIDRS_SHOWN ? shown + "\n+" + (cs.size() - MAX_CIDRS_SHOWN) + " more" : shown;
  }

  static String[] vpcAttrs(Vpc v, String colour, boolean conflicted) {
    String label = NetworkIndex.vpcName(v) + "\n" + cidrs(v) + (v.segment().isEmpty() ? "" : "\n[" + v.segment() + "]");
    return new String[] {"label", label, "color", conflicted ? Style.CONFLICT : colour,
        "fillcolor", Style.tint(conflicted ? Style.CONFLICT : colour), "penwidth", conflicted ? "2.2" : "1.2"};
  }

  static String[] externalAttrs(String vpcId) {
    return new String[] {"label", vpcId + "\n(outside this network)", "style", "rounded,dashed", "color", "#999999",
        "fontcolor", "#666666"};
  }

  /** " · ASN 64512", or nothing when the ASN is unknown (0: an LZA file without asn, a design without hub). */
  static String asn(TransitGateway t) {
    return t.asn() > 0 ? " · ASN " + t.asn() : "";
  }

  /** A TGW as a table: name and ASN on top, one row (with a port) per route table. */
  static String[] tgwAttrs(TransitGateway t, Style style, NetworkIndex idx) {
    StringBuilder sb = new StringBuilder("<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" BGCOLOR=\"")
        .append(Style.TGW_FILL).append("\" COLOR=\"#b8860b\">");
    sb.append("<TR><TD><B>").append(Dot.html(NetworkIndex.tgwName(t))).append("</B></TD></TR>");
    sb.append("<TR><TD><FONT POINT-SIZE=\"8\">transit gateway").append(asn(t)).append("</FONT></TD></TR>");
    List<TgwRouteTable> tables = sortedTables(t);
    for (int i = 0; i < tables.size(); i++) {
      TgwRouteTable rt = tables.get(i);
      String name = NetworkIndex.tableName(rt);
      sb.append("<TR><TD PORT=\"rt").append(i).append("\" BORDER=\"1\" SIDES=\"T\" COLOR=\"#d9c38c\"><FONT COLOR=\"")
          .append(style.segment(name)).append("\">rt: ").append(Dot.html(name)).append("</FONT></TD></TR>");
    }
    sb.append("</TABLE>>");
    return new String[] {"shape", "plaintext", "style", "", "margin", "0", "label", sb.toString()};
  }

  static String plural(int n, String one) {
    return n + " " + one + (n == 1 ? "" : "s");
  }
}
