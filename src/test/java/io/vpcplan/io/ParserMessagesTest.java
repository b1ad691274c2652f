package io.vpcplan.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

class ParserMessagesTest {
  @Test
  void jacksonSourceNoiseIsReplacedByTheOpeningPosition() throws Exception {
    String msg = null;
    try (JsonParser p = new JsonFactory().createParser("{\"Vpcs\": [{\"VpcId\": 5}")) {
      while (p.nextToken() != null) { }
    } catch (JsonProcessingException e) {
      msg = e.getOriginalMessage();
    }
    assertThat(msg).contains("[Source:");
    assertThat(ParserMessages.clean(msg))
        .isEqualTo("Unexpected end-of-input: expected close marker for Array (opened at line 1, column 10)");
  }

  @Test
  void keepsWhatSnakeYamlWasDoingAndWhatIsWrongWithoutItsSnippets() {
    String msg = "while parsing a flow sequence\n in 'reader', line 1, column 8:\n    pools: [ {name: main}\n           ^\n"
        + "expected ',' or ']', but got <block mapping start>\n in 'reader', line 2, column 1:\n    regions: []\n    ^\n";
    assertThat(ParserMessages.clean(msg)).isEqualTo(
        "while parsing a flow sequence (from line 1, column 8): expected ',' or ']', but got <block mapping start>");
    assertThat(ParserMessages.clean("mapping values are not allowed here\n in 'reader', line 2, column 5:\n    a: b: c\n       ^"))
        .isEqualTo("mapping values are not allowed here");
    assertThat(ParserMessages.clean(null)).isEqualTo("syntax error");
  }

  @Test
  void theProblemIsWhereSnakeYamlsLastMarkPoints() {
    assertThat(ParserMessages.problemMark("while scanning\n in 'reader', line 8, column 3:\n  x\n  ^\n"
        + "found character\n in 'reader', line 9, column 1:\n\tazs: 2\n^\n")).containsExactly(9, 1);
    assertThat(ParserMessages.problemMark("Unexpected end-of-input")).isNull();
  }

  @Test
  void jacksonsSourceLineIsDropped() {
    assertThat(ParserMessages.clean("Unexpected character ('}' (code 125)): was expecting double-quote to start field name\n"
        + " at [Source: (String)\"{,}\"; line: 1, column: 3]"))
        .isEqualTo("Unexpected character ('}' (code 125)): was expecting double-quote to start field name");
  }
}
