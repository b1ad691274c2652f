package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.Location;
import io.vpcplan.model.NetworkCounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The byte writer of validate's JSON gives the bytes Jackson's UTF-8 generator and pretty printer gave. */
class FindingsJsonBytesProperties {
  @Property(tries = 1500)
  void bytesAreJacksons(@ForAll("findings") List<Finding> findings, @ForAll boolean withCounts) throws IOException {
    NetworkCounts counts = withCounts ? new NetworkCounts(3, 40, 500, 1) : null;
    assertThat(fast(findings, counts)).isEqualTo(jackson(findings, counts));
  }

  @Example
  void longTextAndNoFindings() throws IOException {
    String plain = "x".repeat(200_000);
    String accented = "é".repeat(70_000) + "\n";
    List<Finding> findings = List.of(Finding.of(Code.values()[0], Severity.ERROR, plain, new Location(accented, 1, 2)),
        Finding.of(Code.values()[1], Severity.WARNING, accented, Location.NONE));
    for (List<Finding> f : List.of(findings, List.<Finding>of())) {
      assertThat(fast(f, null)).isEqualTo(jackson(f, null));
    }
  }

  private static byte[] fast(List<Finding> findings, NetworkCounts counts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FindingsJson.write(out, findings, 7, new int[] {1, 2, 3}, counts);
    return out.toByteArray();
  }

  /** As FindingsJson streamed before the byte writer: a UTF-8 generator with the same pretty printer. */
  private static byte[] jackson(List<Finding> findings, NetworkCounts counts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FindingsJson.pretty(new JsonFactory().createGenerator(out, JsonEncoding.UTF8))) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      FindingsJson.write(g, findings, 7, new int[] {1, 2, 3}, counts);
    }
    out.write('\n');
    return out.toByteArray();
  }

  @Provide
  Arbitrary<List<Finding>> findings() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30),
        Arbitraries.strings().withChars("a\"\\/\n\r\t\b\f\u0000\u001f\u007f\u0080é«€\u2028\ud83d\ude00").ofMaxLength(12),
        Arbitraries.of("", "vpc-1", "111111111111", "eu-west-1", "caf\u00e9 \ud83d\ude00"));
    Arbitrary<Location> at = Arbitraries.oneOf(Arbitraries.just(Location.NONE),
        Combinators.combine(text, Arbitraries.integers().between(0, 100000), Arbitraries.integers().between(0, 500))
            .as((f, l, c) -> new Location(f.isEmpty() ? "f.json" : f, l, c)));
    Arbitrary<Resource> resource = Combinators.combine(text, text, text, text, text).as(Resource::new);
    Arbitrary<Cidr> range = Arbitraries.of(null, Cidr.parse("10.0.0.0/16"), Cidr.parse("2001:db8::/56"));
    Arbitrary<Finding> finding = Combinators.combine(Arbitraries.of(Code.class), Arbitraries.of(Severity.class),
        text.filter(s -> !s.isBlank()), resource.list().ofMaxSize(3), range, at)
        .as((c, s, m, r, g, l) -> new Finding(c, s, m, new ArrayList<>(r), g, l));
    return finding.list().ofMaxSize(6);
  }
}
