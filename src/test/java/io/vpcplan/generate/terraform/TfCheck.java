package io.vpcplan.generate.terraform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on generated Terraform text, independent of the generator's own model: every reference
 * names something its module declares, and the security properties of the design hold.
 */
final class TfCheck {
  private static final Pattern RESOURCE = Pattern.compile("(?m)^resource \"(\\S+)\" \"(\\S+)\" \\{\\n(.*?)^}", Pattern.DOTALL);
  private static final Pattern VARIABLE = Pattern.compile("(?m)^variable \"(\\S+)\"");
  private static final Pattern ALIAS = Pattern.compile("(?m)^  alias\\s*= \"(\\S+)\"");
  private static final Pattern DATA = Pattern.compile("(?m)^data \"(\\S+)\" \"(\\S+)\"");
  /** Not after "data.": a data source is its own namespace (checked as data.TYPE.NAME). */
  private static final Pattern REF = Pattern.compile("(?<!data\\.)\\b(data\\.aws_[a-z0-9_]+\\.[a-z0-9_]+|aws_[a-z0-9_]+\\.[a-z0-9_]+|var\\.[a-z0-9_]+|local\\.[a-z0-9_]+|aws\\.[a-z0-9_]+)\\b");
  private static final Pattern ATTR = Pattern.compile("(?m)^  (\\w+)\\s*= (.+)$");

  record Resource(String module, String type, String name, Map<String, String> attrs) {}

  private TfCheck() {}

  /** Module folder → its .tf text, all files together. */
  static Map<String, String> modules(Map<String, String> files) {
    Map<String, String> m = new TreeMap<>();
    files.forEach((path, text) -> {
      int slash = path.indexOf('/');
      if (slash > 0 && path.endsWith(".tf")) m.merge(path.substring(0, slash), text, (a, b) -> a + "\n" + b);
    });
    return m;
  }

  /** References that name nothing declared in their module, as "module: ref". */
  static List<String> unresolved(Map<String, String> files) {
    List<String> bad = new ArrayList<>();
    modules(files).forEach((module, text) -> {
      Set<String> declared = new HashSet<>();
      Matcher r = RESOURCE.matcher(text);
      while (r.find()) declared.add(r.group(1) + "." + r.group(2));
      Matcher v = VARIABLE.matcher(text);
      while (v.find()) declared.add("var." + v.group(1));
      Matcher d = DATA.matcher(text);
      while (d.find()) declared.add("data." + d.group(1) + "." + d.group(2));
      Matcher a = ALIAS.matcher(text);
      while (a.find()) declared.add("aws." + a.group(1));
      Matcher ref = REF.matcher(text.replaceAll("(?m)^\\s*(description|Name|\"vpcplan:\\w+\")\\s*=.*$", ""));
      while (ref.find()) if (!declared.contains(ref.group(1))) bad.add(module + ": " + ref.group(1));
    });
    return bad;
  }

  static List<Resource> resources(Map<String, String> files) {
    List<Resource> out = new ArrayList<>();
    modules(files).forEach((module, text) -> {
      Matcher r = RESOURCE.matcher(text);
      while (r.find()) {
        Map<String, String> attrs = new HashMap<>();
        Matcher a = ATTR.matcher(r.group(3));
        while (a.find()) attrs.putIfAbsent(a.group(1), a.group(2).strip());
        out.add(new Resource(module, r.group(1), r.group(2), attrs));
      }
    });
    return out;
  }

  /** Violations of the security properties; {@code publicSubnets} are the names of public subnet resources. */
  static List<String> security(Map<String, String> files, Set<String> publicSubnets) {
    List<String> bad = new ArrayList<>();
    List<Resource> all = resources(files);
    Map<String, Set<String>> subnetsOfTable = new HashMap<>();
    for (Resource r : all) {
      String at = r.module() + " " + r.type() + "." + r.name();
      Map<String, String> a = r.attrs();
      switch (r.type()) {
        case "aws_ec2_transit_gateway" -> {
          for (String k : List.of("default_route_table_association", "default_route_table_propagation",
              "auto_accept_shared_attachments")) {
            if (!"\"disable\"".equals(a.get(k))) bad.add(at + ": " + k + " is " + a.get(k));
          }
        }
        case "aws_ec2_transit_gateway_vpc_attachment_accepter" -> {
          for (String k : List.of("transit_gateway_default_route_table_association",
              "transit_gateway_default_route_table_propagation")) {
            if (!"false".equals(a.get(k))) bad.add(at + ": " + k + " is " + a.get(k));
          }
        }
        case "aws_ec2_transit_gateway_vpc_attachment" -> {
          for (String k : List.of("transit_gateway_default_route_table_association",
              "transit_gateway_default_route_table_propagation")) {
            if (a.containsKey(k) && !"false".equals(a.get(k))) bad.add(at + ": " + k + " is " + a.get(k));
          }
        }
        case "aws_ram_resource_share" -> {
          if (!"false".equals(a.get("allow_external_principals"))) bad.add(at + ": allow_external_principals is " + a.get("allow_external_principals"));
        }
        case "aws_route_table_association" -> subnetsOfTable.computeIfAbsent(r.module() + " " + a.get("route_table_id"),
            k -> new HashSet<>()).add(a.get("subnet_id"));
        default -> { }
      }
    }
    for (Resource r : all) {
      Map<String, String> a = r.attrs();
      boolean toIgw = String.valueOf(a.get("gateway_id")).startsWith("aws_internet_gateway.");
      boolean anywhere = "\"0.0.0.0/0\"".equals(a.get("destination_cidr_block"));
      if (!r.type().equals("aws_route") || !toIgw || !anywhere) continue;
      for (String s : subnetsOfTable.getOrDefault(r.module() + " " + a.get("route_table_id"), Set.of())) {
        String name = s.replaceAll("^aws_subnet\\.|\\.id$", "");
        if (!publicSubnets.contains(name)) bad.add(r.module() + " aws_route." + r.name() + ": 0.0.0.0/0 to an internet gateway from non-public subnet " + name);
      }
    }
    return bad;
  }
}
