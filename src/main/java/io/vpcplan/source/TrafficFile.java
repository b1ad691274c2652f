package io.vpcplan.source;

import io.vpcplan.model.Suggest;
import io.vpcplan.io.Fields;
import io.vpcplan.io.YNode;
import io.vpcplan.io.YamlReader;
import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import io.vpcplan.topology.Flow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code --traffic FILE}: {@code flows: [{from, to, gbPerMonth}]}, VPCs named by id
 * (account/region/name), account/name or a unique name. It replaces the intents' gbPerMonth.
 */
public final class TrafficFile {
  private TrafficFile() {}

  public static List<Flow> read(Path file, Network n) {
    YNode root = YamlReader.read(file);
    Fields top = new Fields(root, Set.of("flows"));
    Map<String, List<String>> aliases = new HashMap<>();
    for (Vpc v : n.vpcs()) {
      for (String a : List.of(v.id(), v.displayName(), v.account() + "/" + v.name(), v.name())) {
        List<String> l = aliases.computeIfAbsent(a, k -> new ArrayList<>());
        if (!l.contains(v.id())) l.add(v.id());
      }
    }
    List<Flow> out = new ArrayList<>();
    for (YNode f : top.required("flows").asList()) {
      Fields x = new Fields(f, Set.of("from", "to", "gbPerMonth", "description"));
      String from = resolve(x, "from", aliases);
      String to = resolve(x, "to", aliases);
      if (from.equals(to)) throw x.get("to").error("a flow needs two different VPCs");
      out.add(new Flow(from, to, x.number("gbPerMonth", 0, 0)));
    }
    return out;
  }

  private static String resolve(Fields x, String key, Map<String, List<String>> aliases) {
    String ref = x.requiredText(key);
    List<String> hits = aliases.get(ref);
    if (hits == null) throw x.get(key).error("unknown VPC '" + ref + "'" + Suggest.hint(ref, aliases.keySet()));
    if (hits.size() > 1) throw x.get(key).error("'" + ref + "' names " + hits.size() + " VPCs; write account/region/name");
    return hits.get(0);
  }
}
