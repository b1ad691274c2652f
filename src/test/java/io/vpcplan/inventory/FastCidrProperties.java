package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The fast CIDR reader agrees with the full parser wherever it answers, and answers for every canonical prefix. */
class FastCidrProperties {
  @Property
  void everyCanonicalIpv4PrefixIsReadAsTheParserReadsIt(@ForAll int address, @ForAll @IntRange(max = 32) int len) {
    Cidr want = Cidr.v4(address & 0xFFFFFFFFL & Cidr.mask4(len), len);
    String text = want.toString();
    assertThat(fromChars(text)).isEqualTo(want);
    assertThat(fromBytes(text)).isEqualTo(want);
  }

  @Property
  void whereItAnswersTheParserAgrees(@ForAll("nearCidrs") String text) {
    Cidr fast = fromChars(text);
    if (text.chars().allMatch(c -> c < 128)) assertThat(fromBytes(text)).isEqualTo(fast);
    if (fast != null) assertThat(Cidr.parse(text)).isEqualTo(fast);
  }

  @Example
  void nonAsciiThatCastsToADigitIsNotADigit() {
    assertThat(fromChars("10.0.0.0/1\u0136")).isNull(); // (byte) '\u0136' is '6'
    assertThat(fromChars("10.0.0.1/16")).isNull(); // host bits: the full parser words the fix
    assertThat(fromChars("255.255.255.255/32")).isEqualTo(Cidr.parse("255.255.255.255/32"));
    assertThat(fromChars("255.255.255.255/320")).isNull();
  }

  @Provide
  Arbitrary<String> nearCidrs() {
    Arbitrary<String> octet = Arbitraries.oneOf(Arbitraries.integers().between(0, 300).map(String::valueOf),
        Arbitraries.strings().withChars("0123456789./a\u0130\u0136").ofMaxLength(4));
    return Arbitraries.oneOf(
        octet.list().ofSize(4).map(o -> String.join(".", o)).flatMap(a ->
            Arbitraries.integers().between(0, 40).map(l -> a + "/" + l)),
        Arbitraries.strings().withChars("0123456789./\u0130\u0136").ofMaxLength(22));
  }

  private static Cidr fromChars(String s) {
    char[] c = ("xx" + s + "yy").toCharArray();
    return FastCidr.parse(c, 2, s.length());
  }

  private static Cidr fromBytes(String s) {
    byte[] b = ("xx" + s + "yy").getBytes(StandardCharsets.ISO_8859_1);
    return FastCidr.parse(b, 2, s.length());
  }
}
