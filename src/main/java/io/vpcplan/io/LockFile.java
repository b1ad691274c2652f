package io.vpcplan.io;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.ipam.Lock;
import io.vpcplan.model.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The lock file: JSON, sorted keys, one allocation per line, so it diffs well in review.
 * Read with locations, so a hand-edited lock that breaks gets a file:line:column error.
 */
public final class LockFile {
  public static final int VERSION = 1;

  private LockFile() {}

  /** {@code designs/acme.yaml} → {@code designs/acme.lock.json}. */
  public static Path besideDesign(Path design) {
    String name = design.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return design.resolveSibling(base + ".lock.json");
  }

  public static Lock read(Path file) {
    if (!Files.exists(file)) return Lock.EMPTY;
    YNode root = YamlReader.readJson(file, 1L << 30);
    Fields top = new Fields(root, Set.of("version", "generatedBy", "regions", "segments", "vpcs"));
    int version = top.integer("version", VERSION, 1, 1_000);
    if (version != VERSION) {
      throw top.get("version").error("lock file version " + version + " is not supported (expected " + VERSION + ")");
    }
    SortedMap<String, List<Cidr>> regions = cidrLists(top, "regions");
    SortedMap<String, List<Cidr>> segments = cidrLists(top, "segments");
    SortedMap<String, Lock.LockedVpc> vpcs = new TreeMap<>();
    if (top.has("vpcs")) {
      for (Map.Entry<String, YNode> e : top.get("vpcs").asMap().entrySet()) {
        Fields f = new Fields(e.getValue(), Set.of("cidrs", "subnets"));
        List<Cidr> cidrs = new ArrayList<>();
        for (YNode c : f.required("cidrs").asList()) cidrs.add(Fields.parseCidr(c));
        if (cidrs.isEmpty()) throw f.get("cidrs").error("a locked VPC needs at least one CIDR");
        TreeMap<String, Cidr> subnets = new TreeMap<>();
        if (f.has("subnets")) {
          for (Map.Entry<String, YNode> s : f.get("subnets").asMap().entrySet()) subnets.put(s.getKey(), Fields.parseCidr(s.getValue()));
        }
        if (e.getKey().split("/", -1).length != 3) {
          throw e.getValue().error("lock key '" + e.getKey() + "' is not account/region/name");
        }
        vpcs.put(e.getKey(), new Lock.LockedVpc(cidrs, subnets));
      }
    }
    return new Lock(regions, segments, vpcs);
  }

  private static SortedMap<String, List<Cidr>> cidrLists(Fields top, String key) {
    SortedMap<String, List<Cidr>> out = new TreeMap<>();
    if (!top.has(key)) return out;
    for (Map.Entry<String, YNode> e : top.get(key).asMap().entrySet()) {
      List<Cidr> l = new ArrayList<>();
      for (YNode c : e.getValue().asList()) l.add(Fields.parseCidr(c));
      out.put(e.getKey(), l);
    }
    return out;
  }

  public static void write(Path file, Lock lock) {
    try {
      AtomicFiles.write(file, out -> {
        try (java.io.Writer g = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
          g.write("{\n  \"version\": " + VERSION + ",\n  \"generatedBy\": \"vpcplan plan; keep under version control\"");
          writeLists(g, "regions", lock.regions());
          writeLists(g, "segments", lock.segments());
          g.write(",\n  \"vpcs\": {");
          boolean first = true;
          for (Map.Entry<String, Lock.LockedVpc> e : lock.vpcs().entrySet()) {
            g.write(first ? "\n    " : ",\n    ");
            first = false;
            g.write(quote(e.getKey()) + ": {\"cidrs\": " + cidrArray(e.getValue().cidrs()) + ", \"subnets\": {");
            boolean fs = true;
            for (Map.Entry<String, Cidr> s : e.getValue().subnets().entrySet()) {
              g.write((fs ? "\n      " : ",\n      ") + quote(s.getKey()) + ": \"" + s.getValue() + "\"");
              fs = false;
            }
            g.write(fs ? "}}" : "\n    }}");
          }
          g.write(first ? "}\n}\n" : "\n  }\n}\n");
        }
      });
    } catch (IOException e) {
      throw new InputException(io.vpcplan.model.Location.of(file.toString()), "", "cannot write lock file: " + e.getMessage());
    }
  }

  private static void writeLists(java.io.Writer g, String key, SortedMap<String, List<Cidr>> m) throws IOException {
    g.write(",\n  \"" + key + "\": {");
    boolean first = true;
    for (Map.Entry<String, List<Cidr>> e : m.entrySet()) {
      g.write((first ? "\n    " : ",\n    ") + quote(e.getKey()) + ": " + cidrArray(e.getValue()));
      first = false;
    }
    g.write(first ? "}" : "\n  }");
  }

  private static String cidrArray(List<Cidr> l) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < l.size(); i++) sb.append(i == 0 ? "\"" : ", \"").append(l.get(i)).append('"');
    return sb.append(']').toString();
  }

  /** JSON string quoting; names are restricted by the loader, but stay safe for any text. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') sb.append('\\').append(c);
      else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
      else sb.append(c);
    }
    return sb.append('"').toString();
  }
}
