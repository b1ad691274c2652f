package io.vpcplan.generate.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** TreeYaml prints what CfnYaml (Jackson and SnakeYAML) prints, byte for byte, on random trees. */
class TreeYamlTest {
  private static final TreeYaml SHARED = new TreeYaml();
  private static final String ALPHABET = "aZy09 .:-#,[]{}?'\"!&*|>%@`~+=/\\\n\t_$\u00e9\r";
  private static final List<String> SPECIAL = List.of("", " ", "-", "~", "1", "1.5", "+1", ".5", "1.", "-0", "0x1F", "1e3",
      "true", "True", "no", "Null", "yes", "on", "OFF", "y", "n", "N", "nope", "Yesss", "2012-10-17", "10.0.0.0/16",
      "AWS::EC2::VPC", "a: b", "a:", "a:b", "#x", "a #b", "a#b", "- x", "-x", "? x", "x\ny", "{a}", "[a]", "a,b", "'q'",
      "\"q\"", "caf\u00e9", "x\u2028y", "x\u0085", "\tx", "x ", " x", "---", "...", "!x", "&x", "*x", "@x", "`x", "%x",
      "|x", ">x", "arn:${AWS::Partition}:iam::123456789012:root", "a".repeat(101), "b".repeat(130), "Version", "Key");

  @Provide
  Arbitrary<String> strings() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.of(SPECIAL)),
        net.jqwik.api.Tuple.of(3, Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(12)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("abcXYZ019.-:/ ".toCharArray()).ofMinLength(1).ofMaxLength(20)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("0123456789abcdef.:/_-e+".toCharArray()).ofMinLength(1).ofMaxLength(16)));
  }

  /** The claim the fast path rests on: a string said to be plain is written as itself, as a value and as a key. */
  @Property(tries = 5000)
  void aStringSaidPlainIsWrittenAsItIs(@ForAll("strings") String s) {
    if (TreeYaml.plain(s, false)) assertThat(CfnYaml.of(Map.of("k", s))).isEqualTo("k: " + s + "\n");
    if (TreeYaml.plain(s, true)) assertThat(CfnYaml.of(Map.of(s, 0))).isEqualTo(s + ": 0\n");
  }

  @Property(tries = 1500)
  void randomTreesPrintAsJacksonPrintsThem(@ForAll long seed) {
    Random r = new Random(seed);
    Map<String, Object> tree = map(r, 0);
    if (tree.isEmpty()) tree.put("k", "v");
    String jackson = CfnYaml.of(tree);
    assertThat(new TreeYaml().of(tree)).isEqualTo(jackson);
    // one printer for many trees, as in a run: its buffer and caches must carry nothing over
    assertThat(SHARED.ofTemplate("# h\n", tree)).isEqualTo("# h\n" + TreeYaml.quoteDates(jackson));
  }

  @Example
  void commonTemplateShapesTakeTheFastPath() {
    assertThat(TreeYaml.plain("AWS::EC2::VPC", false)).isTrue();
    assertThat(TreeYaml.plain("10.0.0.0/16", false)).isTrue();
    assertThat(TreeYaml.plain("vpc00001-app-use1-az1", true)).isTrue();
    // negative controls: these Jackson or SnakeYAML quote, so the fast path must refuse them
    for (String s : List.of("10", "1.5", "true", "no", "a: b", "a:", "#x", "a,b", "{x}", " x", "x ", "", "caf\u00e9")) {
      assertThat(TreeYaml.plain(s, false)).as(s).isFalse();
    }
    assertThat(TreeYaml.plain("10.0.0.0/16", true)).isFalse();
  }

  @Example
  void datesAreQuotedOnlyWhereTheOldRegexQuotedThem() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("AWSTemplateFormatVersion", "2010-09-09");
    doc.put("Statement", List.of(Map.of("Version", "2012-10-17"), props("Effect", "Allow", "Version", "2012-10-17")));
    String out = new TreeYaml().ofTemplate("", doc);
    assertThat(out).isEqualTo(TreeYaml.quoteDates(CfnYaml.of(doc)))
        .contains("AWSTemplateFormatVersion: \"2010-09-09\"", "- Version: 2012-10-17", "  Version: \"2012-10-17\"");
  }

  private static Map<String, Object> props(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  private static Map<String, Object> map(Random r, int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    int n = r.nextInt(depth == 0 ? 6 : 4) + (r.nextInt(8) == 0 ? 0 : 1);
    for (int i = 0; i < n; i++) m.put(string(r), node(r, depth + 1));
    return m;
  }

  private static Object node(Random r, int depth) {
    if (r.nextInt(60) == 0) return null; // Jackson writes null; TreeYaml hands such a tree to it
    int k = r.nextInt(depth > 4 ? 6 : 10);
    return switch (k) {
      case 0 -> r.nextInt(2000) - 1000;
      case 1 -> r.nextBoolean();
      case 2 -> 4_200_000_000L + r.nextInt(10);
      case 3, 4, 5 -> string(r);
      case 6, 7 -> map(r, depth);
      default -> list(r, depth);
    };
  }

  private static Object list(Random r, int depth) {
    List<Object> l = new ArrayList<>();
    int n = r.nextInt(4) + (r.nextInt(8) == 0 ? 0 : 1);
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(20);
      l.add(k == 0 ? List.of(string(r)) : k == 1 ? Map.of() : k == 2 && depth > 0 ? new TreeSet<>(List.of("b", "a")) : node(r, depth + 1));
    }
    return l;
  }

  private static String string(Random r) {
    if (r.nextInt(4) == 0) return SPECIAL.get(r.nextInt(SPECIAL.size()));
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(3) == 0 ? r.nextInt(12) : 1 + r.nextInt(10);
    boolean simple = r.nextBoolean();
    String chars = simple ? (r.nextBoolean() ? "abcXYZ019.-:/ " : "0123456789abcdef.:/") : ALPHABET;
    for (int i = 0; i < n; i++) sb.append(chars.charAt(r.nextInt(chars.length())));
    return sb.toString();
  }
}
