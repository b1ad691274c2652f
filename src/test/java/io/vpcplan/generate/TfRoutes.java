package io.vpcplan.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the generated HCL (one resource per top-level block) to follow a subnet to its default route. */
final class TfRoutes {
  private static final Pattern BLOCK = Pattern.compile("(?ms)^resource \"(\\w+)\" \"(\\w+)\" \\{\\n(.*?)^\\}");

  private TfRoutes() {}

  /** The target expression of 0.0.0.0/0 in the table the subnet {@code subnetName} (aws_subnet name) is associated with. */
  static String defaultRouteTarget(String hcl, String subnetName) {
    String table = null;
    Matcher m = BLOCK.matcher(hcl);
    while (m.find()) {
      if (m.group(1).equals("aws_route_table_association") && m.group(3).contains("aws_subnet." + subnetName + ".id")) {
        table = attr(m.group(3), "route_table_id");
      }
    }
    if (table == null) throw new AssertionError("no route table association for " + subnetName);
    m = BLOCK.matcher(hcl);
    while (m.find()) {
      String body = m.group(3);
      if (m.group(1).equals("aws_route") && table.equals(attr(body, "route_table_id"))
          && "\"0.0.0.0/0\"".equals(attr(body, "destination_cidr_block"))) {
        String target = attr(body, "vpc_endpoint_id");
        if (target == null) throw new AssertionError(table + " sends 0.0.0.0/0 elsewhere:\n" + body);
        return target;
      }
    }
    throw new AssertionError(table + " has no 0.0.0.0/0 route");
  }

  private static String attr(String body, String name) {
    Matcher m = Pattern.compile("(?m)^\\s*" + name + "\\s*=\\s*(.+)$").matcher(body);
    return m.find() ? m.group(1).strip() : null;
  }
}
