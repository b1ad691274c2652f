package io.vpcplan.io;

import java.util.Map;
import java.util.TreeMap;

/** Binds a {@code tags:} mapping (design, account or VPC level) with AWS's tag rules. */
final class Tags {
  private Tags() {}

  static Map<String, String> of(Fields f) {
    if (!f.has("tags")) return Map.of();
    YNode node = f.get("tags");
    if (!node.isMap()) throw node.error("tags is a mapping of key: value, e.g. 'tags: {cost-center: \"1234\"}'");
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, YNode> e : node.asMap().entrySet()) {
      String key = e.getKey();
      YNode v = e.getValue();
      if (key.isEmpty() || key.length() > 128) throw v.error("tag key '" + key + "' must be 1 to 128 characters");
      if (key.startsWith("aws:")) throw v.error("tag key '" + key + "': the aws: prefix is reserved by AWS; drop it");
      if (key.startsWith("vpcplan:") || key.equals("Name")) {
        throw v.error("tag key '" + key + "' is set by vpcplan itself (Name, vpcplan:plan, vpcplan:id); use another key");
      }
      if (!v.isScalar()) throw v.error("tag '" + key + "' needs a text value; quote it, e.g. \"1234\"");
      String value = v.asText();
      if (value.length() > 256) throw v.error("tag '" + key + "' value is longer than AWS's 256 characters");
      out.put(key, value);
    }
    return out;
  }
}
