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
  void keepsOnlyTheFirstLine() {
    assertThat(ParserMessages.clean("mapping values are not allowed here\n in 'reader', line 2")).isEqualTo(
        "mapping values are not allowed here");
    assertThat(ParserMessages.clean(null)).isEqualTo("syntax error");
  }
}
