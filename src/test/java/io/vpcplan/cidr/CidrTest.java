package io.vpcplan.cidr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CidrTest {
  @Test
  void parsesAndFormatsIpv4() {
    Cidr c = Cidr.parse("10.1.0.0/16");
    assertThat(c.toString()).isEqualTo("10.1.0.0/16");
    assertThat(c.size4()).isEqualTo(65536);
    assertThat(c.lastLo()).isEqualTo((10L << 24) | (1 << 16) | 0xFFFF);
  }

  @Test
  void hostBitsSuggestTheNetwork() {
    assertThatThrownBy(() -> Cidr.parse("10.0.0.1/16")).hasMessageContaining("host bits set; did you mean 10.0.0.0/16?");
    assertThatThrownBy(() -> Cidr.parse("2001:db8::1/56")).hasMessageContaining("did you mean 2001:db8::/56?");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "10.0.0.0/33|not a valid prefix length (0-32",
      "10.0.0/16|need four numbers",
      "10.0.0.256/32|256 is above 255",
      "10.0.0.0|has no prefix length",
      "10.0.0.0/x|invalid prefix length 'x'",
      "10.a.0.0/16|'a' is not a number",
      "2001:db8::/129|0-128 for IPv6",
      "2001:db8:::/48|not an IPv6 address",
      "1:2:3:4:5:6:7:8:9/64|need 8 groups",
      "fffff::/16|1-4 digit hex group"})
  void rejectsWithPreciseMessages(String input, String message) {
    assertThatThrownBy(() -> Cidr.parse(input)).isInstanceOf(CidrParseException.class).hasMessageContaining(message);
  }

  @Test
  void ipv6RoundTripsInCanonicalForm() {
    assertThat(Cidr.parse("2001:0db8:0000:0000:0000:0000:0000:0000/32").toString()).isEqualTo("2001:db8::/32");
    assertThat(Cidr.parse("::/0").toString()).isEqualTo("::/0");
    assertThat(Cidr.parse("2001:db8:0:1::/64").toString()).isEqualTo("2001:db8:0:1::/64");
    assertThat(Cidr.parse("2001:db8:0:0:1:0:0:0/80").toString()).isEqualTo("2001:db8:0:0:1::/80");
  }

  @Test
  void containmentAndOverlap() {
    Cidr big = Cidr.parse("10.0.0.0/8");
    Cidr small = Cidr.parse("10.20.0.0/16");
    Cidr other = Cidr.parse("172.16.0.0/12");
    assertThat(big.contains(small)).isTrue();
    assertThat(small.contains(big)).isFalse();
    assertThat(big.overlaps(small)).isTrue();
    assertThat(small.overlaps(big)).isTrue();
    assertThat(big.overlaps(other)).isFalse();
    assertThat(Cidr.parse("10.0.0.0/16").overlaps(Cidr.parse("2001:db8::/32"))).isFalse();
  }

  @Test
  void subnetsAndParents() {
    Cidr c = Cidr.parse("10.0.0.0/16");
    assertThat(c.subnet(24, 3).toString()).isEqualTo("10.0.3.0/24");
    assertThat(Cidr.parse("10.0.3.0/24").parent().toString()).isEqualTo("10.0.2.0/23");
    Cidr v6 = Cidr.parse("2001:db8::/56");
    assertThat(v6.subnet(64, 255).toString()).isEqualTo("2001:db8:0:ff::/64");
  }

  @Test
  void ordersByFamilyStartThenLargerFirst() {
    assertThat(Cidr.parse("10.0.0.0/8").compareTo(Cidr.parse("10.0.0.0/16"))).isNegative();
    assertThat(Cidr.parse("10.0.0.0/16").compareTo(Cidr.parse("9.0.0.0/8"))).isPositive();
    assertThat(Cidr.parse("255.0.0.0/8").compareTo(Cidr.parse("::/0"))).isNegative();
    assertThat(Cidr.parse("200.0.0.0/8").compareTo(Cidr.parse("100.0.0.0/8"))).isPositive();
  }

  @Test
  void rfc1918Mixing() {
    assertThat(Rfc1918.secondaryRestriction(Cidr.parse("10.0.0.0/16"), Cidr.parse("192.168.0.0/20"))).isPresent();
    assertThat(Rfc1918.secondaryRestriction(Cidr.parse("10.0.0.0/16"), Cidr.parse("10.1.0.0/16"))).isEmpty();
    assertThat(Rfc1918.secondaryRestriction(Cidr.parse("10.0.0.0/16"), Cidr.parse("100.64.0.0/16"))).isEmpty();
    assertThat(Rfc1918.secondaryRestriction(Cidr.parse("172.16.0.0/16"), Cidr.parse("172.31.0.0/16"))).isPresent();
    assertThat(Rfc1918.secondaryRestriction(Cidr.parse("10.0.0.0/16"), Cidr.parse("198.19.0.0/16"))).isPresent();
  }
}
