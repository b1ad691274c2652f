package io.vpcplan.generate.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What Terraform or AWS refuses only at plan or apply time, across a root module: a resource
 * declared twice ("Duplicate resource configuration"), and two routes with the same destination in
 * the same route table (aws_route resources or inline route blocks; AWS answers RouteAlreadyExists).
 */
final class TfDuplicates {
  private static final List<String> DESTINATIONS = List.of("destination_cidr_block", "destination_ipv6_cidr_block",
      "destination_prefix_list_id");
  private static final List<String> INLINE_DESTINATIONS = List.of("cidr_block", "ipv6_cidr_block", "destination_prefix_list_id");

  private TfDuplicates() {}

  /** Problems as "file: what is wrong", for the parsed files of one module. */
  static List<String> check(JsonNode files) {
    Map<String, List<String>> declared = new TreeMap<>();
    Map<String, List<String>> routes = new TreeMap<>();
    for (JsonNode f : files) {
      String file = f.path("file").asText();
      f.path("body").path("resource").properties().forEach(t -> t.getValue().properties().forEach(n -> {
        String address = t.getKey() + "." + n.getKey();
        for (JsonNode instance : n.getValue()) {
          declared.computeIfAbsent(address, k -> new ArrayList<>()).add(file);
          if (t.getKey().equals("aws_route")) {
            String dest = first(instance, DESTINATIONS);
            String table = instance.path("route_table_id").asText();
            if (dest != null) routes.computeIfAbsent(table + " → " + dest, k -> new ArrayList<>()).add(file + ": " + address);
          } else if (t.getKey().equals("aws_route_table")) {
            for (JsonNode r : instance.path("route")) {
              String dest = first(r, INLINE_DESTINATIONS);
              String table = "${" + address + ".id}";
              if (dest != null) routes.computeIfAbsent(table + " → " + dest, k -> new ArrayList<>()).add(file + ": " + address + ".route");
            }
          }
        }
      }));
    }
    List<String> problems = new ArrayList<>();
    declared.forEach((address, in) -> {
      if (in.size() > 1) {
        problems.add(in.get(0) + ": resource " + address + " is declared " + in.size() + " times (in " + in
            + "); Terraform refuses a duplicate resource configuration");
      }
    });
    routes.forEach((key, in) -> {
      if (in.size() > 1) {
        problems.add(in.get(0) + ": two routes to the same destination in one route table (" + key + "): " + in
            + "; AWS refuses the second (RouteAlreadyExists)");
      }
    });
    return problems;
  }

  private static String first(JsonNode o, List<String> names) {
    for (String n : names) if (o.hasNonNull(n) && !o.path(n).asText().isEmpty()) return o.path(n).asText();
    return null;
  }
}
