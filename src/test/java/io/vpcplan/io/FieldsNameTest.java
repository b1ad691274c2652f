package io.vpcplan.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written name check accepts exactly what the documented pattern accepts. */
class FieldsNameTest {
  @Property(tries = 2000)
  void isNameIsThePattern(@ForAll("names") String s) {
    assertThat(Fields.isName(s)).as(s).isEqualTo(s.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}"));
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> near = Arbitraries.strings().withChars("aZ09._- /é:").ofMinLength(0).ofMaxLength(6);
    Arbitrary<String> longOnes = Arbitraries.strings().withChars("ab-").ofMinLength(120).ofMaxLength(135);
    return Arbitraries.oneOf(near, longOnes, Arbitraries.strings());
  }
}
