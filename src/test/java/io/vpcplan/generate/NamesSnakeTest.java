package io.vpcplan.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Names.snake's one-pass ASCII path gives what the plain lower-case-then-filter definition gives. */
class NamesSnakeTest {
  /** The definition: lower-case (root locale), keep [a-z0-9], one '_' per run of anything else, trimmed, "r_" before a non-letter. */
  static String reference(String id) {
    StringBuilder sb = new StringBuilder();
    for (char c : id.toLowerCase(Locale.ROOT).toCharArray()) {
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (ok) sb.append(c);
      else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') sb.append('_');
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '_') sb.setLength(sb.length() - 1);
    if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) sb.insert(0, "r_");
    return sb.toString();
  }

  @Property(tries = 2000)
  void asciiIdsMatchTheDefinition(@ForAll @StringLength(max = 24) @CharRange(from = 0, to = 127) String id) {
    assertThat(Names.snake(id)).isEqualTo(reference(id));
  }

  @Property(tries = 2000)
  void idShapedStringsMatchTheDefinition(@ForAll @StringLength(max = 24)
      @Chars({'a', 'Z', '0', '9', '_', '-', '/', '.', ' ', 'K', '\u212a', '\u0130', 'é'}) String id) {
    assertThat(Names.snake(id)).isEqualTo(reference(id));
  }

  @Test
  void examples() {
    assertThat(Names.snake("prod/us-east-1/app")).isEqualTo("prod_us_east_1_app");
    assertThat(Names.snake("10.0.0.0/16")).isEqualTo("r_10_0_0_0_16");
    assertThat(Names.snake("--")).isEqualTo("r_");
    assertThat(Names.snake("\u212aelvin")).isEqualTo("kelvin"); // the Kelvin sign lower-cases to an ASCII k
  }
}
