package io.vpcplan.cli.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramesTest {
  private static Object read(String s) throws IOException {
    return Frames.read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsWhatBashPrintfWrites() throws IOException {
    assertThat(read("vpcplan-run-2\0tok\0/home/a b\0000022 C:C:\0003\0validate\0x y.json\0\0"))
        .isEqualTo(new Frames.Command("tok", "/home/a b", "0022 C:C:", List.of("validate", "x y.json", "")));
    assertThat(read("err\0tok\0007\0")).isEqualTo(new Frames.Stream("err", "tok", "7"));
    assertThat(read("vpcplan-run-2\0t\0/\0e\0001\0r\u00e9sum\u00e9\0"))
        .isEqualTo(new Frames.Command("t", "/", "e", List.of("r\u00e9sum\u00e9")));
  }

  @Test
  void refusesWhatIsNotTheLauncher() {
    assertThatThrownBy(() -> read("GET / HTTP/1.1\r\n\r\n")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> read("vpcplan-run-2\0tok\0/\0e\0002\0only-one\0")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> read("vpcplan-run-2\0tok\0/\0e\0-1\0")).hasMessage("bad argument count");
    assertThatThrownBy(() -> read("vpcplan-run-2\0tok\0/\0e\0x\0")).hasMessage("bad argument count");
    assertThatThrownBy(() -> read("out\0" + "a".repeat(Frames.MAX_BYTES + 1))).hasMessage("request too long");
  }
}
