package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.CidrParseException;
import io.vpcplan.model.Location;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The parser's shortcuts (CIDRs, states and tag keys read from its characters, values shared per
 * file) give exactly what the String paths they replace gave.
 */
class FastParseProperties {
  private static final JsonFactory JSON = new JsonFactory();

  @Property(tries = 3000)
  void cidrFromCharactersIsCidrParse(@ForAll("cidrLike") String s) throws IOException {
    String expected;
    try {
      expected = Cidr.parse(s).toString();
    } catch (CidrParseException e) {
      expected = "error: " + e.getMessage();
    }
    Elem e = elem();
    Cidr got;
    try (JsonParser p = parserOn(s)) {
      got = e.cidr(p, "CidrBlock");
    }
    String actual = got != null ? got.toString() : "error: " + e.finding("x").message();
    if (got == null) assertThat(actual).contains(expected.substring("error: ".length()));
    else assertThat(actual).isEqualTo(expected);
  }

  @Property(tries = 2000)
  void textIsIsEqualsIgnoreCase(@ForAll("states") String s, @ForAll("states") String wanted) throws IOException {
    try (JsonParser p = parserOn(s)) {
      assertThat(elem().textIs(p, "State", wanted, true, true)).isEqualTo(s.equalsIgnoreCase(wanted));
    }
    try (JsonParser p = parserOn(s)) {
      assertThat(elem().textIs(p, "Key", wanted, false, false)).isEqualTo(s.equals(wanted));
    }
  }

  @Property(tries = 500)
  void internedValuesAreEqualAndShared(@ForAll("ids") List<String> values) throws IOException {
    Parsed out = new Parsed(new FileContext("f.json", "111111111111", "us-east-1"));
    java.util.Map<String, String> first = new java.util.HashMap<>();
    for (String v : values) {
      String got;
      try (JsonParser p = parserOn(v)) {
        got = out.internText(p, elem(), "VpcId");
      }
      assertThat(got).isEqualTo(v);
      String old = first.putIfAbsent(v, got);
      if (old != null) assertThat(got).isSameAs(old);
      assertThat(out.intern(new String(v))).isSameAs(first.get(v));
    }
  }

  @Provide
  Arbitrary<String> cidrLike() {
    Arbitrary<String> octet = Arbitraries.oneOf(Arbitraries.integers().between(0, 300).map(String::valueOf),
        Arbitraries.of("01", "000", "1000", "", " 1", "a"));
    Arbitrary<String> len = Arbitraries.oneOf(Arbitraries.integers().between(0, 40).map(String::valueOf),
        Arbitraries.of("", "08", "/", "x"));
    Arbitrary<String> v4 = net.jqwik.api.Combinators.combine(octet, octet, octet, octet, len)
        .as((a, b, c, d, n) -> a + "." + b + "." + c + "." + d + "/" + n);
    Arbitrary<String> aligned = Arbitraries.integers().between(0, 32).flatMap(n -> Arbitraries.longs()
        .between(0, 0xFFFFFFFFL).map(a -> Cidr.containing(io.vpcplan.cidr.IpFamily.V4, 0, a, n).toString()));
    return Arbitraries.oneOf(v4, aligned, Arbitraries.of("2001:db8::/32", "10.0.0.0", "10.0.0.0/8 ", "10.0.0.0/8/8"),
        Arbitraries.strings().withChars("0123456789./:").ofMaxLength(20));
  }

  @Provide
  Arbitrary<String> states() {
    Arbitrary<String> known = Arbitraries.of("available", "Available", "AVAILABLE", "associated", "Associated",
        "pending", "Name", "name", "NAME", "", "ı", "I", "i", "İ", "ß", "SS", "ſ", "s", "K", "\u212a");
    return Arbitraries.oneOf(known, Arbitraries.strings().withChars("aAiIıİsSſkKK\u212a").ofMaxLength(4));
  }

  @Provide
  Arbitrary<List<String>> ids() {
    Arbitrary<String> one = Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().withChars("-é").ofMaxLength(24),
        Arbitraries.of("vpc-1", "vpc-2", "us-east-1a", "111111111111"));
    return one.list().ofMaxSize(300);
  }

  private static Elem elem() {
    return new Elem(new FileContext("f.json", "111111111111", "us-east-1"), new Location("f.json", 1, 1), "Vpcs", 0);
  }

  /** A parser on the JSON string value {@code s}. */
  private static JsonParser parserOn(String s) throws IOException {
    StringBuilder json = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\' || c < 0x20) json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      else json.append(c);
    }
    JsonParser p = JSON.createParser(json.append('"').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
    return p;
  }
}
