package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which command lines read their SOURCEs ahead: only validate's with options that leave the reading alone. */
class EarlySourcesTest {
  @Test
  void plainValidateFormsOnly() {
    assertThat(EarlySources.wanted(new String[] {"validate", "a", "--format", "json", "-o", "f.json", "b"}))
        .isEqualTo(List.of(Path.of("a"), Path.of("b")));
    assertThat(EarlySources.wanted(new String[] {"validate", "--format=sarif", "--suppress", "X", "--min-severity", "error", "a"}))
        .isEqualTo(List.of(Path.of("a")));
    assertThat(EarlySources.wanted(new String[] {"validate", "a", "--region", "eu-west-1"})).isNull();
    assertThat(EarlySources.wanted(new String[] {"validate", "a", "--live"})).isNull();
    assertThat(EarlySources.wanted(new String[] {"validate", "a", "--debug"})).isNull();
    assertThat(EarlySources.wanted(new String[] {"validate", "a", "--help"})).isNull();
    assertThat(EarlySources.wanted(new String[] {"validate", "--", "a"})).isNull();
    assertThat(EarlySources.wanted(new String[] {"validate", "@args.txt"})).isNull();
    assertThat(EarlySources.wanted(new String[] {"validate", "--formats=json", "a"})).isNull();
    assertThat(EarlySources.wanted(new String[] {"validate", "--format", "json"})).isNull();
    assertThat(EarlySources.wanted(new String[] {"validate"})).isNull();
    assertThat(EarlySources.wanted(new String[] {"import", "a"})).isNull();
  }
}
