package io.vpcplan.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FastYaml either declines or gives exactly the full parser's tree: kinds, text, paths and locations. */
class FastYamlTest {

  /** Every YAML file in the repository, errors included: same tree, or a decline. */
  @Test
  void agreesWithTheFullParserOnEveryYamlFileInTheRepository() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("."))) {
      files = s.filter(p -> p.toString().matches(".*\\.ya?ml") && !p.toString().contains("node_modules")
          && !p.startsWith("./target")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    int fast = 0;
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8); // U+FFFD where not UTF-8: declined
      boolean took = same(f.toString(), text);
      if (took) fast++;
      // the shipped designs are the subset it is for (a decline everywhere would pass vacuously)
      if (f.startsWith("./designs")) assertThat(took).as(f + " read by the fast path").isTrue();
    }
    assertThat(fast).as("files read by the fast path").isGreaterThan(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a: 1\nb: true\nc: True\nd: yes\ne: 0x1F\nf: 1_000\ng: .5\nh: -3\ni: 1e3\nj: ~\nk: null\nl: Null\nm: NULL\nn: nul\n",
      "a: 'it''s'\nb: \"q\\\"x\\\\y\"\nc: \"null\"\nd: ''\ne: \"\"\n'f g': 1\n\"h\": [1, 'x', \"y\"]\n",
      "# c\n\nx:   # c\n  - a   # c\n  -  b\n  - {k: v, l: [1, 2], m: {}}   \n  - []\n  - name: n\n    cidr: 10.0.0.0/8\n",
      "top:\n  deep:\n    deeper: [a, {b: c}]\n  back: here # done\nend: arn:aws:iam::1:role/x\n",
      "a: b: c\n", "a:\n- x\n", "a: |\n  t\n", "a: &x 1\nb: *x\n", "a: b\n  c\n", "a: [1,\n  2]\n", "a:\n",
      "- a\n- b\n", "a: !t x\n", "a: 1\na: 2\n", "a: {b: 1, b: 2}\n", "a: [1, ]\n", "a: {u: http://x}\n", "a: \"\\n\"\n",
      "a:\tb\n", "a: b\r\nc: d\r\n", "---\na: 1\n", "a: 1\n...\n", "x: -\n", "x: - y\n", "? a\n: b\n", "a: 1 #c\nb: 2#c\n",
      "k: v\n  # indented comment\nl: w\n", "k:\n    - a\n    - b\nl: x\n", "k: [a, b]x\n", "k: {a: b}#c\n", "k: \"a\" # c\n",
      "k: 'a'b\n", "- - a\n", "-\n  a: 1\n", "a: [{b: [c, {d: e}]}]\n", "é: ü — ok\n", "a: \"\\u00e9\"\n", "a: ''''\n",
      "a:\n  b: 1\n c: 2\n", "a:\n  - b: 1\n   c: 2\n", "a: %x\n", "a: @x\n", "a: `x\n", "a: ,x\n", "a: ?x\n", "a: :x\n"})
  void agreesOnCraftedText(String text) {
    same("t.yaml", text);
  }

  /** Random documents built from the pieces designs use, nested and commented at random. */
  @Property(tries = 300)
  void agreesOnGeneratedDocuments(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed) {
    java.util.Random r = new java.util.Random(seed);
    StringBuilder sb = new StringBuilder();
    block(r, sb, 0, 3);
    same("g.yaml", sb.toString());
  }

  private static final String[] SCALARS = {"x", "10.0.0.0/8", "us-east-1", "3", "true", "~", "null", "'q'", "\"d\"",
      "a b", "-1", "it's", "x#y", "''", "\"a\\\"b\"", "a:b", "[]", "{}", "[1, 2]", "{k: v, l: [a]}", "{k: {m: n}}"};

  private static void block(java.util.Random r, StringBuilder sb, int ind, int depth) {
    int entries = 1 + r.nextInt(3);
    boolean list = r.nextInt(3) == 0;
    for (int i = 0; i < entries; i++) {
      if (r.nextInt(6) == 0) sb.append(" ".repeat(r.nextInt(4))).append(r.nextBoolean() ? "# note\n" : "\n");
      sb.append(" ".repeat(ind)).append(list ? "- " : "k" + i + ": ");
      if (depth > 0 && r.nextInt(3) == 0) {
        if (list && r.nextBoolean()) {
          sb.append("m: ").append(SCALARS[r.nextInt(SCALARS.length)]).append('\n');
          sb.append(" ".repeat(ind + 2)).append("n: ").append(SCALARS[r.nextInt(SCALARS.length)]).append('\n');
        } else {
          sb.append(r.nextBoolean() ? "# c\n" : "\n");
          block(r, sb, ind + 1 + r.nextInt(3), depth - 1);
        }
      } else {
        sb.append(SCALARS[r.nextInt(SCALARS.length)]).append(r.nextInt(5) == 0 ? "  # c\n" : "\n");
      }
    }
  }

  /** Asserts the fast tree equals the full one when there is a fast tree; true when there was. */
  private static boolean same(String name, String text) {
    YNode fast = FastYaml.parse(name, text);
    if (fast == null) return false;
    YNode full;
    try {
      full = YamlReader.full(name, text);
    } catch (io.vpcplan.model.InputException e) {
      throw new AssertionError("fast path accepted what the full parser refuses (" + e.getMessage() + "):\n" + text);
    }
    List<String> a = new ArrayList<>(), b = new ArrayList<>();
    dump(fast, a);
    dump(full, b);
    assertThat(a).as(name + ":\n" + text).isEqualTo(b);
    return true;
  }

  private static void dump(YNode n, List<String> out) {
    out.add(n.kind() + " " + n.path() + " " + n.location() + " " + n.raw());
    if (n.isMap()) {
      for (Map.Entry<String, YNode> e : n.asMap().entrySet()) {
        out.add("key " + e.getKey());
        dump(e.getValue(), out);
      }
    } else if (n.isList()) {
      for (Iterator<YNode> it = n.asList().iterator(); it.hasNext(); ) dump(it.next(), out);
    }
  }
}
