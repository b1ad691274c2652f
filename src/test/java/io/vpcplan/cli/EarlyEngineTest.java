package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine starts before picocli only for a drawing with the default engine. */
class EarlyEngineTest {
  @ParameterizedTest
  @ValueSource(strings = {"diagram designs/enterprise.yaml -o x.svg", "diagram d.yaml -o x.png --view segments",
      "report designs/startup.yaml -o r.html"})
  void drawingsStartItEarly(String line) {
    assertThat(EarlyEngine.wanted(line.split(" "))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"diagram d.yaml -o x.dot", "diagram d.yaml --format dot -o x", "diagram d.yaml --format=dot -o x",
      "diagram d.yaml --engine dot -o x.svg", "diagram d.yaml --engine=embedded -o x.svg", "diagram --help",
      "report -h", "diagram", "plan designs/startup.yaml", "validate x -o y.svg"})
  void otherwiseTheCommandDecides(String line) {
    assertThat(EarlyEngine.wanted(line.split(" "))).isFalse();
  }
}
