package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.vpcplan.model.IpamAllocation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A VPC whose blocks IPAM allocates at deploy time has no CidrBlock in describe-vpcs form, so
 * import records each allocation as a tag pair ({@code vpcplan:ipam-pool}, {@code vpcplan:ipam-netmask};
 * {@code -2}, {@code -3} … for more) and the reader turns them back into allocations.
 */
final class IpamTags {
  static final String POOL = "vpcplan:ipam-pool";
  static final String NETMASK = "vpcplan:ipam-netmask";

  private IpamTags() {}

  static void write(JsonGenerator g, String name, List<IpamAllocation> allocations) throws IOException {
    if ((name == null || name.isEmpty()) && allocations.isEmpty()) return;
    g.writeArrayFieldStart("Tags");
    if (name != null && !name.isEmpty()) tag(g, "Name", name);
    for (int i = 0; i < allocations.size(); i++) {
      String suffix = i == 0 ? "" : "-" + (i + 1);
      tag(g, POOL + suffix, allocations.get(i).pool());
      tag(g, NETMASK + suffix, Integer.toString(allocations.get(i).netmaskLength()));
    }
    g.writeEndArray();
  }

  private static void tag(JsonGenerator g, String key, String value) throws IOException {
    g.writeStartObject();
    g.writeStringField("Key", key);
    g.writeStringField("Value", value);
    g.writeEndObject();
  }

  /** Reads a Tags list: returns the Name tag (or null) and adds the IPAM allocations it records. */
  static String read(JsonParser p, Elem e, List<IpamAllocation> out) throws IOException {
    String[] name = {null};
    Map<String, String> ipam = new TreeMap<>();
    Jp.array(p, e, "Tags", i -> {
      String[] kv = new String[2];
      Jp.object(p, e, "Tags[]", f -> {
        if (f.equals("Key")) kv[0] = e.str(p, "Tags[].Key");
        else if (f.equals("Value")) kv[1] = e.str(p, "Tags[].Value");
        else p.skipChildren();
      });
      if ("Name".equals(kv[0])) name[0] = kv[1];
      else if (kv[0] != null && kv[0].startsWith("vpcplan:ipam-") && kv[1] != null) ipam.put(kv[0], kv[1]);
    });
    for (int i = 1; ipam.containsKey(POOL + (i == 1 ? "" : "-" + i)); i++) {
      String suffix = i == 1 ? "" : "-" + i;
      String mask = ipam.getOrDefault(NETMASK + suffix, "");
      if (!mask.matches("\\d{1,3}") || Integer.parseInt(mask) > 128) {
        e.problem(p, "Tags", "tag " + NETMASK + suffix + " is '" + mask + "', not a netmask length such as 24");
        continue;
      }
      String pool = ipam.get(POOL + suffix);
      if (!pool.isBlank()) out.add(new IpamAllocation(pool, Integer.parseInt(mask), e.at));
    }
    return name[0];
  }
}
