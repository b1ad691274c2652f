package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The byte-level reader of describe-vpcs and describe-subnets gives exactly what the streaming
 * reader gives (values, shared strings aside, and every element's line:column), and it gives up,
 * leaving the file to the streaming reader, on everything it does not take: wrong types, bad
 * CIDRs, missing fields, IPAM tags, escapes, non-ASCII text, a lone CR, malformed JSON. The
 * documents carry what real exports do: IPv6 blocks, dual-stack and IPv6-only subnets, disassociated and
 * failed blocks, RAM-shared owners, newer fields, NextToken, CRLF and a byte order mark.
 */
class FastDescribeProperties {
  private static final FileContext CTX = new FileContext("f.json", "111111111111", "us-east-1");

  @Property(tries = 3000)
  void fastReadIsTheStreamingRead(@ForAll long seed) {
    Random r = new Random(seed);
    Map<String, Object> doc = Docs.document(r);
    String text = Docs.write(doc, r);
    if (r.nextInt(6) == 0) text = Docs.corrupt(text, r);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Parsed fast = FastDescribe.read(bytes, bytes.length, CTX);
    Object slow;
    try {
      slow = DescribeFile.stream(null, bytes, CTX);
    } catch (InputException e) {
      slow = e;
    }
    Statistics.label("fast path").collect(fast != null);
    if (fast == null) return;
    assertThat(slow).as(text).isInstanceOf(Parsed.class);
    same(fast, (Parsed) slow, text);
  }

  @Property(tries = 300)
  void cleanAwsCliOutputTakesTheFastPath(@ForAll long seed) {
    Random r = new Random(seed);
    String text = Docs.write(Docs.clean(r), null);
    if (r.nextInt(3) == 0) text = "\ufeff" + text.replace("\n", "\r\n"); // as written on Windows
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Parsed fast = FastDescribe.read(bytes, bytes.length, CTX);
    assertThat(fast).as(text).isNotNull();
    same(fast, DescribeFile.stream(null, bytes, CTX), text);
    Statistics.label("dual-stack subnets read").collect(fast.subnets.stream().anyMatch(x -> x.subnet().ipv6() != null));
  }

  @Example
  void aDualStackSubnetsIpv6BlockIsReadBothWaysWhenAssociatedOrAssociating() {
    String text = "{\"Subnets\": [\n"
        + dualStack(1, "associated") + ",\n" + dualStack(2, "associating") + ",\n" + dualStack(3, "disassociated") + ",\n"
        + dualStack(4, "failed") + ",\n" + dualStack(5, "disassociating") + "\n]}\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Parsed fast = FastDescribe.read(bytes, bytes.length, CTX);
    assertThat(fast).isNotNull();
    same(fast, DescribeFile.stream(null, bytes, CTX), text);
    assertThat(fast.subnets).extracting(x -> String.valueOf(x.subnet().ipv6())).containsExactly(
        "2600:1f18:1:101::/64", "2600:1f18:1:102::/64", "null", "null", "null");
    assertThat(fast.subnets).extracting(x -> x.subnet().cidr().toString()).containsOnly("10.0.1.0/24");
  }

  @Example
  void anIpv4BlockInAnIpv6ListIsAProblemOfItsElement() {
    String text = "{\"Subnets\": [\n" + dualStack(1, "associated").replace("2600:1f18:1:101::/64", "10.9.0.0/24") + "\n]}\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(FastDescribe.read(bytes, bytes.length, CTX)).isNull();
    Parsed slow = DescribeFile.stream(null, bytes, CTX);
    assertThat(slow.subnets).isEmpty();
    assertThat(slow.findings).singleElement().satisfies(f -> assertThat(f.message())
        .contains("Ipv6CidrBlockAssociationSet[].Ipv6CidrBlock", "10.9.0.0/24 is IPv4"));
  }

  private static String dualStack(int i, String state) {
    return "{\"SubnetId\": \"subnet-" + i + "\", \"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.1.0/24\", "
        + "\"Ipv6CidrBlockAssociationSet\": [{\"AssociationId\": \"a-" + i + "\", \"Ipv6CidrBlock\": \"2600:1f18:1:10" + i
        + "::/64\", \"Ipv6CidrBlockState\": {\"State\": \"" + state + "\"}}]}";
  }

  @Example
  void sampleFilesReadTheSameBothWays() throws IOException {
    int taken = 0;
    try (Stream<Path> s = Stream.concat(Files.walk(Path.of("samples")), Files.walk(Path.of("src/test/resources/realfiles")))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        FileContext ctx = new FileContext(f.toString(), "111111111111", "us-east-1");
        Parsed fast = FastDescribe.read(f, ctx);
        if (fast == null) continue;
        taken++;
        same(fast, DescribeFile.stream(f, null, ctx), f.toString());
      }
    }
    assertThat(taken).isGreaterThan(10);
  }

  @Example
  void aBadElementLeavesTheFileToTheStreamingReader() {
    String text = "{\n \"Subnets\": [\n  {\"SubnetId\": \"subnet-1\", \"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.0.0/24\"},\n"
        + "  {\"SubnetId\": \"subnet-2\", \"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.1.1/24\"}\n ]\n}\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(FastDescribe.read(bytes, bytes.length, CTX)).isNull();
    Parsed slow = DescribeFile.stream(null, bytes, CTX);
    assertThat(slow.subnets).hasSize(1);
    assertThat(slow.findings).singleElement().satisfies(f -> assertThat(f.location().line()).isEqualTo(4));
  }

  private static void same(Parsed fast, Parsed slow, String text) {
    assertThat(fast.vpcs).as(text).isEqualTo(slow.vpcs);
    assertThat(fast.subnets).as(text).isEqualTo(slow.subnets);
    assertThat(fast.findings).as(text).isEmpty();
    assertThat(slow.findings).as(text).isEmpty();
    assertThat(slow.routeTables).isEmpty();
    assertThat(slow.tgws).isEmpty();
  }

  /** Random describe-* documents, the JSON text of them, and corruptions of that text. */
  static final class Docs {
    private static final String[] CIDRS = {"10.0.0.0/16", "10.1.2.0/24", "192.168.0.0/20", "10.0.0.1/16",
        "10.0.0.0/33", "010.0.0.0/8", "2001:db8::/56", "10.0.0.0", " 10.0.0.0/8", "300.0.0.0/8", "",
        "2600:1F18:ABCD:1200::/56", "2600:1f18:abcd:1201::/64", "2001:db8::1/56", "fd00::/8", "172.31.0.0/16"};
    private static final String[] STATES = {"available", "Available", "AVAILABLE", "pending", "availablE", "availabl"};
    private static final String[] ASSOC = {"associated", "Associated", "disassociated", "associating", "failed",
        "disassociating", "failing"};
    private static final String[] KEYS = {"Name", "name", "Owner", "vpcplan:ipam-pool", "vpcplan:ipam-netmask", "Name "};
    private static final String[] TEXT = {"app1", "a b", "q\"uote", "back\\slash", "tab\t", "caf\u00e9", "/slash", "",
        "\ud83d\ude80 launch", "r\u00e4ksm\u00f6rg\u00e5s", "\u65e5\u672c"};
    /** Fields newer AWS CLI output carries that vpcplan does not read: every one must be skipped alike. */
    private static final String[] REAL_EXTRAS = {"AvailabilityZoneId", "EnableDns64", "Ipv6Native", "OutpostArn",
        "PrivateDnsNameOptionsOnLaunch", "SubnetArn", "BlockPublicAccessStates", "DefaultForAz", "Ipv6Pool"};

    static Map<String, Object> document(Random r) {
      Map<String, Object> doc = new LinkedHashMap<>();
      int shape = r.nextInt(10);
      if (shape < 4 || shape == 8) doc.put("Vpcs", list(r, false, () -> vpc(r, false)));
      if (shape >= 3 && shape != 8) doc.put("Subnets", list(r, false, () -> subnet(r, false)));
      if (shape == 9) doc.put(r.nextBoolean() ? "RouteTables" : "NextToken", r.nextBoolean() ? List.of() : "t");
      if (shape == 8 && r.nextBoolean()) doc.put("Vpcs", r.nextBoolean() ? null : "x");
      if (r.nextInt(5) == 0) doc.put("NextToken", r.nextInt(4) == 0 ? null : "eyJ2IjoiMiJ9"); // a paginated export
      return doc;
    }

    static Map<String, Object> clean(Random r) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("Vpcs", list(r, true, () -> vpc(r, true)));
      doc.put("Subnets", list(r, true, () -> subnet(r, true)));
      if (r.nextInt(4) == 0) doc.put("NextToken", "eyJ2IjoiMiJ9");
      return doc;
    }

    private static List<Object> list(Random r, boolean clean, java.util.function.Supplier<Object> item) {
      List<Object> l = new ArrayList<>();
      int n = r.nextInt(5);
      for (int i = 0; i < n; i++) l.add(!clean && r.nextInt(40) == 0 ? (r.nextBoolean() ? "x" : null) : item.get());
      return l;
    }

    private static Object vpc(Random r, boolean clean) {
      Map<String, Object> v = new LinkedHashMap<>();
      String cidr = clean ? "10." + r.nextInt(256) + ".0.0/16" : pick(r, CIDRS);
      if (clean || r.nextInt(8) != 0) v.put("CidrBlock", clean || r.nextInt(10) != 0 ? cidr : r.nextBoolean() ? null : 7);
      v.put("DhcpOptionsId", "dopt-0");
      v.put("State", clean ? "available" : r.nextInt(10) == 0 ? null : pick(r, STATES));
      if (clean || r.nextInt(10) != 0) v.put("VpcId", clean || r.nextInt(10) != 0 ? "vpc-" + r.nextInt(1000) : null);
      v.put("OwnerId", clean || r.nextInt(10) != 0 ? "11111111111" + r.nextInt(3) : null);
      v.put("CidrBlockAssociationSet", blocks(r, clean, "CidrBlock", "CidrBlockState", cidr));
      if (r.nextBoolean()) v.put("Ipv6CidrBlockAssociationSet", blocks(r, clean, "Ipv6CidrBlock", "Ipv6CidrBlockState",
          "2600:1f18:" + Integer.toHexString(r.nextInt(0xffff)) + ":ab00::/56"));
      v.put("IsDefault", clean || r.nextInt(10) != 0 ? r.nextBoolean() : "false");
      if (clean || r.nextInt(4) != 0) v.put("Tags", tags(r, clean));
      extras(r, v, clean);
      return shuffled(r, v, clean);
    }

    private static Object subnet(Random r, boolean clean) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("AvailabilityZone", clean || r.nextInt(10) != 0 ? "us-east-1" + "abc".charAt(r.nextInt(3)) : null);
      s.put("AvailableIpAddressCount", r.nextInt(300));
      if (clean || r.nextInt(8) != 0) s.put("CidrBlock", clean ? "10.0." + r.nextInt(256) + ".0/24" : pick(r, CIDRS));
      s.put("State", clean ? "available" : pick(r, STATES));
      if (clean || r.nextInt(10) != 0) s.put("SubnetId", "subnet-" + r.nextInt(1000));
      if (clean || r.nextInt(10) != 0) s.put("VpcId", clean || r.nextInt(10) != 0 ? "vpc-" + r.nextInt(5) : 12);
      s.put("OwnerId", r.nextInt(4) == 0 ? "222222222222" : "111111111111"); // shared through RAM
      if (r.nextInt(5) == 0) { // IPv6-only: no IPv4 block at all
        s.remove("CidrBlock");
        s.put("Ipv6Native", true);
        s.put("Ipv6CidrBlockAssociationSet", blocks(r, clean, "Ipv6CidrBlock", "Ipv6CidrBlockState",
            "2600:1f18:" + Integer.toHexString(r.nextInt(0xffff)) + ":ab01::/64"));
      }
      if (clean || r.nextInt(3) != 0) s.put("MapPublicIpOnLaunch", clean || r.nextInt(10) != 0 ? r.nextBoolean() : null);
      if (r.nextInt(3) == 0 && !s.containsKey("Ipv6Native")) { // dual-stack: an IPv6 /64 beside the IPv4 block
        String v6 = clean || r.nextBoolean() ? "2600:1f18:" + Integer.toHexString(r.nextInt(0xffff)) + ":ab02::/64" : pick(r, CIDRS);
        s.put("Ipv6CidrBlockAssociationSet", blocks(r, clean, "Ipv6CidrBlock", "Ipv6CidrBlockState", v6));
      }
      if (clean || r.nextInt(4) != 0) s.put("Tags", tags(r, clean));
      extras(r, s, clean);
      return shuffled(r, s, clean);
    }

    private static List<Object> blocks(Random r, boolean clean, String key, String stateKey, String cidr) {
      List<Object> l = new ArrayList<>();
      int n = clean ? 1 : r.nextInt(3);
      for (int i = 0; i < n; i++) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put(key, i == 0 ? cidr : pick(r, CIDRS));
        b.put("AssociationId", "assoc-" + i);
        if (key.startsWith("Ipv6") && r.nextBoolean()) {
          b.put("NetworkBorderGroup", "us-east-1");
          b.put("Ipv6Pool", "Amazon");
        }
        Map<String, Object> st = new LinkedHashMap<>();
        if (clean || r.nextInt(6) != 0) st.put("State", clean ? "associated" : r.nextInt(10) == 0 ? null : pick(r, ASSOC));
        if (!clean && r.nextInt(4) == 0) st.put("StatusMessage", "The CIDR '10.0.0.0/16' \"conflicts\"");
        if (clean || r.nextInt(8) != 0) b.put(stateKey, clean || r.nextInt(10) != 0 ? st : null);
        l.add(b);
      }
      return l;
    }

    private static Object tags(Random r, boolean clean) {
      if (!clean && r.nextInt(15) == 0) return r.nextBoolean() ? null : "Name";
      List<Object> l = new ArrayList<>();
      int n = clean ? 1 + r.nextInt(2) : r.nextInt(4);
      for (int i = 0; i < n; i++) {
        Map<String, Object> t = new LinkedHashMap<>();
        String key = clean ? (i == 0 ? "Name" : "Owner") : pick(r, KEYS);
        if (clean || r.nextInt(10) != 0) t.put("Key", clean || r.nextInt(10) != 0 ? key : null);
        if (clean || r.nextInt(10) != 0) t.put("Value", clean ? "app" + r.nextInt(100) : r.nextInt(10) == 0 ? null
            : key.startsWith("vpcplan:ipam-netmask") ? "24" : pick(r, TEXT));
        l.add(!clean && r.nextInt(30) == 0 ? "x" : t);
      }
      return l;
    }

    private static void extras(Random r, Map<String, Object> m, boolean clean) {
      if (r.nextBoolean()) { // what the AWS CLI v2 prints today
        m.put(pick(r, REAL_EXTRAS), r.nextBoolean() ? r.nextBoolean() : Map.of("HostnameType", "ip-name",
            "EnableResourceNameDnsARecord", false));
      }
      if (clean || r.nextBoolean()) return;
      Object[] values = {0, -12, 3.5, -0.25e-3, 1E+5, true, false, null, "x", List.of(), Map.of(),
          List.of(1, List.of(true, Map.of("a", "b"))), Map.of("State", "available", "n", List.of(2))};
      m.put(pick(r, new String[] {"InstanceTenancy", "Ipv6Native", "OutpostArn", "Extra"}), values[r.nextInt(values.length)]);
    }

    private static Map<String, Object> shuffled(Random r, Map<String, Object> m, boolean clean) {
      if (clean) return m;
      List<String> keys = new ArrayList<>(m.keySet());
      java.util.Collections.shuffle(keys, r);
      Map<String, Object> out = new LinkedHashMap<>();
      for (String k : keys) out.put(k, m.get(k));
      if (r.nextInt(20) == 0 && !keys.isEmpty()) out.put(keys.get(0), m.get(keys.get(keys.size() - 1))); // a repeat
      return out;
    }

    private static String pick(Random r, String[] a) {
      return a[r.nextInt(a.length)];
    }

    /** JSON text: the AWS CLI's own layout (r null), or compact, tab- or space-indented, LF or CRLF. */
    static String write(Object value, Random r) {
      StringBuilder b = new StringBuilder();
      String indent = r == null ? " " : new String[] {" ", "  ", "\t", ""}[r.nextInt(4)];
      String nl = r == null ? "\n" : indent.isEmpty() ? "" : r.nextInt(10) == 0 ? "\r\n" : "\n";
      if (r != null && r.nextInt(10) == 0) b.append('\ufeff'); // Windows tools write a byte order mark
      value(b, value, indent, nl, 0, r);
      return b.append(r == null || r.nextBoolean() ? nl.isEmpty() ? "\n" : nl : "").toString();
    }

    private static void value(StringBuilder b, Object v, String indent, String nl, int depth, Random r) {
      if (v instanceof Map<?, ?> m) {
        b.append('{');
        int i = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          b.append(i++ > 0 ? "," : "").append(nl).append(indent.repeat(depth + 1));
          string(b, (String) e.getKey(), r);
          b.append(nl.isEmpty() ? ":" : ": ");
          value(b, e.getValue(), indent, nl, depth + 1, r);
        }
        if (i > 0) b.append(nl).append(indent.repeat(depth));
        b.append('}');
      } else if (v instanceof List<?> l) {
        b.append('[');
        for (int i = 0; i < l.size(); i++) {
          b.append(i > 0 ? "," : "").append(nl).append(indent.repeat(depth + 1));
          value(b, l.get(i), indent, nl, depth + 1, r);
        }
        if (!l.isEmpty()) b.append(nl).append(indent.repeat(depth));
        b.append(']');
      } else if (v instanceof String s) {
        string(b, s, r);
      } else {
        b.append(v);
      }
    }

    private static void string(StringBuilder b, String s, Random r) {
      b.append('"');
      for (char c : s.toCharArray()) {
        if (c == '"' || c == '\\') b.append('\\').append(c);
        else if (c < 0x20) b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        else if (c == '/' && r != null && r.nextBoolean()) b.append("\\/");
        else if (r != null && r.nextInt(200) == 0) b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c)); // "vpc-\u0031"
        else b.append(c);
      }
      b.append('"');
    }

    /** One small damage: cut short, a byte dropped, or a stray character put in. */
    static String corrupt(String text, Random r) {
      if (text.isEmpty()) return text;
      int at = r.nextInt(text.length());
      return switch (r.nextInt(3)) {
        case 0 -> text.substring(0, at);
        case 1 -> text.substring(0, at) + text.substring(at + 1);
        default -> text.substring(0, at) + pick(r, new String[] {"x", "}", "]", ",", ":", "\"", "\u00e9", "\r", "\u0000",
            "1", "-", "\f", "/", "\ufeff"}) + text.substring(at);
      };
    }
  }
}
