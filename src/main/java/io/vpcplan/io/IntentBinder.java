package io.vpcplan.io;

import io.vpcplan.model.Design.ExistingVpc;
import io.vpcplan.model.Design.VpcDef;
import io.vpcplan.model.Intent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Binds {@code intents}: a VPC is named account/region/name, or account/name or name when
 * that is unique; the intent records the full account/region/name.
 */
final class IntentBinder {
  private IntentBinder() {}

  static List<Intent> intents(List<YNode> nodes, List<VpcDef> vpcs, List<ExistingVpc> existing) {
    if (nodes.isEmpty()) return List.of(); // the aliases of every VPC are only needed to resolve intents
    Map<String, List<String>> aliases = new HashMap<>();
    Set<String> full = new TreeSet<>();
    for (VpcDef v : vpcs) alias(aliases, full, v.account(), v.region(), v.name());
    for (ExistingVpc v : existing) alias(aliases, full, v.account(), v.region(), v.name());
    List<Intent> out = new ArrayList<>();
    for (YNode n : nodes) {
      Fields f = new Fields(n, Set.of("from", "to", "service", "protocol", "port", "gbPerMonth", "bidirectional", "description"));
      String from = resolve(f, "from", aliases, full);
      String to = resolve(f, "to", aliases, full);
      if (from.equals(to)) throw f.get("to").error("an intent needs two different VPCs");
      String protocol = f.text("protocol", "tcp").toLowerCase(java.util.Locale.ROOT);
      if (!Set.of("tcp", "udp", "any").contains(protocol)) throw f.get("protocol").error("'" + protocol + "' is not tcp, udp or any");
      out.add(new Intent(from, to, f.text("service", ""), protocol, f.integer("port", 0, 0, 65535),
          f.number("gbPerMonth", 0, 0), f.bool("bidirectional", false), n.location()));
    }
    return out;
  }

  private static void alias(Map<String, List<String>> aliases, Set<String> full, String acct, String region, String name) {
    String key = acct + "/" + region + "/" + name;
    full.add(key);
    for (String a : List.of(key, acct + "/" + name, name)) aliases.computeIfAbsent(a, k -> new ArrayList<>()).add(key);
  }

  private static String resolve(Fields f, String key, Map<String, List<String>> aliases, Set<String> full) {
    String ref = f.requiredText(key);
    List<String> hits = aliases.get(ref);
    if (hits == null) throw DesignLoader.unknown(f.get(key), "VPC", ref, full);
    if (hits.size() > 1) {
      throw f.get(key).error("'" + ref + "' names " + hits.size() + " VPCs (" + String.join(", ", hits.subList(0, Math.min(3, hits.size())))
          + "); write account/region/name");
    }
    return hits.get(0);
  }
}
