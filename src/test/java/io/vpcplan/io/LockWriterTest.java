package io.vpcplan.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.ipam.Lock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** LockWriter's bytes are the lock format as the string-building writer it replaced defined it. */
class LockWriterTest {
  private static final String[] NAMES = {"a", "acct-1", "us-east-1", "vpc.0", "x_y", "q\"x", "b\\s", "tab\tx", "é", "日本", "😀", ""};

  @Property(tries = 300)
  void sameBytesAsTheReferenceText(@ForAll long seed) throws IOException {
    Random r = new Random(seed);
    SortedMap<String, List<Cidr>> regions = new TreeMap<>(), segments = new TreeMap<>();
    SortedMap<String, Lock.LockedVpc> vpcs = new TreeMap<>();
    for (int i = r.nextInt(3); i > 0; i--) regions.put(name(r), cidrs(r));
    for (int i = r.nextInt(3); i > 0; i--) segments.put(name(r) + "/" + name(r), cidrs(r));
    for (int i = r.nextInt(2000 / (1 + r.nextInt(40))); i > 0; i--) {
      TreeMap<String, Cidr> subnets = new TreeMap<>(), subnets6 = new TreeMap<>();
      for (int j = r.nextInt(14); j > 0; j--) subnets.put(name(r) + j, cidr(r, false));
      if (r.nextInt(4) == 0) for (int j = r.nextInt(4); j > 0; j--) subnets6.put(name(r) + j, cidr(r, true));
      vpcs.put(name(r) + "/" + name(r) + "/" + name(r) + i, new Lock.LockedVpc(cidrs(r), subnets, subnets6));
    }
    Lock lock = new Lock(regions, segments, vpcs);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LockWriter.write(out, lock);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(reference(lock));
    assertThat(out.toByteArray()).isEqualTo(reference(lock).getBytes(StandardCharsets.UTF_8));
  }

  private static String name(Random r) {
    return NAMES[r.nextInt(NAMES.length)];
  }

  private static List<Cidr> cidrs(Random r) {
    List<Cidr> l = new ArrayList<>();
    for (int i = 1 + r.nextInt(3); i > 0; i--) l.add(cidr(r, r.nextInt(8) == 0));
    return l;
  }

  private static Cidr cidr(Random r, boolean v6) {
    int len = r.nextInt(v6 ? 129 : 33);
    if (v6) return Cidr.containing(io.vpcplan.cidr.IpFamily.V6, r.nextLong(), r.nextLong(), len);
    return Cidr.containing(io.vpcplan.cidr.IpFamily.V4, 0, r.nextLong() & 0xFFFFFFFFL, len);
  }

  /** The lock file's text as the earlier writer built it, line by line with strings. */
  private static String reference(Lock lock) {
    StringBuilder g = new StringBuilder();
    g.append("{\n  \"version\": " + LockFile.VERSION + ",\n  \"generatedBy\": \"vpcplan plan; keep under version control\"");
    lists(g, "regions", lock.regions());
    lists(g, "segments", lock.segments());
    g.append(",\n  \"vpcs\": {");
    boolean first = true;
    for (Map.Entry<String, Lock.LockedVpc> e : lock.vpcs().entrySet()) {
      g.append(first ? "\n    " : ",\n    ");
      first = false;
      g.append(LockFile.quote(e.getKey()) + ": {\"cidrs\": " + array(e.getValue().cidrs()) + ", \"subnets\": ");
      map(g, e.getValue().subnets());
      if (!e.getValue().subnets6().isEmpty()) {
        g.append(", \"subnets6\": ");
        map(g, e.getValue().subnets6());
      }
      g.append("}");
    }
    g.append(first ? "}\n}\n" : "\n  }\n}\n");
    return g.toString();
  }

  private static void map(StringBuilder g, SortedMap<String, Cidr> m) {
    g.append("{");
    boolean first = true;
    for (Map.Entry<String, Cidr> s : m.entrySet()) {
      g.append((first ? "\n      " : ",\n      ") + LockFile.quote(s.getKey()) + ": \"" + s.getValue() + "\"");
      first = false;
    }
    g.append(first ? "}" : "\n    }");
  }

  private static void lists(StringBuilder g, String key, SortedMap<String, List<Cidr>> m) {
    g.append(",\n  \"" + key + "\": {");
    boolean first = true;
    for (Map.Entry<String, List<Cidr>> e : m.entrySet()) {
      g.append((first ? "\n    " : ",\n    ") + LockFile.quote(e.getKey()) + ": " + array(e.getValue()));
      first = false;
    }
    g.append(first ? "}" : "\n  }");
  }

  private static String array(List<Cidr> l) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < l.size(); i++) sb.append(i == 0 ? "\"" : ", \"").append(l.get(i)).append('"');
    return sb.append(']').toString();
  }
}
